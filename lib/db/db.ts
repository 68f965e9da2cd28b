// The one database, opened only in extension pages and the background (the extension's origin).
import Dexie, { type EntityTable } from 'dexie';
import type { CompanionLabel, UserLabel } from '../detect/types';
import type { Boundary, PolicyEvent } from '../policy/types';
import type { UserSite } from '../teach/schema';
import type { ExportDoc } from '../export/schema';
import type { DeleteScope } from '../messages';

export interface CompanionRow {
  key: string;
  site: string;
  companionId: string;
  name: string;
  firstSeen: number;
  lastSeen: number;
}

export interface ChatRow {
  key: string;
  companionKey: string;
  site: string;
  chatId: string;
  firstSeen: number;
  lastSeen: number;
}

export type EventRow = PolicyEvent & { site: string; companionKey: string };
export type BoundaryRow = Boundary & { site: string; companionKey: string };

export interface CorrectionRow {
  companionKey: string;
  textKey: string;
  label: CompanionLabel | UserLabel;
  t: number;
}

/** What the popup needs to know about a tab; kept here because the service worker may die any time. */
export interface TabRow {
  tabId: number;
  site: string;
  siteName: string;
  companionKey: string | null;
  companionName: string | null;
  chatKey: string | null;
  state: 'working' | 'degraded' | 'idle';
  problem: string | null;
  t: number;
}

export interface KeyValueRow {
  key: string;
  value: unknown;
}

/** One imported research export (audit page); its rows live in the audit tables under its id. */
export interface AuditImportRow {
  id: string;
  /** SHA-256 of the file's text: the same file is not imported twice. */
  hash: string;
  fileName: string;
  importedAt: number;
  head: Pick<ExportDoc, 'format' | 'version' | 'exportedAt' | 'redaction' | 'study'>;
  counts: { companions: number; chats: number; boundaries: number; events: number };
}

/** An imported row as the export held it, with its import and its place in the file (order matters for the figures). */
export type AuditRow<T> = T & { importId: string; seq: number };

/** A site the user taught (lib/teach/schema.ts). */
export type UserSiteRow = UserSite;

/** One deletion from the history page, kept so it can be undone for a while (lib/db/trash.ts). */
export interface TrashBatchRow {
  id: string;
  /** When it was deleted, in milliseconds since the epoch. */
  at: number;
  /** What the user deleted. */
  scope: DeleteScope;
  /** How many events went with it. */
  events: number;
  /** The companion's name, when a companion was deleted (its own row went with it). */
  name?: string;
}

/** A boundary a deletion removed or folded again: as it was, and as the deletion left it (null: gone). */
export interface TrashedBoundary {
  before: BoundaryRow;
  after: BoundaryRow | null;
}

/** Rows a deletion removed from one table, as they were, up to a few hundred per chunk. */
export type TrashChunkRow = { batch: string; seq: number } & (
  | { table: 'companions'; rows: CompanionRow[] }
  | { table: 'chats'; rows: ChatRow[] }
  | { table: 'events'; rows: EventRow[] }
  | { table: 'corrections'; rows: CorrectionRow[] }
  | { table: 'boundaries'; rows: TrashedBoundary[] }
);

export const DB_NAME = 'standing-no';

/**
 * The stores each version adds or changes, version 1 first. Append new versions at the end; never
 * edit a shipped one (Dexie upgrades run in order, and the migration test opens each old shape).
 */
export const SCHEMA: ReadonlyArray<Record<string, string>> = [
  {
    companions: '&key, site, lastSeen',
    chats: '&key, companionKey, site, lastSeen',
    events: '&id, t, site, kind, companionKey, chatKey, [companionKey+t], [site+t]',
    boundaries: '&id, companionKey, site, status',
    corrections: '&[companionKey+textKey], companionKey',
    tabs: '&tabId',
    kv: '&key',
  },
  // Version 2: sites the user taught (lib/teach), one per origin.
  { userSites: '&origin' },
  // Version 3: imported exports for the audit page, kept apart from the user's own records so an
  // audit never mixes with or changes them.
  {
    auditImports: '&id, &hash, importedAt',
    auditCompanions: '&[importId+seq], importId',
    auditChats: '&[importId+seq], importId',
    auditBoundaries: '&[importId+seq], importId',
    auditEvents: '&[importId+seq], importId',
  },
  // Version 4: deletions kept for undo for a few minutes (lib/db/trash.ts), in tables of their
  // own, so that nothing reading the records (history, popup, snapshots, export) sees them.
  { trashBatches: '&id, at', trash: '&[batch+seq], batch' },
];

export class StandingNoDB extends Dexie {
  companions!: EntityTable<CompanionRow, 'key'>;
  chats!: EntityTable<ChatRow, 'key'>;
  events!: EntityTable<EventRow, 'id'>;
  boundaries!: EntityTable<BoundaryRow, 'id'>;
  corrections!: Dexie.Table<CorrectionRow, [string, string]>;
  tabs!: EntityTable<TabRow, 'tabId'>;
  kv!: EntityTable<KeyValueRow, 'key'>;
  userSites!: EntityTable<UserSiteRow, 'origin'>;
  auditImports!: EntityTable<AuditImportRow, 'id'>;
  auditCompanions!: Dexie.Table<AuditRow<ExportDoc['companions'][number]>, [string, number]>;
  auditChats!: Dexie.Table<AuditRow<ExportDoc['chats'][number]>, [string, number]>;
  auditBoundaries!: Dexie.Table<AuditRow<ExportDoc['boundaries'][number]>, [string, number]>;
  auditEvents!: Dexie.Table<AuditRow<ExportDoc['events'][number]>, [string, number]>;
  trashBatches!: EntityTable<TrashBatchRow, 'id'>;
  trash!: Dexie.Table<TrashChunkRow, [string, number]>;

  constructor(name = DB_NAME) {
    super(name);
    SCHEMA.forEach((stores, i) => this.version(i + 1).stores(stores));
  }
}
