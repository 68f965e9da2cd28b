// Loads and validates the labelled corpora (format: shared/spec/labels.md). Extra fields
// are ignored; a malformed line fails with the file and line number.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPANION_LABELS, USER_LABELS, type CompanionLabel, type UserLabel } from '../../lib/detect/types';

export interface CompanionRow { id: string; text: string; context: string | null; label: CompanionLabel; exit_scene: boolean; lang?: string }
export interface UserRow { id: string; text: string; label: UserLabel; lang?: string }
export interface RephraseRow { id: string; refused: string; later: string; same: boolean; lang?: string }

export interface Corpus {
  companion?: CompanionRow[];
  user?: UserRow[];
  rephrase?: RephraseRow[];
}

export class CorpusError extends Error {}

type Obj = Record<string, unknown>;

function parseLines<T>(file: string, check: (o: Obj, where: string) => T): T[] {
  const out: T[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (line.trim() === '') return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new CorpusError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new CorpusError(`${where}: expected a JSON object`);
    out.push(check(o as Obj, where));
  });
  return out;
}

function str(o: Obj, k: string, where: string): string {
  const v = o[k];
  if (typeof v !== 'string') throw new CorpusError(`${where}: field "${k}" must be a string`);
  return v;
}

function bool(o: Obj, k: string, where: string): boolean {
  const v = o[k];
  if (typeof v !== 'boolean') throw new CorpusError(`${where}: field "${k}" must be true or false`);
  return v;
}

function oneOf<T extends string>(o: Obj, k: string, allowed: readonly T[], where: string): T {
  const v = str(o, k, where);
  if (!(allowed as readonly string[]).includes(v)) throw new CorpusError(`${where}: "${k}" is "${v}", expected one of ${allowed.join(', ')}`);
  return v as T;
}

function id(o: Obj, where: string): string {
  const v = o.id;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : where;
}

function lang(o: Obj): string | undefined {
  return typeof o.lang === 'string' ? o.lang : undefined;
}

export function loadCorpus(dir: string): Corpus {
  const corpus: Corpus = {};
  const path = (name: string): string | null => (existsSync(join(dir, name)) ? join(dir, name) : null);
  const c = path('companion.jsonl');
  if (c) {
    corpus.companion = parseLines(c, (o, w) => {
      const ctx = o.context;
      if (ctx !== undefined && ctx !== null && typeof ctx !== 'string') throw new CorpusError(`${w}: field "context" must be a string or null`);
      return { id: id(o, w), text: str(o, 'text', w), context: (ctx as string | null | undefined) ?? null, label: oneOf(o, 'label', COMPANION_LABELS, w), exit_scene: bool(o, 'exit_scene', w), lang: lang(o) };
    });
  }
  const u = path('user.jsonl');
  if (u) corpus.user = parseLines(u, (o, w) => ({ id: id(o, w), text: str(o, 'text', w), label: oneOf(o, 'label', USER_LABELS, w), lang: lang(o) }));
  const r = path('rephrase.jsonl');
  if (r) corpus.rephrase = parseLines(r, (o, w) => ({ id: id(o, w), refused: str(o, 'refused', w), later: str(o, 'later', w), same: bool(o, 'same', w), lang: lang(o) }));
  if (!c && !u && !r) throw new CorpusError(`${dir}: no companion.jsonl, user.jsonl or rephrase.jsonl found`);
  return corpus;
}
