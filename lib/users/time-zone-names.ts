/** The IANA time zones this runtime knows: what a user may choose. */
let known: Set<string> | null = null;

export function timeZoneNames(): string[] {
  return [...knownZones()].sort();
}

export function isTimeZone(value: string): boolean {
  return knownZones().has(value);
}

function knownZones(): Set<string> {
  known ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return known;
}
