import { ApiError } from '../../api';

/**
 * A rejected one-time token (used, expired, unknown) is about the link, not a field of the form:
 * its message is shown on its own; other errors go on to the form.
 */
export const tokenError =
  (show: (message: string | null) => void) =>
  (error: unknown): never => {
    show(error instanceof ApiError && error.fields.token ? error.fields.token : null);
    throw error;
  };
