/** Longest message text kept; longer text is cut, never rejected. */
export const MAX_TEXT = 20_000;

/** Cuts over-long page text at a word boundary and marks the cut. */
export function clipText(s: string, max = MAX_TEXT): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max - 2);
  return s.slice(0, cut > max * 0.8 ? cut : max - 1) + '…';
}
