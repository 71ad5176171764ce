import { ApiError } from '../../api';
import type { FieldProblem } from '../../components/errors';

/**
 * A rejected one-time token (used, expired, unknown) is about the link, not a field of the form:
 * its message is shown on its own; other errors go on to the form.
 */
export const tokenError =
  (show: (problem: FieldProblem | null) => void) =>
  (error: unknown): never => {
    show(error instanceof ApiError && error.fields.token ? { message: error.fields.token, reason: error.reasons.token } : null);
    throw error;
  };
