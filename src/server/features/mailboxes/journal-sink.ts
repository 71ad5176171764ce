import type { Database } from '../../db/client';
import { journalMessage } from '../mail/journal.service';
import type { MessageSink } from './message-sink';

/**
 * The journaling core as the sink of IMAP sync and the drop-box. `direction` is not passed on: the
 * core tells outgoing mail by its From being a Tend user's address, which a sent-mail folder's is.
 */
export const journalSink =
  (db: Database): MessageSink =>
  (actor, raw, { source, onlyMatched }) =>
    journalMessage(db, actor, raw, { source, onlyMatched });
