// Taught sites in the background: saved in the database, each with a content script
// registered for its origin only, and removed together with the permission it was given.
import { browser } from 'wxt/browser';
import type { StandingNoDB } from '../db/db';
import type { Request } from '../messages';
import { originPattern, userSiteId, userSitesFileSchema, USER_SITES_FORMAT, type UserSite } from '../teach/schema';

export type SiteRequest = Extract<Request, { type: `teach-${string}` | 'site-for-origin' }>;

/** The browser calls this module makes; tests pass fakes. */
export interface SiteEffects {
  hasPermission(origin: string): Promise<boolean>;
  /** Registers the companion content script for the origin (replacing an older registration). */
  register(site: UserSite): Promise<void>;
  unregister(origin: string): Promise<void>;
  /** Gives back the origin's permission; the user granted it for this site only. */
  revoke(origin: string): Promise<void>;
  /** Runs an extension script in a tab (the picker, or the content script right after teaching). */
  inject(tabId: number, file: typeof PICKER_FILE | typeof COMPANION_FILE): Promise<void>;
}

export const PICKER_FILE = '/picker.js' as const;
export const COMPANION_FILE = '/content-scripts/companion.js' as const;

export async function handleSites(db: StandingNoDB, msg: SiteRequest, sender: { tab?: { id?: number } }, fx: SiteEffects = browserSiteEffects()): Promise<unknown> {
  switch (msg.type) {
    case 'teach-start':
      if (!(await fx.hasPermission(msg.origin))) return fail('no-permission');
      await fx.inject(msg.tabId, PICKER_FILE);
      return { ok: true };
    case 'teach-save': {
      const site = msg.site;
      if (!(await fx.hasPermission(site.origin))) return fail('no-permission');
      await db.userSites.put(site);
      await fx.register(site);
      const tabId = msg.tabId ?? sender.tab?.id;
      if (tabId !== undefined) await fx.inject(tabId, COMPANION_FILE).catch(() => undefined);
      return { ok: true };
    }
    case 'teach-list': {
      const sites = await db.userSites.toArray();
      const granted = await Promise.all(sites.map((s) => fx.hasPermission(s.origin)));
      return { ok: true, sites: sites.map((s, i) => ({ ...s, granted: granted[i] })) };
    }
    case 'teach-remove': {
      await db.userSites.delete(msg.origin);
      await fx.unregister(msg.origin).catch(() => undefined);
      await fx.revoke(msg.origin).catch(() => undefined);
      return { ok: true };
    }
    case 'teach-export':
      return { ok: true, file: { format: USER_SITES_FORMAT, version: 1, sites: await db.userSites.toArray() } };
    case 'teach-import': {
      const parsed = userSitesFileSchema.safeParse(msg.file);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail(`not a Standing No sites file${issue ? ` (${issue.path.join('.') || 'top level'}: ${issue.message})` : ''}`);
      }
      await db.transaction('rw', db.userSites, () => db.userSites.bulkPut(parsed.data.sites));
      // Sites whose origin the user has already granted start working now; the others wait for "Allow".
      for (const s of parsed.data.sites) if (await fx.hasPermission(s.origin)) await fx.register(s);
      return { ok: true, count: parsed.data.sites.length };
    }
    case 'site-for-origin': {
      const site = await db.userSites.get(msg.origin);
      return site && (await fx.hasPermission(site.origin)) ? { ok: true, site } : { ok: false, error: 'not-taught' };
    }
  }
}

function fail(error: string) {
  return { ok: false as const, error };
}

export function browserSiteEffects(): SiteEffects {
  const scriptId = (origin: string) => userSiteId(origin);
  return {
    hasPermission: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
    async register(site) {
      const id = scriptId(site.origin);
      await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
      await browser.scripting.registerContentScripts([
        { id, matches: [originPattern(site.origin)], js: [COMPANION_FILE], runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    },
    unregister: (origin) => browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }),
    async revoke(origin) {
      await browser.permissions.remove({ origins: [originPattern(origin)] });
    },
    async inject(tabId, file) {
      await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    },
  };
}
