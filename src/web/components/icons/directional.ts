/**
 * Icons that point along the line of reading (send, reply, forward, a trend, an arrow, undo): in
 * right-to-left pages they are drawn mirrored (`.icon-directional`, styles.css), as Hebrew readers
 * expect "forward" to point left. Icons of things (a phone, a truck, a clock) stay as they are.
 */
const DIRECTIONAL = new Set([
  'send',
  'send-horizontal',
  'reply',
  'reply-all',
  'forward',
  'phone-forwarded',
  'message-square-reply',
  'log-in',
  'log-out',
  'trending-up',
  'trending-down',
]);
const POINTING = /^(?:arrow|chevron|chevrons|corner|move|undo|redo|skip|step|fast|rewind)(?:-|$)|-(?:left|right)$/;

export const isDirectional = (name: string) => DIRECTIONAL.has(name) || POINTING.test(name);

/** The class an icon of this name gets: mirrored in right-to-left pages when it points somewhere. */
export const iconClass = (name: string, base: string) => (isDirectional(name) ? `${base} icon-directional`.trim() : base || undefined);
