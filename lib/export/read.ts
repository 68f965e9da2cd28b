// The export of everything in the user's database. The background answers the `export` message
// with it; the history page calls it directly, since a large export is too big for one message.
import type { StandingNoDB } from '../db/db';
import { exportSalt } from '../db/store';
import type { Redaction } from '../messages';
import { buildExport } from './build';
import type { ExportDoc } from './schema';

export async function readExport(db: StandingNoDB, redaction: Redaction, now: Date, study?: ExportDoc['study']): Promise<ExportDoc> {
  const [companions, chats, boundaries, events, salt] = await Promise.all([
    db.companions.toArray(),
    db.chats.toArray(),
    db.boundaries.toArray(),
    db.events.orderBy('t').toArray(),
    exportSalt(db),
  ]);
  return buildExport({ companions, chats, boundaries, events }, redaction, salt, now, study);
}
