// The typed messages between pages (content scripts, demo, popup) and the background.
// Everything a page sends is parsed here before anything is written.
import { z } from 'zod';
import { COMPANION_LABELS, USER_LABELS } from './detect/types';
import { policyEventSchema } from './events/schema';
import { LANGUAGES, settingsSchema } from './settings/schema';
import { originSchema, userSiteSchema } from './teach/schema';

export const pageContextSchema = z.object({
  site: z.string().min(1).max(64),
  companionId: z.string().min(1).max(256),
  companionName: z.string().max(256),
  chatId: z.string().min(1).max(512),
});

export const adapterStatusSchema = z.object({
  site: z.string().min(1).max(64),
  siteName: z.string().max(128),
  state: z.enum(['working', 'degraded', 'idle']),
  /** What failed, for a degraded adapter (e.g. the selector that found nothing). */
  problem: z.string().max(500).nullable(),
  page: pageContextSchema.nullable(),
});
export type AdapterStatus = z.infer<typeof adapterStatusSchema>;

export const REDACTIONS = ['full', 'excerpts', 'none'] as const;
export type Redaction = (typeof REDACTIONS)[number];

/** What a deletion on the history page removes: one record, one boundary, a companion, a site, or everything. */
export const deleteScopeSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('event'), id: z.string().min(1).max(128) }),
  z.object({ scope: z.literal('boundary'), id: z.string().min(1).max(128) }),
  z.object({ scope: z.literal('companion'), companionKey: z.string().min(1).max(512) }),
  z.object({ scope: z.literal('site'), site: z.string().min(1).max(64) }),
  z.object({ scope: z.literal('everything') }),
]);
export type DeleteScope = z.infer<typeof deleteScopeSchema>;

/** A deletion kept for undo, as the background named it. */
export const batchIdSchema = z.string().min(1).max(64);

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), page: pageContextSchema }),
  z.object({ type: z.literal('record'), page: pageContextSchema, events: z.array(policyEventSchema).min(1).max(200) }),
  z.object({ type: z.literal('status'), status: adapterStatusSchema }),
  z.object({
    type: z.literal('feedback'),
    page: pageContextSchema,
    textKey: z.string().min(1).max(64),
    label: z.enum([...COMPANION_LABELS, ...USER_LABELS] as [string, ...string[]]),
  }),
  z.object({ type: z.literal('export'), redaction: z.enum(REDACTIONS) }),
  z.object({ type: z.literal('popup-state'), tabId: z.number().int() }),
  z.object({ type: z.literal('get-settings') }),
  z.object({ type: z.literal('set-settings'), settings: settingsSchema }),
  /** The words of a language chosen in the options (pages cannot all read the extension's files). */
  z.object({ type: z.literal('messages'), language: z.enum(LANGUAGES).exclude(['auto']) }),
  /** The user's explicit edit of a boundary (lift it, or restore it); the history keeps both. */
  z.object({ type: z.literal('revise-boundary'), boundaryId: z.string().min(1).max(128), status: z.enum(['active', 'revised']) }),
  // History and audit (lib/background/history.ts): what the user's own records show about a site, and deletions.
  z.object({ type: z.literal('observed'), site: z.string().min(1).max(64) }),
  z.object({ type: z.literal('history-delete'), target: deleteScopeSchema }),
  // Undo for a deletion (lib/db/trash.ts), named by the id its deletion answered with: put it
  // back, let it go for good (its notice was dismissed), or ask which one can still be undone.
  z.object({ type: z.literal('history-undo'), batch: batchIdSchema }),
  z.object({ type: z.literal('history-undo-dismiss'), batch: batchIdSchema }),
  z.object({ type: z.literal('history-undo-pending') }),
  // Taught sites (lib/background/sites.ts): start the picker, save, list, remove, export, import,
  // and the content script asking which taught site it is on.
  z.object({ type: z.literal('teach-start'), tabId: z.number().int(), origin: originSchema }),
  z.object({ type: z.literal('teach-save'), site: userSiteSchema, tabId: z.number().int().optional() }),
  z.object({ type: z.literal('teach-list') }),
  z.object({ type: z.literal('teach-remove'), origin: originSchema }),
  z.object({ type: z.literal('teach-export') }),
  z.object({ type: z.literal('teach-import'), file: z.unknown() }),
  z.object({ type: z.literal('site-for-origin'), origin: originSchema }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

export type Failure = { ok: false; error: string };
