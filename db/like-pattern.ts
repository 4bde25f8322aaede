/** LIKE treats % and _ as wildcards; a seller's search means them literally. */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
