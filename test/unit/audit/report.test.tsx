// The downloadable audit report: CSV counts, and HTML in which nothing from an imported file can run.
import { describe, expect, it } from 'vitest';
import { figuresOf, tallyBySite } from '@/lib/audit/figures';
import { reportCsv } from '@/lib/audit/report';
import type { AuditImportRow } from '@/lib/db/db';
import { reportHtml } from '@/components/audit/reportHtml';
import { script } from './synthetic';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const events = script(HOSTILE, 'mira')
  .user('c1', 'x')
  .companion('c1', 'refusal', { boundaryId: 'b1' })
  .action('c1', 'regenerate')
  .pressure('c1', 'regenerate', 'b1')
  .companion('c1', 'platform', { boundaryId: 'b1' }).events;
const figures = new Map([...tallyBySite(events)].map(([s, t]) => [s, figuresOf(t)]));
const imports: AuditImportRow[] = [
  {
    id: 'i1',
    hash: 'h',
    fileName: `${HOSTILE}.json`,
    importedAt: 0,
    head: { format: 'standing-no-export', version: 1, exportedAt: '2026-06-01T00:00:00.000Z', redaction: 'none' },
    counts: { companions: 0, chats: 0, boundaries: 0, events: events.length },
  },
];

describe('audit report', () => {
  it('lists every figure of every site as CSV, with the counts behind each share', () => {
    const lines = reportCsv(figures).trimEnd().split('\r\n');
    expect(lines[0]).toBe('site,figure,k,n,value');
    expect(lines).toContain(`"${HOSTILE.replace(/"/g, '""')}",durability,1,1,1`.replace(/^"([^"]*)"/, '$1'));
    expect(lines.some((l) => l.endsWith('platformShare,1,2,0.5'))).toBe(true);
    expect(lines.some((l) => l.endsWith('medianPressureBeforeYes,,,'))).toBe(true);
  });

  it('escapes everything that came from a file in the HTML report', () => {
    const html = reportHtml({ figures, imports, siteName: (s) => s, generatedAt: new Date(Date.UTC(2026, 10, 23)) });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // In text, markup is escaped; inside quoted attributes (data-site) it is inert by the HTML rules.
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('1 of 2 (50%)');
    // Reparsed, the document holds no element a file could have smuggled in.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img, iframe, object').length).toBe(0);
    expect(doc.title).toBe('Standing No audit report');
    expect(doc.querySelector('th[scope="row"]')!.textContent).toBe(HOSTILE);
  });
});
