'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { readForm } from '@/lib/actions/read-form';
import { listSellerAccounts } from '@/lib/accounts/service';
import { resolveView, writeAccountView } from '@/lib/accounts/selection';
import { getCurrentUser } from '@/lib/auth/session';

/** A view preference, not a write to Amazon: any signed-in user may choose what they look at. */
export async function chooseAccountView(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  // Not a form (a hand-made request): nothing to choose, and a one-argument form action has no state to answer with.
  const form = readForm(formData);
  if ('refusal' in form) return;
  const accounts = await listSellerAccounts(await getDb(), user.workspaceId);
  const value = form.fields.view ?? '';
  await writeAccountView(resolveView(value, accounts));
  revalidatePath('/', 'layout');
}
