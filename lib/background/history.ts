// The background's part of the history page (deletions and their undo) and the popup's observed figures.
import { figuresOf, emptyTally, tallyBySite, type Figures, type Tally } from '../audit/figures';
import type { StandingNoDB, TrashBatchRow } from '../db/db';
import { deleteWithUndo, forgetDeletion, pendingDeletion, UNDO_GONE, undoDeletion } from '../db/trash';
import type { Failure, Request } from '../messages';
import type { Effects } from './handler';

export type HistoryRequest = Extract<Request, { type: 'observed' | 'history-delete' | 'history-undo' | 'history-undo-dismiss' | 'history-undo-pending' }>;

export interface Observed {
  ok: true;
  tally: Tally;
  figures: Figures;
}

/** A deletion's answer: how many events went, and how to undo it (null: nothing to undo; `kept` false: no room for a copy). */
export interface Deleted {
  ok: true;
  deleted: number;
  undo: TrashBatchRow | null;
  kept: boolean;
}

export type HistoryReply = Observed | Deleted | { ok: true; restored: number } | { ok: true; pending: TrashBatchRow | null } | { ok: true } | Failure;

export async function handleHistory(db: StandingNoDB, msg: HistoryRequest, fx: Effects): Promise<HistoryReply> {
  switch (msg.type) {
    case 'observed': {
      const events = await db.events.where('[site+t]').between([msg.site, -Infinity], [msg.site, Infinity]).toArray();
      const tally = tallyBySite(events).get(msg.site) ?? emptyTally();
      return { ok: true, tally, figures: figuresOf(tally) };
    }
    case 'history-delete': {
      const { deleted, undo, kept } = await deleteWithUndo(db, msg.target, fx.now());
      await refreshPages(db, fx);
      return { ok: true, deleted, undo, kept };
    }
    case 'history-undo': {
      const restored = await undoDeletion(db, msg.batch, fx.now());
      if (restored === null) return { ok: false, error: UNDO_GONE };
      await refreshPages(db, fx);
      return { ok: true, restored };
    }
    case 'history-undo-dismiss':
      await forgetDeletion(db, msg.batch);
      return { ok: true };
    case 'history-undo-pending':
      return { ok: true, pending: await pendingDeletion(db, fx.now()) };
  }
}

/** Open companion pages hold a snapshot of boundaries that may just have gone, or come back. */
async function refreshPages(db: StandingNoDB, fx: Effects) {
  await fx.notifyPages((await db.tabs.toCollection().primaryKeys()) as number[]);
}
