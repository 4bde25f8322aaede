import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { getCurrentUser } from '@/lib/auth';
import { hasAnyUser } from '@/lib/users';

export default async function Home() {
  if (!(await hasAnyUser(await getDb()))) redirect('/setup');
  redirect((await getCurrentUser()) ? '/orders' : '/sign-in');
}
