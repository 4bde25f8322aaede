export default function OrderLoading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">Loading the order…</span>
      <div className="h-8 w-72 rounded bg-slate-200" />
      <div className="h-40 rounded bg-slate-200" />
      <div className="h-56 rounded bg-slate-200" />
    </div>
  );
}
