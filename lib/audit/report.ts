// The audit report as CSV: one row a site and figure, with the counts behind each share.
import { csvRow } from '../export/csv';
import { FIGURES, type Figures } from './figures';

export const REPORT_COLUMNS = ['site', 'figure', 'k', 'n', 'value'] as const;

export function reportCsv(bySite: ReadonlyMap<string, Figures>): string {
  const lines = [csvRow(REPORT_COLUMNS)];
  for (const [site, f] of bySite) {
    for (const name of FIGURES) {
      const v = f[name];
      if (typeof v === 'number' || v === null) lines.push(csvRow([site, name, '', '', v ?? '']));
      else lines.push(csvRow([site, name, v.k, v.n, v.value === null ? '' : round(v.value)]));
    }
  }
  return lines.join('\r\n') + '\r\n';
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
