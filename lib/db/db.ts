// The one database, opened only in extension pages and the background (the extension's origin).
import Dexie, { type EntityTable } from 'dexie';
import type { CompanionLabel, UserLabel } from '../detect/types';
import type { Boundary, PolicyEvent } from '../policy/types';

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

export const DB_NAME = 'standing-no';

export class StandingNoDB extends Dexie {
  companions!: EntityTable<CompanionRow, 'key'>;
  chats!: EntityTable<ChatRow, 'key'>;
  events!: EntityTable<EventRow, 'id'>;
  boundaries!: EntityTable<BoundaryRow, 'id'>;
  corrections!: Dexie.Table<CorrectionRow, [string, string]>;
  tabs!: EntityTable<TabRow, 'tabId'>;
  kv!: EntityTable<KeyValueRow, 'key'>;

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
  }
}
