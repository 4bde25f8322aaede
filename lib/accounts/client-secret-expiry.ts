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

/** What owners read on every page while the warning lasts. */
export function clientSecretNotice(warning: ClientSecretWarning): string | null {
  if (!warning) return null;
  return warning.kind === 'expired'
    ? 'The Amazon app client secret has expired: Amazon calls will fail until it is rotated in Seller Central and LWA_CLIENT_SECRET is updated.'
    : `The Amazon app client secret expires in ${warning.daysLeft} day${warning.daysLeft === 1 ? '' : 's'}. Rotate it in Seller Central and update LWA_CLIENT_SECRET.`;
}
