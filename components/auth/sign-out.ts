/**
 * Ends this browser's session and opens `callbackUrl`. next-auth's browser client loads on the
 * first use: every page shows a Sign out button, few visits press it, and the client (with its
 * helpers) would otherwise be part of every page's first load.
 */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { signOut } = await import('next-auth/react');
  await signOut({ callbackUrl });
}
