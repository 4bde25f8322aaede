/**
 * Cutting text that is not ours to size (Amazon's error messages, old audit entries) down to
 * what we store or show, always with a visible marker so a cut text never passes for whole.
 */
export const TRUNCATED_MARKER = '… (truncated)';

/** `text` if it fits in `max` characters, else its start and the marker, `max` characters in all. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - TRUNCATED_MARKER.length))}${TRUNCATED_MARKER}`;
}
