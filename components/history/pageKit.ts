// What the history and audit pages share: site names and saving a file the user chose to make.
import { demo } from '@/lib/sites/demo';
import { siteLabel } from '@/lib/sites/label';
import { SITES } from '@/lib/sites/registry';

const NAMES = new Map([demo, ...SITES].map((s) => [s.data.id, s.data.name]));

/** A site's display name; an id from an imported file that we do not know is shown as it is (as text). */
export const siteName = (site: string): string => siteLabel(site, NAMES.get(site) ?? site);

/** Saves text as a file through the browser's own download of a local blob: nothing goes over the network. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
