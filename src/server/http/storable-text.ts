import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid } from './errors';

/**
 * PostgreSQL refuses NUL in text, and a lone UTF-16 surrogate has no UTF-8 form: either one in any
 * string a client sends (body, query or path, at any depth) would reach the database as an error.
 * One check before validation answers 400 naming the field, for every route, old and new.
 */
export const UNSTORABLE_TEXT = 'Contains a character that cannot be stored (NUL or an unpaired surrogate)';

const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first field holding unstorable text, named as the error format names fields ("followUp.text", "categoryIds.0", "q"), or null. */
export function unstorableField(value: unknown, root: string): string | null {
  // Iterative: a 1 MB body can nest deeper than the call stack.
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (unstorable.test(current)) return path === '' ? root : path;
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) stack.push([child, path === '' ? key : `${path}.${key}`]);
    }
  }
  return null;
}

export function registerStorableTextCheck(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    for (const [root, value] of [['params', request.params], ['query', request.query], ['body', request.body]] as const) {
      const field = unstorableField(value, root);
      if (field !== null) throw invalid({ [field]: UNSTORABLE_TEXT });
    }
  });
}
