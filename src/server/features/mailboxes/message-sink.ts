import type { Actor } from '../../db/scope';

/** Where a mail read from IMAP or received by the drop-box goes: the journaling core (features/mail). */
export interface SinkOptions {
  source: 'imap' | 'dropbox';
  /** Store it only when it matches a customer (else it waits in the user's unmatched inbox). */
  onlyMatched: boolean;
  /** Read from a sent-mail folder: `out`, the user's own outgoing mail. Absent: told by the From. */
  direction?: 'in' | 'out';
}
export interface SinkResult {
  outcome: 'created' | 'duplicate' | 'unmatched' | 'skipped';
}
export type MessageSink = (actor: Actor, raw: Buffer, options: SinkOptions) => Promise<SinkResult>;
