// Every supported site, sorted by id. The manifest's content-script matches come from here.
import { agnai } from './agnai';
import { chai } from './chai';
import { characterai } from './characterai';
import { chub } from './chub';
import { crushon } from './crushon';
import { demo } from './demo';
import { janitor } from './janitor';
import { kindroid } from './kindroid';
import { nomi } from './nomi';
import { pi } from './pi';
import { replika } from './replika';
import { risuai } from './risuai';
import { sillytavern } from './sillytavern';
import { spicychat } from './spicychat';
import { talkie } from './talkie';
import type { Site } from './types';

export const SITES: readonly Site[] = [agnai, chai, characterai, chub, crushon, janitor, kindroid, nomi, pi, replika, risuai, sillytavern, spicychat, talkie];

/** Sites whose own requests the main-world observer reads (entrypoints/net.content). */
export const networkMatches = (): string[] => [...new Set(SITES.filter((s) => s.data.network).flatMap((s) => s.data.matches))].sort();

/** Sites the content script is injected into (the demo page runs its own session). */
export const contentScriptMatches = (): string[] => [...new Set(SITES.flatMap((s) => s.data.matches))].sort();

export function siteFor(url: string): Site | null {
  return SITES.find((s) => s.data.matches.some((m) => matchPattern(m, url))) ?? null;
}

export { demo };

/**
 * A pattern without its port. Firefox's match patterns cannot name one (a pattern that does
 * matches nothing there), while a portless one matches the host on every port.
 */
export const portless = (pattern: string): string => pattern.replace(/^([a-z*]+:\/\/[^/:]+):\d+/, '$1');

/** Chrome's match-pattern rules, enough for scheme://host/path patterns with `*` wildcards. */
export function matchPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  const hostOk = host.startsWith('*.')
    ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1))
    : host === '*' || u.host === host || (u.hostname === host && !host.includes(':'));
  if (!hostOk) return false;
  const re = new RegExp('^' + path.split('*').map(escapeRe).join('.*') + '$');
  return re.test(u.pathname + u.search);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
