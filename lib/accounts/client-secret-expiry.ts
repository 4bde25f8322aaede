/** Amazon makes SP-API apps rotate the LWA client secret every 180 days; owners are told 30 days ahead. */
export const WARN_DAYS_BEFORE = 30;

export type ClientSecretWarning = { kind: 'expiring'; daysLeft: number } | { kind: 'expired' } | null;

export function clientSecretWarning(expiresOn: string | undefined, now = new Date()): ClientSecretWarning {
  if (!expiresOn) return null;
  const expires = Date.parse(`${expiresOn}T00:00:00Z`);
  const daysLeft = Math.ceil((expires - now.getTime()) / 86_400_000);
  if (daysLeft <= 0) return { kind: 'expired' };
  return daysLeft <= WARN_DAYS_BEFORE ? { kind: 'expiring', daysLeft } : null;
}
