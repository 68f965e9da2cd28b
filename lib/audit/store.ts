// The audit tables (lib/db/db.ts, version 3): imported exports, kept apart from the user's own
// records. An import is all or nothing: every file is checked first, then all are written in
// one transaction, so a bad file, or a file already imported, changes nothing.
import Dexie from 'dexie';
import type { AuditImportRow, AuditRow, StandingNoDB } from '../db/db';
import type { ExportDoc } from '../export/schema';
import { mergeBySite, tallyBySite, type SiteEvent, type Tally } from './figures';
import { checkFile, MAX_IMPORT_BYTES, type ImportFile, type Problem } from './import';

export type ImportResult = { ok: true; imported: AuditImportRow[] } | { ok: false; problems: Problem[] };

class Rejected extends Error {
  constructor(readonly problems: Problem[]) {
    super('import rejected');
  }
}

const tables = (db: StandingNoDB) => [db.auditImports, db.auditCompanions, db.auditChats, db.auditBoundaries, db.auditEvents];

export async function importFiles(db: StandingNoDB, files: readonly ImportFile[], now: number, maxBytes = MAX_IMPORT_BYTES): Promise<ImportResult> {
  const good: Array<{ file: string; hash: string; doc: ExportDoc }> = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const checked = await checkFile(f, maxBytes);
    if (!checked.ok) problems.push(...checked.problems);
    else if (good.some((g) => g.hash === checked.hash)) problems.push({ code: 'sameFileTwice', file: f.name, path: '$', detail: good.find((g) => g.hash === checked.hash)!.file });
    else good.push(checked);
  }
  if (problems.length) return { ok: false, problems };

  try {
    const imported = await db.transaction('rw', tables(db), async () => {
      const known = await db.auditImports.where('hash').anyOf(good.map((g) => g.hash)).toArray();
      if (known.length) {
        throw new Rejected(known.map((k) => ({ code: 'alreadyImported', file: good.find((g) => g.hash === k.hash)!.file, path: '$', detail: k.fileName })));
      }
      const rows: AuditImportRow[] = [];
      for (const { file, hash, doc } of good) {
        const importId = crypto.randomUUID();
        const { companions, chats, boundaries, events, ...head } = doc;
        const row: AuditImportRow = {
          id: importId,
          hash,
          fileName: file,
          importedAt: now,
          head,
          counts: { companions: companions.length, chats: chats.length, boundaries: boundaries.length, events: events.length },
        };
        const tag = <T>(list: T[]) => list.map((r, seq) => ({ ...r, importId, seq }));
        await db.auditImports.add(row);
        await db.auditCompanions.bulkAdd(tag(companions));
        await db.auditChats.bulkAdd(tag(chats));
        await db.auditBoundaries.bulkAdd(tag(boundaries));
        await db.auditEvents.bulkAdd(tag(events));
        rows.push(row);
      }
      return rows;
    });
    return { ok: true, imported };
  } catch (e) {
    if (e instanceof Rejected) return { ok: false, problems: e.problems };
    throw e;
  }
}

/** Imports in the order they came; files of one batch by name. */
export const listImports = async (db: StandingNoDB) =>
  (await db.auditImports.toArray()).sort((a, b) => a.importedAt - b.importedAt || a.fileName.localeCompare(b.fileName));

export async function removeImport(db: StandingNoDB, importId: string): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await Promise.all([
      db.auditImports.delete(importId),
      ...[db.auditCompanions, db.auditChats, db.auditBoundaries, db.auditEvents].map((t) => t.where('importId').equals(importId).delete()),
    ]);
  });
}

/** The rows of one table for one import, in file order (the compound key orders them by seq). */
const rowsOf = <T>(table: Dexie.Table<AuditRow<T>, [string, number]>, importId: string) =>
  table.where('[importId+seq]').between([importId, Dexie.minKey], [importId, Dexie.maxKey]).toArray();

function untag<T>(rows: Array<AuditRow<T>>): T[] {
  return rows.map(({ importId: _i, seq: _s, ...r }) => r as T);
}

/** The document an import came from, exactly as it was read. */
export async function readImport(db: StandingNoDB, importId: string): Promise<ExportDoc | null> {
  const row = await db.auditImports.get(importId);
  if (!row) return null;
  const [companions, chats, boundaries, events] = await Promise.all([
    rowsOf(db.auditCompanions, importId),
    rowsOf(db.auditChats, importId),
    rowsOf(db.auditBoundaries, importId),
    rowsOf(db.auditEvents, importId),
  ]);
  return { ...row.head, companions: untag(companions), chats: untag(chats), boundaries: untag(boundaries), events: untag(events) };
}

/** Tallies by site over the chosen imports (all by default): each export is one person's stream. */
export async function auditTallies(db: StandingNoDB, importIds?: readonly string[]): Promise<Map<string, Tally>> {
  const ids = importIds ?? ((await db.auditImports.toCollection().primaryKeys()) as string[]);
  const per = await Promise.all(ids.map(async (id) => tallyBySite(untag(await rowsOf(db.auditEvents, id)) as SiteEvent[])));
  return mergeBySite(per);
}
