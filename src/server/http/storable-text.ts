import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid } from './errors';

/**
 * PostgreSQL refuses NUL in text, and a lone UTF-16 surrogate has no UTF-8 form: either one in any
 * string a client sends (body, query or path, at any depth) would reach the database as an error.
 * One check before validation answers 400 naming the field, for every route, old and new.
 */
export const UNSTORABLE_TEXT = 'Contains a character that cannot be stored (NUL or an unpaired surrogate)';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point (PostgreSQL text cannot hold it).
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
}

/** "followUp.more.1": the keys from the top down (built only for the one field reported). */
function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | null = visit; at?.key != null; at = at.parent) keys.push(at.key);
  const path = keys.reverse().join('.');
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

/** The first field holding unstorable text, named as the error format names fields ("followUp.text", "categoryIds.0", "q"), or null. */
export function unstorableField(value: unknown, root: string): string | null {
  // Iterative: a 1 MB body can nest deeper than the call stack.
  const stack: Visit[] = [{ value, key: null, parent: null }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    if (typeof visit.value === 'string') {
      if (unstorable.test(visit.value)) return visit.key === null ? root : pathOf(visit);
    } else if (typeof visit.value === 'object' && visit.value !== null && !ArrayBuffer.isView(visit.value)) {
      // Bytes (a raw mail, an upload) are no text: walking them would visit every byte.
      for (const [key, child] of Object.entries(visit.value)) stack.push({ value: child, key, parent: visit });
    }
  }
  return null;
}

export function registerStorableTextCheck(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    for (const [root, value] of [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      const field = unstorableField(value, root);
      if (field !== null) throw invalid({ [field]: UNSTORABLE_TEXT }, 'text_unstorable');
    }
  });
}
