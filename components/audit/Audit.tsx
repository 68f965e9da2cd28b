import { useEffect, useState } from 'preact/hooks';
import { figuresOf, type Figures, type Tally } from '@/lib/audit/figures';
import type { Problem, ProblemCode } from '@/lib/audit/import';
import { reportCsv } from '@/lib/audit/report';
import type { ImportResult } from '@/lib/audit/store';
import type { AuditImportRow } from '@/lib/db/db';
import { formatDateTime, plural, t, type MessageKey } from '@/lib/i18n';
import { Confirm } from '../history/Confirm';
import { Definitions } from './Definitions';
import { Report } from './Report';
import { reportHtml } from './reportHtml';

export interface AuditApi {
  importFiles(files: File[]): Promise<ImportResult>;
  list(): Promise<AuditImportRow[]>;
  remove(importId: string): Promise<void>;
  tallies(): Promise<Map<string, Tally>>;
  download(fileName: string, text: string, type: string): void;
  siteName(site: string): string;
  historyUrl: string;
}

const PROBLEM: Record<Exclude<ProblemCode, 'more'>, MessageKey> = {
  tooBig: 'auditProblemTooBig',
  notJson: 'auditProblemNotJson',
  notExport: 'auditProblemNotExport',
  wrongVersion: 'auditProblemWrongVersion',
  invalid: 'auditProblemInvalid',
  duplicateId: 'auditProblemDuplicateId',
  sameFileTwice: 'auditProblemSameFileTwice',
  alreadyImported: 'auditProblemAlreadyImported',
};

export const problemText = (p: Problem): string =>
  p.code === 'more' ? plural('auditProblemMore', Number(p.detail), p.file) : t(PROBLEM[p.code], p.file, p.path, p.detail);

export function Audit({ api }: { api: AuditApi }) {
  const [imports, setImports] = useState<AuditImportRow[] | null>(null);
  const [figures, setFigures] = useState<Map<string, Figures>>(new Map());
  const [status, setStatus] = useState<{ text: string; problems: Problem[] }>({ text: '', problems: [] });
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void Promise.all([api.list(), api.tallies()]).then(([list, tallies]) => {
      setImports(list);
      setFigures(new Map([...tallies].map(([site, tally]) => [site, figuresOf(tally)])));
    });
  }, [version]);

  const onFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    setBusy(true);
    setStatus({ text: t('historyLoading'), problems: [] });
    try {
      const result = await api.importFiles(files);
      setStatus(result.ok ? { text: plural('auditImported', result.imported.length), problems: [] } : { text: t('auditNothingImported'), problems: result.problems });
    } catch (e) {
      setStatus({ text: t('auditImportFailed', e instanceof Error ? e.message : String(e)), problems: [] });
    } finally {
      input.value = '';
      setBusy(false);
      setVersion((v) => v + 1);
    }
  };
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <main class="audit" data-standing-no-audit>
      <header>
        <h1>{t('auditTitle')}</h1>
        <p>{t('auditIntro')}</p>
        <p>
          <a href={api.historyUrl}>{t('auditBackToHistory')}</a>
        </p>
      </header>

      <section aria-labelledby="import-title">
        <h2 id="import-title">{t('auditImportTitle')}</h2>
        <label class="row">
          {t('auditChooseFiles')}
          <input type="file" accept=".json,application/json" multiple disabled={busy} onChange={(e) => void onFiles(e.currentTarget)} data-audit-input />
        </label>
        <div role="status" aria-live="polite" class="status-line" data-audit-status>
          <p>{status.text}</p>
          {status.problems.length > 0 && (
            <ul class="problems" data-audit-problems>
              {status.problems.map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <section aria-labelledby="imports-title">
        <h2 id="imports-title">{t('auditImports')}</h2>
        {imports === null ? (
          <p class="quiet">{t('historyLoading')}</p>
        ) : imports.length === 0 ? (
          <p class="quiet">{t('auditNoImports')}</p>
        ) : (
          <ul class="imports">
            {imports.map((i) => (
              <li key={i.id} data-import={i.fileName}>
                {t('auditImportLine', i.fileName, formatDateTime(Date.parse(i.head.exportedAt)), i.head.redaction, plural('countEvents', i.counts.events))}{' '}
                <Confirm
                  label={t('auditRemove')}
                  question={t('auditRemoveQuestion', i.fileName)}
                  onConfirm={() => void api.remove(i.id).then(() => setVersion((v) => v + 1))}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      {figures.size > 0 && imports && (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">{t('auditFigures')}</h2>
          <Report figures={figures} siteName={api.siteName} />
          <p>
            <button
              type="button"
              onClick={() => api.download(`standing-no-audit-${stamp}.html`, reportHtml({ figures, imports, siteName: api.siteName, generatedAt: new Date() }), 'text/html')}
              data-download="html"
            >
              {t('auditDownloadHtml')}
            </button>{' '}
            <button type="button" onClick={() => api.download(`standing-no-audit-${stamp}.csv`, reportCsv(figures), 'text/csv')} data-download="csv">
              {t('auditDownloadCsv')}
            </button>
          </p>
        </section>
      )}
      <Definitions />
    </main>
  );
}
