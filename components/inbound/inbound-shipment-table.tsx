import Link from 'next/link';
import { statusLabel } from '@/lib/inbound/status';

export interface InboundShipmentListRow {
  accountId: string;
  accountName: string;
  shipmentId: string;
  name: string | null;
  status: string | null;
  destination: string | null;
  units: number;
  received: number;
  boxes: number | null;
  pallets: number | null;
  transportStatus: string | null;
  shipmentType: 'SP' | 'LTL' | null;
}

export function InboundShipmentTable({ shipments }: { shipments: InboundShipmentListRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Inbound shipments</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3">Shipment</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Destination</th>
            <th scope="col" className="px-4 py-3 text-right">Units</th>
            <th scope="col" className="px-4 py-3 text-right">Boxes</th>
            <th scope="col" className="px-4 py-3">Transport</th>
            <th scope="col" className="px-4 py-3">Account</th>
          </tr>
        </thead>
        <tbody>
          {shipments.map((s) => (
            <tr key={`${s.accountId}:${s.shipmentId}`} className="border-t border-slate-200">
              <td className="px-4 py-3">
                <Link className="font-medium text-blue-700 underline" href={`/inbound/${s.accountId}/${encodeURIComponent(s.shipmentId)}`}>
                  {s.shipmentId}
                </Link>
                {s.name ? <p className="text-slate-600">{s.name}</p> : null}
              </td>
              <td className="px-4 py-3">{statusLabel(s.status)}</td>
              <td className="px-4 py-3">{s.destination ?? '—'}</td>
              <td className="px-4 py-3 text-right tabular-nums">
                {s.units}
                {s.received ? <span className="block text-xs text-slate-600">{s.received} received</span> : null}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">
                {s.boxes ?? '—'}
                {s.pallets ? <span className="block text-xs text-slate-600">{s.pallets} pallets</span> : null}
              </td>
              <td className="px-4 py-3">{s.transportStatus ? `${s.shipmentType === 'LTL' ? 'LTL' : 'Small parcel'}: ${s.transportStatus.toLowerCase().replaceAll('_', ' ')}` : 'Not booked'}</td>
              <td className="px-4 py-3">{s.accountName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
