// The background's side of teaching: a site is saved only for a granted origin, with its
// content script registered; removing it unregisters and revokes; a file is validated before
// anything is written.
import { beforeEach, describe, expect, it } from 'vitest';
import { handleSites, type SiteEffects } from '@/lib/background/sites';
import { handleMessage } from '@/lib/background/handler';
import { StandingNoDB } from '@/lib/db/db';
import { USER_SITES_FORMAT, type UserSite } from '@/lib/teach/schema';

const ORIGIN = 'http://teach.test:8123';
let db: StandingNoDB;
let granted: Set<string>;
let calls: string[];

const fx: SiteEffects = {
  hasPermission: async (o) => granted.has(o),
  register: async (s) => void calls.push(`register ${s.origin}`),
  unregister: async (o) => void calls.push(`unregister ${o}`),
  revoke: async (o) => void (calls.push(`revoke ${o}`), granted.delete(o)),
  inject: async (tab, file) => void calls.push(`inject ${tab} ${file}`),
};

const known: UserSite = { kind: 'known', origin: ORIGIN, name: 'My SillyTavern', known: 'sillytavern', createdAt: 1 };

beforeEach(() => {
  db = new StandingNoDB(`sites-${Math.random()}`);
  granted = new Set();
  calls = [];
});

describe('taught sites in the background', () => {
  it('refuses to save or start the picker without the origin’s permission', async () => {
    expect(await handleSites(db, { type: 'teach-save', site: known }, {}, fx)).toEqual({ ok: false, error: 'no-permission' });
    expect(await handleSites(db, { type: 'teach-start', tabId: 3, origin: ORIGIN }, {}, fx)).toEqual({ ok: false, error: 'no-permission' });
    expect(await db.userSites.count()).toBe(0);
    expect(calls).toEqual([]);
  });

  it('saves, registers the content script and starts it in the tab; lists; answers the content script', async () => {
    granted.add(ORIGIN);
    expect(await handleSites(db, { type: 'teach-start', tabId: 3, origin: ORIGIN }, {}, fx)).toEqual({ ok: true });
    expect(await handleSites(db, { type: 'teach-save', site: known }, { tab: { id: 3 } }, fx)).toEqual({ ok: true });
    expect(calls).toEqual(['inject 3 /picker.js', `register ${ORIGIN}`, 'inject 3 /content-scripts/companion.js']);
    expect(await handleSites(db, { type: 'teach-list' }, {}, fx)).toEqual({ ok: true, sites: [{ ...known, granted: true }] });
    expect(await handleSites(db, { type: 'site-for-origin', origin: ORIGIN }, {}, fx)).toEqual({ ok: true, site: known });
    expect(await handleSites(db, { type: 'site-for-origin', origin: 'https://other.example' }, {}, fx)).toMatchObject({ ok: false });
  });

  it('removing a site unregisters its script and gives the permission back', async () => {
    granted.add(ORIGIN);
    await handleSites(db, { type: 'teach-save', site: known }, {}, fx);
    await handleSites(db, { type: 'teach-remove', origin: ORIGIN }, {}, fx);
    expect(await db.userSites.count()).toBe(0);
    expect(calls.slice(-2)).toEqual([`unregister ${ORIGIN}`, `revoke ${ORIGIN}`]);
    expect(granted.has(ORIGIN)).toBe(false);
  });

  it('exports a file that imports again; a bad file changes nothing and says why', async () => {
    granted.add(ORIGIN);
    await handleSites(db, { type: 'teach-save', site: known }, {}, fx);
    const exported = (await handleSites(db, { type: 'teach-export' }, {}, fx)) as { file: unknown };
    expect(exported.file).toMatchObject({ format: USER_SITES_FORMAT, version: 1, sites: [known] });
    await db.userSites.clear();
    expect(await handleSites(db, { type: 'teach-import', file: exported.file }, {}, fx)).toEqual({ ok: true, count: 1 });
    expect(await db.userSites.toArray()).toEqual([known]);
    const bad = { format: USER_SITES_FORMAT, version: 1, sites: [{ ...known, origin: 'javascript:alert(1)' }] };
    const reply = (await handleSites(db, { type: 'teach-import', file: bad }, {}, fx)) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/sites\.0\.origin/);
    expect(await db.userSites.toArray()).toEqual([known]);
  });

  it('the message router validates the requests before they reach this module', async () => {
    const bad = await handleMessage(db, { type: 'teach-save', site: { kind: 'custom', origin: ORIGIN, name: 'x', createdAt: 1, data: { id: 'BAD ID' } } }, {}, { now: () => 0, setBadge: () => undefined, notifyPages: () => undefined } as never);
    expect(bad).toMatchObject({ ok: false });
    expect(await db.userSites.count()).toBe(0);
  });
});
