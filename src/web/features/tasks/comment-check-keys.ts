import type { CommentCheck } from '../../../shared/tasks';
import { keyOf } from '../settings/lists/keyOf';

/**
 * Gives each new check (key '') a key from its label, unique in the template: comments store their
 * ticks by key, so a check keeps the key it got even when its label is changed later.
 */
export function withKeys(checks: CommentCheck[]): CommentCheck[] {
  const taken = new Set(checks.map((check) => check.key).filter(Boolean));
  return checks.map((check) => {
    if (check.key) return check;
    const base = keyOf(check.label).slice(0, 36);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
    taken.add(key);
    return { ...check, key };
  });
}
