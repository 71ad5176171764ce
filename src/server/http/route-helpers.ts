import { z } from 'zod';
import { errorSchema } from '../../shared/common';

/** Error answers every authenticated route can give, for the OpenAPI document. */
export const errors = (...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 429)[]) =>
  Object.fromEntries([401, ...statuses].map((s) => [s, errorSchema])) as Record<number, typeof errorSchema>;

export const idParams = z.object({ id: z.uuid({ message: 'Not a valid id' }) });
