'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { listSellerAccounts } from '@/lib/accounts/service';
import { resolveView, writeAccountView } from '@/lib/accounts/selection';
import { getCurrentUser } from '@/lib/auth/session';

/** A view preference, not a write to Amazon: any signed-in user may choose what they look at. */
export async function chooseAccountView(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  const accounts = await listSellerAccounts(await getDb(), user.workspaceId);
  const value = String(formData.get('view') ?? '');
  await writeAccountView(resolveView(value, accounts));
  revalidatePath('/', 'layout');
}
