import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { type Reason, reasonOfIssue, valueAt } from '../../shared/reasons';

/**
 * react-hook-form's check with the shared Zod schema, each field's message said by `say` from
 * the issue's reason code (as the server answers it), so the browser's own check speaks the
 * user's language without matching English text.
 */
export function reasonResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  say: (message: string, reason: Reason) => string,
): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const name = issue.path.join('.');
      if (errors[name]) continue;
      const reason = reasonOfIssue(issue, valueAt(values, issue.path) === undefined);
      errors[name] = { type: issue.code, message: say(issue.message, reason) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
