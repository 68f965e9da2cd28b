// Spreadsheet exports: the events of an export document, one row each, and a shared cell writer.
import type { ExportDoc } from './schema';

/**
 * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would read as a formula (=, +, -, @, tab,
 * carriage return first) gets a leading apostrophe: exported message text is never run as one.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s = Array.isArray(value) ? value.join(' ') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: readonly unknown[]): string => cells.map(csvCell).join(',');

export const EVENT_COLUMNS = [
  'id',
  'time',
  'site',
  'companionKey',
  'chatKey',
  'kind',
  'label',
  'source',
  'yes',
  'via',
  'action',
  'stage',
  'choice',
  'boundaryId',
  'by',
  'status',
  'confidence',
  'text',
  'request',
] as const;

/** The events of a document as CSV: the same redaction as the document, since it is built from it. */
export function eventsCsv(doc: ExportDoc): string {
  const lines = [csvRow(EVENT_COLUMNS)];
  for (const e of doc.events) {
    const r = e as Record<string, unknown>;
    lines.push(csvRow(EVENT_COLUMNS.map((c) => (c === 'time' ? new Date(e.t).toISOString() : r[c]))));
  }
  return lines.join('\r\n') + '\r\n';
}
