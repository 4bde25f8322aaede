/** The mark on a held backorder whose ship-by date is less than a day away, or past. */
export function ShipByAtRisk() {
  return <span className="ml-1 rounded bg-red-50 px-1 text-xs font-medium whitespace-nowrap text-red-900">Ship-by at risk</span>;
}
