/**
 * Deterministic choices for the inbound simulator: every "random" answer (prep, fulfillment
 * center, shipment and tracking ids) derives from a string hash or a seeded generator, so the
 * same seed and the same SKUs always give the same responses.
 */

/** FNV-1a, 32 bit: small, fast and stable across runs and platforms. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Bucket in [0, buckets) for a key; `salt` separates independent decisions on the same key. */
export function bucketOf(key: string, buckets: number, salt = ''): number {
  return hashString(`${salt}:${key}`) % buckets;
}

/** mulberry32: a seeded generator returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
