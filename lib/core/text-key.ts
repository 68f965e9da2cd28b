/** A short stable key for a message's text, for feedback and de-duplication without storing it twice. */
export function textKey(text: string): string {
  const norm = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 400);
  let h = 0x811c9dc5;
  for (let i = 0; i < norm.length; i++) {
    h ^= norm.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + ':' + norm.length.toString(36);
}
