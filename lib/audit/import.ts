// Reading research exports for the audit page: every file is checked whole before anything is
// written, and each problem names the file and the JSON path where it is.
import type { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_VERSION, exportSchema, type ExportDoc } from '../export/schema';

/** Larger files are refused before they are read: a page that parses them could run out of memory. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const MAX_PROBLEMS = 5;

/** What the page's file input gives (a File), reduced to what is read. */
export interface ImportFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export const PROBLEMS = ['tooBig', 'notJson', 'notExport', 'wrongVersion', 'invalid', 'duplicateId', 'sameFileTwice', 'alreadyImported', 'more'] as const;
export type ProblemCode = (typeof PROBLEMS)[number];

export interface Problem {
  code: ProblemCode;
  file: string;
  /** Where in the file, as a JSON path ("$.events[3].label"); "$" for the whole file. */
  path: string;
  /** The parser's or validator's own words, or a number the message needs. */
  detail: string;
}

export type Checked = { ok: true; file: string; hash: string; doc: ExportDoc } | { ok: false; problems: Problem[] };

export async function checkFile(file: ImportFile, maxBytes = MAX_IMPORT_BYTES): Promise<Checked> {
  const fail = (code: ProblemCode, detail = '', path = '$'): Checked => ({ ok: false, problems: [{ code, file: file.name, path, detail }] });
  if (file.size > maxBytes) return fail('tooBig', String(Math.ceil(maxBytes / 1024 / 1024)));
  const text = await file.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail('notJson', e instanceof Error ? e.message : String(e));
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== EXPORT_FORMAT) return fail('notExport', EXPORT_FORMAT, '$.format');
  const version = (raw as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) return fail('wrongVersion', String(version), '$.version');

  const parsed = exportSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: cap(parsed.error.issues.map((i) => ({ code: 'invalid' as const, file: file.name, path: jsonPath(i.path), detail: i.message }))) };
  const dupes = duplicateIds(parsed.data).map((d) => ({ code: 'duplicateId' as const, file: file.name, ...d }));
  if (dupes.length) return { ok: false, problems: cap(dupes) };
  return { ok: true, file: file.name, hash: await sha256(text), doc: parsed.data };
}

function cap(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const first = problems[0]!;
  return [...problems.slice(0, MAX_PROBLEMS), { code: 'more', file: first.file, path: '$', detail: String(problems.length - MAX_PROBLEMS) }];
}

/** Ids that must be unique within one file: the audit tables and the figures rely on them. */
function duplicateIds(doc: ExportDoc): Array<{ path: string; detail: string }> {
  const out: Array<{ path: string; detail: string }> = [];
  const check = (list: 'companions' | 'chats' | 'boundaries' | 'events', field: string, ids: string[]) => {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const seen = first.get(id);
      if (seen === undefined) first.set(id, i);
      else out.push({ path: `$.${list}[${i}].${field}`, detail: `$.${list}[${seen}].${field}` });
    });
  };
  check('companions', 'key', doc.companions.map((c) => c.key));
  check('chats', 'key', doc.chats.map((c) => c.key));
  check('boundaries', 'id', doc.boundaries.map((b) => b.id));
  check('events', 'id', doc.events.map((e) => e.id));
  return out;
}

export function jsonPath(path: z.core.$ZodIssue['path']): string {
  return (
    '$' +
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : typeof p === 'string' && /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(String(p))}]`))
      .join('')
  );
}

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
