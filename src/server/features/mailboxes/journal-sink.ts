import type { Database } from '../../db/client';
import { journalMessage } from '../mail/journal.service';
import type { MessageSink } from './message-sink';

/**
 * The journaling core as the sink of IMAP sync and the drop-box. A sent-mail folder's mail comes
 * with `direction: 'out'`, which the core takes as it is: the From may be an alias, not a Tend address.
 */
export const journalSink =
  (db: Database): MessageSink =>
  (actor, raw, { source, onlyMatched, direction }) =>
    journalMessage(db, actor, raw, { source, onlyMatched, direction });
