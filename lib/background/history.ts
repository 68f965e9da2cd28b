// The background's part of the history page and the popup's observed figures.
import { figuresOf, emptyTally, tallyBySite, type Figures, type Tally } from '../audit/figures';
import type { StandingNoDB } from '../db/db';
import { deleteScope } from '../db/queries';
import type { Request } from '../messages';
import type { Effects } from './handler';

export type HistoryRequest = Extract<Request, { type: 'observed' | 'history-delete' }>;

export interface Observed {
  ok: true;
  tally: Tally;
  figures: Figures;
}

export async function handleHistory(db: StandingNoDB, msg: HistoryRequest, fx: Effects): Promise<Observed | { ok: true; deleted: number }> {
  switch (msg.type) {
    case 'observed': {
      const events = await db.events.where('[site+t]').between([msg.site, -Infinity], [msg.site, Infinity]).toArray();
      const tally = tallyBySite(events).get(msg.site) ?? emptyTally();
      return { ok: true, tally, figures: figuresOf(tally) };
    }
    case 'history-delete': {
      const deleted = await deleteScope(db, msg.target);
      // Open companion pages hold a snapshot of boundaries that may just have gone.
      await fx.notifyPages((await db.tabs.toCollection().primaryKeys()) as number[]);
      return { ok: true, deleted };
    }
  }
}
