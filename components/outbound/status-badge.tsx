import { statusLabel } from '@/lib/outbound/types';

const TONES: Record<string, string> = {
  Received: 'bg-slate-100 text-slate-800',
  New: 'bg-slate-100 text-slate-800',
  Planning: 'bg-blue-50 text-blue-900',
  Processing: 'bg-blue-50 text-blue-900',
  Complete: 'bg-green-50 text-green-900',
  CompletePartialled: 'bg-amber-50 text-amber-900',
  Cancelled: 'bg-slate-200 text-slate-800',
  Unfulfillable: 'bg-red-50 text-red-900',
  Invalid: 'bg-red-50 text-red-900',
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${TONES[status] ?? 'bg-slate-100 text-slate-800'}`}>{statusLabel(status)}</span>
  );
}
