/** A request's print, to tell a repeated submit from a new one without keeping the request itself. */
import { createHash } from 'node:crypto';

/** SHA-256 of the request's JSON with keys sorted and undefined left out: the same request has the same print, whatever the key order. */
export function requestFingerprint(value: unknown): string {
  const stable = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(stable)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([, x]) => x !== undefined)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, stable(x)]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(stable(value)))
    .digest('hex');
}
