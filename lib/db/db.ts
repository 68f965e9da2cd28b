// The one database, opened only in extension pages and the background (the extension's origin).
import Dexie, { type EntityTable } from 'dexie';
import type { CompanionLabel, UserLabel } from '../detect/types';
import type { Boundary, PolicyEvent } from '../policy/types';
import type { UserSite } from '../teach/schema';
import type { ExportDoc } from '../export/schema';

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

export const DB_NAME = 'standing-no';

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

  constructor(name = DB_NAME) {
    super(name);
    // Append new versions below; never edit a shipped one (Dexie upgrades run in order).
    this.version(1).stores({
      companions: '&key, site, lastSeen',
      chats: '&key, companionKey, site, lastSeen',
      events: '&id, t, site, kind, companionKey, chatKey, [companionKey+t], [site+t]',
      boundaries: '&id, companionKey, site, status',
      corrections: '&[companionKey+textKey], companionKey',
      tabs: '&tabId',
      kv: '&key',
    });
    // Version 2: sites the user taught (lib/teach), one per origin.
    this.version(2).stores({ userSites: '&origin' });
    // Version 3: imported exports for the audit page, kept
    // apart from the user's own records so an audit never mixes with or changes them.
    this.version(3).stores({
      auditImports: '&id, &hash, importedAt',
      auditCompanions: '&[importId+seq], importId',
      auditChats: '&[importId+seq], importId',
      auditBoundaries: '&[importId+seq], importId',
      auditEvents: '&[importId+seq], importId',
    });
  }
}
