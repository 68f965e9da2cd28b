// The site registry is data, linted like data: sorted, valid patterns and selectors, one
// fixture folder per site, every entry accepted by the schema.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentScriptMatches, matchPattern, networkMatches, portless, siteFor, SITES } from '@/lib/sites/registry';
import { originPattern } from '@/lib/teach/origin';
import { siteDataSchema } from '@/lib/sites/types';
import { FIXTURES } from '../../fixtures/sites/index';

const ids = SITES.map((s) => s.data.id);

describe('site registry', () => {
  it('has exactly the supported sites, sorted by id, without duplicates', () => {
    expect(ids).toEqual(['agnai', 'chai', 'characterai', 'chub', 'crushon', 'janitor', 'kindroid', 'nomi', 'pi', 'replika', 'risuai', 'sillytavern', 'spicychat', 'talkie']);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)('%s: data validates against the schema', (id) => {
    const site = SITES.find((s) => s.data.id === id)!;
    expect(siteDataSchema.safeParse(site.data).error?.issues ?? []).toEqual([]);
  });

  it.each(ids)('%s: match patterns are valid and no other site claims its pages', (id) => {
    const site = SITES.find((s) => s.data.id === id)!;
    for (const m of site.data.matches) {
      expect(m).toMatch(/^(https?|\*):\/\/(\*|(\*\.)?[a-z0-9.-]+)(:\d+)?\/.*$/);
      const host = /^[^:]+:\/\/([^/]+)\//.exec(m)![1]!.replace(/^\*\./, '');
      expect(new URL(`https://${host}`).host).toBe(host);
    }
    expect(siteFor(FIXTURES[id]!.url)?.data.id).toBe(id);
  });

  it.each(ids)('%s: every selector parses and every URL pattern compiles', (id) => {
    const { data } = SITES.find((s) => s.data.id === id)!;
    for (const [key, list] of Object.entries(data.selectors)) {
      for (const sel of list ?? []) expect(() => document.querySelector(sel), `${id}.${key}: ${sel}`).not.toThrow();
    }
    for (const re of Object.values(data.urls ?? {})) expect(() => new RegExp(re!)).not.toThrow();
  });

  it.each(ids)('%s: has a fixture page, a simulator, a served entry and a dated notes header', (id) => {
    for (const f of ['index.html', 'sim.ts', 'page.ts']) expect(existsSync(`test/fixtures/sites/${id}/${f}`), `${id}/${f}`).toBe(true);
    expect(FIXTURES[id]).toBeDefined();
    const head = readFileSync(`lib/sites/${id}.ts`, 'utf8').split('\n').slice(0, 6).join('\n');
    expect(head).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(head).toMatch(/shared\/reference\//);
  });

  it('generates the manifest matches and keeps the main-world observer to the two sites with a network hook', () => {
    expect(contentScriptMatches()).toEqual([...new Set(SITES.flatMap((s) => s.data.matches))].sort());
    expect(networkMatches()).toEqual(['https://character.ai/*', 'https://janitorai.com/*']);
    expect(matchPattern('https://character.ai/*', 'https://character.ai/chat/x?hist=1')).toBe(true);
    expect(matchPattern('https://character.ai/*', 'https://evil.example/character.ai/')).toBe(false);
  });

  it('drops ports for Firefox, whose patterns cannot name one; the registry still tells ports apart', () => {
    expect(portless('http://127.0.0.1:8000/*')).toBe('http://127.0.0.1/*');
    expect(portless('https://character.ai/*')).toBe('https://character.ai/*');
    expect(portless('http://localhost:8000/chat/*:9')).toBe('http://localhost/chat/*:9');
    expect(matchPattern(portless('http://127.0.0.1:8000/*'), 'http://127.0.0.1:5173/')).toBe(true);
    expect(siteFor('http://127.0.0.1:8000/')?.data.id).toBe('sillytavern');
    expect(siteFor('http://127.0.0.1:5173/')).toBeNull();
    expect(originPattern('http://localhost:5000', true)).toBe('http://localhost/*');
    expect(originPattern('http://localhost:5000', false)).toBe('http://localhost:5000/*');
    expect(originPattern('https://my.front.end', true)).toBe('https://my.front.end/*');
  });
});
