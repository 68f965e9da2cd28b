// Builds the export document from database rows at a chosen redaction level. Pure apart from hashing.
import type { BoundaryRow, ChatRow, CompanionRow, EventRow } from '../db/db';
import type { Redaction } from '../messages';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDoc } from './schema';

export interface ExportRows {
  companions: CompanionRow[];
  chats: ChatRow[];
  boundaries: BoundaryRow[];
  events: EventRow[];
}

const EXCERPT = 80;

/**
 * `full` keeps every text and identity. `excerpts` keeps the first words of each text and, like
 * `none`, replaces companion and chat identities with salted hashes and drops companion names:
 * an excerpt is for reading what was said, and a site's ids (often in the page address) would tie
 * it to an account. `none` keeps no text at all, nor the detector's cue words, only its reason
 * codes ("#yes_stop", "#intent:violence"), which quote nothing. Hashes use a
 * per-install salt, so one person's exports stay linkable to each other but not to a site account.
 */
export async function buildExport(rows: ExportRows, redaction: Redaction, salt: string, now: Date, study?: ExportDoc['study']): Promise<ExportDoc> {
  const pseudonyms = redaction === 'full' ? null : await hashAll(identities(rows), salt);
  const id = (s: string) => pseudonyms?.get(s) ?? s;
  const txt = (s: string | undefined) => (s === undefined ? undefined : redaction === 'full' ? s : redaction === 'excerpts' ? excerpt(s) : undefined);
  const noWords = redaction === 'none';
  const cues = (list: string[]): string[] => (noWords ? list.filter((c) => c.startsWith('#')) : list);

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    redaction,
    ...(study ? { study } : {}),
    companions: rows.companions.map((c) => ({ ...c, key: id(c.key), companionId: id(c.companionId), name: pseudonyms ? '' : c.name })),
    chats: rows.chats.map((c) => ({ ...c, key: id(c.key), companionKey: id(c.companionKey), chatId: id(c.chatId) })),
    boundaries: rows.boundaries.map((b) => ({
      ...b,
      companionKey: id(b.companionKey),
      chatKey: id(b.chatKey),
      request: txt(b.request) ?? '',
      reply: txt(b.reply) ?? '',
      cues: cues(b.cues),
    })),
    events: rows.events.map((e) => {
      const out: Record<string, unknown> = { ...e, companionKey: id(e.companionKey), chatKey: id(e.chatKey) };
      for (const field of ['text', 'request'] as const) {
        if (!(field in out)) continue;
        const kept = txt(out[field] as string | undefined);
        if (kept === undefined) delete out[field];
        else out[field] = kept;
      }
      // Cues are words quoted from the message or reason codes: with no text kept, only the codes stay.
      if ('cues' in out) out.cues = cues(out.cues as string[]);
      return out as ExportDoc['events'][number];
    }),
  };
}

function identities(rows: ExportRows): Set<string> {
  const ids = new Set<string>();
  for (const c of rows.companions) ids.add(c.key).add(c.companionId);
  for (const c of rows.chats) ids.add(c.key).add(c.companionKey).add(c.chatId);
  for (const b of rows.boundaries) ids.add(b.companionKey).add(b.chatKey);
  for (const e of rows.events) ids.add(e.companionKey).add(e.chatKey);
  return ids;
}

async function hashAll(ids: Set<string>, salt: string): Promise<Map<string, string>> {
  const encoder = new TextEncoder();
  const entries = await Promise.all(
    [...ids].map(async (s) => {
      const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`${salt}\u0000${s}`));
      const hex = [...new Uint8Array(digest).slice(0, 10)].map((b) => b.toString(16).padStart(2, '0')).join('');
      return [s, `p_${hex}`] as const;
    }),
  );
  return new Map(entries);
}

function excerpt(s: string): string {
  if (s.length <= EXCERPT) return s;
  const cut = s.lastIndexOf(' ', EXCERPT);
  return s.slice(0, cut > EXCERPT / 2 ? cut : EXCERPT) + '…';
}
