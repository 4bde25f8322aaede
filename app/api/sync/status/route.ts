/** Sync status for the settings page's polling: the signed-in user's workspace only. */
import { NextResponse } from 'next/server';
import { getDb } from '@/db';
import { getCurrentUser } from '@/lib/auth';
import { listSyncStatus } from '@/lib/sync';

export const dynamic = 'force-dynamic';

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'Sign in to see the sync status.' }, { status: 401, headers: { 'cache-control': 'no-store' } });
  const accounts = await listSyncStatus(await getDb(), user.workspaceId);
  return NextResponse.json({ accounts }, { headers: { 'cache-control': 'no-store' } });
}
