export default function OrdersLoading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">Loading orders…</span>
      <div className="h-8 w-48 rounded bg-slate-200" />
      <div className="h-40 rounded bg-slate-200" />
      <div className="h-8 w-96 max-w-full rounded bg-slate-200" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-6 rounded bg-slate-100" />
      ))}
    </div>
  );
}
