// The built manifests ask for the least that works, and nothing that reaches outside the machine.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptMatches } from '@/lib/sites/registry';
import { EXTENSION } from './browser';

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const chrome = read(EXTENSION);
const firefox = read(resolve(EXTENSION, '..', 'firefox-mv2'));

describe('manifest', () => {
  it('asks only for the permissions teaching a site needs; other sites only when the user grants them', () => {
    expect(chrome.permissions.sort()).toEqual(['activeTab', 'scripting']);
    expect(chrome.host_permissions ?? []).toEqual([]);
    expect(chrome.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('runs on the supported companion sites only, as the registry says', () => {
    expect(chrome.content_scripts[0].matches).toEqual(contentScriptMatches());
  });

  it('replaces no browser page and loosens no content security policy', () => {
    expect(chrome.chrome_url_overrides).toBeUndefined();
    expect(chrome.content_security_policy).toBeUndefined();
    expect(chrome.web_accessible_resources).toBeUndefined();
  });

  it('declares to Firefox that no data is collected', () => {
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
