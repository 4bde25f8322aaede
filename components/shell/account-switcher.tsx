/**
 * Where the seller picks which Amazon account and marketplace the dashboard shows.
 * Until an account is connected it says so and points to Settings.
 */
export function AccountSwitcher() {
  return (
    <div className="rounded-md border border-slate-200 p-3 text-sm">
      <p className="font-medium text-slate-800">Amazon account</p>
      <p className="mt-1 text-slate-600">No seller account connected yet. Connect one in Settings.</p>
    </div>
  );
}
