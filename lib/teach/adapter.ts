// The adapter for a taught site, built from its stored record. The background validated the
// record (zod) before storing it; here only its shape is checked, to keep zod out of the
// content script.
import { createAdapter, type Adapter } from '../sites/adapter';
import { createGenericAdapter } from '../sites/generic';
import { SITES } from '../sites/registry';
import { KNOWN_FRONT_ENDS, originPattern, userSiteId } from './origin';
import type { UserSite } from './schema';

export function adapterForUserSite(raw: unknown): Adapter | null {
  const site = raw as UserSite;
  if (typeof site?.origin !== 'string' || typeof site.name !== 'string') return null;
  const matches = [originPattern(site.origin)];
  const id = userSiteId(site.origin);
  switch (site.kind) {
    case 'custom':
      return site.data?.selectors ? createAdapter({ data: { ...site.data, id, name: site.name, matches } }) : null;
    case 'known': {
      if (!KNOWN_FRONT_ENDS.includes(site.known)) return null;
      const known = SITES.find((s) => s.data.id === site.known);
      // A known front end keeps its own id: its companions are the same wherever it runs.
      return known ? createAdapter({ data: { ...known.data, name: site.name, matches }, hooks: known.hooks }) : null;
    }
    case 'generic':
      return createGenericAdapter(id, site.name);
    default:
      return null;
  }
}
