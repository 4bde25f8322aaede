'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { followSendToAmazonAction } from '@/lib/inbound/actions';
import { idleState } from '@/lib/actions/action-state';

/**
 * While Amazon works on a step, asks every 2 seconds how it is going (getInboundOperationStatus
 * allows 2 a second) and reloads the page once the plan has moved on.
 */
export function PlanFollower({ planId, label, canFollow }: { planId: string; label: string; canFollow: boolean }) {
  const router = useRouter();
  const status = useQuery({
    queryKey: ['send-to-amazon-follow', planId],
    enabled: canFollow,
    refetchInterval: 2000,
    queryFn: async () => {
      const form = new FormData();
      form.set('planId', planId);
      const state = await followSendToAmazonAction(idleState, form);
      if (state.status === 'error') throw new Error(state.message);
      return state.status === 'success' ? state.message : label;
    },
  });
  useEffect(() => {
    if (status.data && status.data !== label) router.refresh();
  }, [status.data, label, router]);
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 rounded-md border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-blue-900">
      <span aria-hidden className="inline-block h-3 w-3 animate-pulse rounded-full bg-blue-600" />
      <span>{status.data ?? label}</span>
      {status.isError ? <span className="text-red-700">{status.error.message}</span> : null}
      {!canFollow ? <span className="text-slate-600">Reload the page to see when Amazon is done.</span> : null}
    </div>
  );
}
