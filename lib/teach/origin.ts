// Origins and ids of taught sites, without zod: the content script needs these and stays small.
import { portless } from '../sites/registry';

/** Front ends people run themselves, whose markup we know: their data serves any origin. */
export const KNOWN_FRONT_ENDS = ['agnai', 'risuai', 'sillytavern'] as const;

/**
 * The match pattern (and permission) for one origin: every page on it. In Firefox, where a
 * pattern cannot name a port, it covers the host on every port; the content script still finds
 * the taught site by the page's full origin.
 */
export const originPattern = (origin: string, firefox = import.meta.env.FIREFOX): string => (firefox ? portless(`${origin}/*`) : `${origin}/*`);

/** A site id for a user origin: a readable slug, unique per origin. */
export function userSiteId(origin: string): string {
  const slug = origin.replace(/^https?:\/\//, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 28).replace(/-+$/, '');
  let h = 0;
  for (const c of origin) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `u-${slug}-${h.toString(36).slice(0, 6)}`;
}

/** The origin of a page address, or null for pages that cannot be taught (extension pages, files). */
export function teachableOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.origin : null;
  } catch {
    return null;
  }
}
