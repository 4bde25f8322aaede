/** The Inbound pages' URL filters: one value per key (the first when repeated), empty as null. */
export type SearchParams = Record<string, string | string[] | undefined>;

export const firstParam = (v: string | string[] | undefined): string | null => (Array.isArray(v) ? v[0] : v) || null;
