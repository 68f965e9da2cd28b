import { render } from 'preact';
import type { Figures } from '@/lib/audit/figures';
import type { AuditImportRow } from '@/lib/db/db';
import { plural, t } from '@/lib/i18n';
import { Definitions } from './Definitions';
import { Report } from './Report';

const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #5d6168; --bg: #fffdf8; --border: #ddd6ca; --accent: #2f5d50; font: 15px/1.5 system-ui, sans-serif; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e1d8; --muted: #a7a39b; --bg: #1d2127; --border: #3c424b; --accent: #7cc4ad; } }
body { margin: 0 auto; max-width: 62rem; padding: 1rem 1.5rem 3rem; background: var(--bg); color: var(--fg); }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
caption { text-align: left; font-weight: 600; margin-bottom: 0.3rem; }
.tick { fill: var(--muted); font-size: 12px; } .track { fill: var(--border); } .bar-no { fill: var(--accent); }
.meta { color: var(--muted); } dt { font-weight: 600; margin-top: 0.5rem; } dd { margin: 0; }
`;

interface Props {
  figures: ReadonlyMap<string, Figures>;
  imports: readonly AuditImportRow[];
  siteName(site: string): string;
  generatedAt: Date;
}

function ReportFile({ figures, imports, siteName, generatedAt }: Props) {
  return (
    <main>
      <h1>{t('auditReportTitle')}</h1>
      <p class="meta">{t('auditReportMade', generatedAt.toISOString())}</p>
      <h2>{t('auditImports')}</h2>
      <ul>
        {imports.map((i) => (
          <li key={i.id}>{t('auditImportLine', i.fileName, i.head.exportedAt, i.head.redaction, plural('countEvents', i.counts.events))}</li>
        ))}
      </ul>
      <h2>{t('auditFigures')}</h2>
      <Report figures={figures} siteName={siteName} />
      <Definitions />
    </main>
  );
}

/**
 * A standalone HTML file: built as DOM and serialised, so every name and number from an imported
 * file is escaped as text; its own policy forbids scripts and any load from outside.
 */
export function reportHtml(props: Props): string {
  const doc = document.implementation.createHTMLDocument(t('auditReportTitle'));
  doc.documentElement.lang = 'en';
  const head = (tag: string, attrs: Record<string, string>) => {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    doc.head.append(el);
    return el;
  };
  head('meta', { charset: 'utf-8' });
  if (!doc.querySelector('title')) head('title', {}).textContent = t('auditReportTitle');
  head('meta', { 'http-equiv': 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" });
  head('style', {}).textContent = REPORT_CSS;
  const holder = document.createElement('div');
  render(<ReportFile {...props} />, holder);
  doc.body.append(...[...holder.childNodes].map((n) => doc.importNode(n, true)));
  render(null, holder);
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}
