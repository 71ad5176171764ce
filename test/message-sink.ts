import type { Actor } from '../src/server/db/scope';
import type { MessageSink, SinkOptions, SinkResult } from '../src/server/features/mailboxes/message-sink';

export interface Received {
  actor: Actor;
  messageId: string;
  subject: string;
  options: SinkOptions;
  outcome: SinkResult['outcome'];
  size: number;
}

const header = (raw: Buffer, name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw.toString('utf8'))?.[1]?.trim() ?? '';

/** Records every message a sink is given (and what the inner sink answered), then hands it on. */
export function recordingSink(inner: MessageSink, hooks: { before?: (count: number) => void } = {}) {
  const received: Received[] = [];
  const sink: MessageSink = async (actor, raw, options) => {
    hooks.before?.(received.length);
    const { outcome } = await inner(actor, raw, options);
    received.push({ actor, messageId: header(raw, 'Message-ID'), subject: header(raw, 'Subject'), options, outcome, size: raw.length });
    return { outcome };
  };
  return { sink, received, subjects: () => received.map((r) => r.subject) };
}
