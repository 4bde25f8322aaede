/**
 * The list pages' URL parameters, read by one set of rules (orders, inventory, outbound,
 * inbound, the audit log, and the CSV exports that take the same parameters). A URL is anyone's
 * to type, so reading it never fails:
 *
 * - one value per key (the first when repeated), control characters removed (PostgreSQL cannot
 *   even compare a text with a NUL in it: `?q=%00` used to fail the whole page), trimmed, and
 *   empty means absent;
 * - each list checks its values with zod; one that does not pass is dropped (the list says so
 *   where it shows problems) and the default applies;
 * - a page number is a whole number clamped to 1..MAX_PAGE, so an offset stays far inside
 *   PostgreSQL's range; each list then shows its last page for a page past the end.
 *
 * Client-safe: the filter forms build their links with the same module.
 */
import { z } from 'zod';

export type RawSearchParams = Record<string, string | string[] | undefined>;

const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/g;

/** Far past any list (100,000 pages of 100); a larger number in the URL means "the last page". */
export const MAX_PAGE = 100_000;

/** A request's query string as the pages receive theirs: every value of a repeated key, in order. */
export function searchParamsOf(url: string | URL): RawSearchParams {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of new URL(url).searchParams) (raw[key] ??= []).push(value);
  return raw;
}

/** One parameter as the lists read it: first value, control characters removed, trimmed; undefined when empty. */
export function searchParam(raw: RawSearchParams, key: string): string | undefined {
  const value = raw[key];
  const first = Array.isArray(value) ? value[0] : value;
  const cleaned = first?.replace(CONTROL_CHARACTERS, '').trim();
  return cleaned ? cleaned : undefined;
}

/** A page number: a whole number from 1, clamped to MAX_PAGE ("99999999999999999999" means the last page). */
export const pageNumber = z
  .string()
  .regex(/^\d*[1-9]\d*$/)
  .transform((digits) => Math.min(MAX_PAGE, Number(digits)));

/** A calendar day, YYYY-MM-DD, that exists ("2026-02-30" does not, and would fail a date query). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  });

export type ParamFields = Record<string, z.ZodType>;
export type ParamValues<F extends ParamFields> = { [K in keyof F]: z.output<F[K]> | null };

/**
 * Reads every field of `fields` from the URL: each value that passes its schema, else null;
 * `problem(name, value)` says, for the page, what was ignored (undefined: ignored silently).
 */
export function readSearchParams<F extends ParamFields>(
  raw: RawSearchParams,
  fields: F,
  problem: (name: keyof F & string, value: string) => string | undefined = () => undefined,
): { values: ParamValues<F>; problems: string[] } {
  const problems: string[] = [];
  const values = {} as ParamValues<F>;
  for (const name of Object.keys(fields) as Array<keyof F & string>) {
    const value = searchParam(raw, name);
    const parsed = value === undefined ? undefined : fields[name]!.safeParse(value);
    values[name] = parsed?.success ? (parsed.data as z.output<F[typeof name]>) : null;
    if (parsed && !parsed.success) {
      const message = problem(name, value!.slice(0, 40));
      if (message && !problems.includes(message)) problems.push(message);
    }
  }
  return { values, problems };
}
