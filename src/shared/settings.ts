import { z } from 'zod';

export const customerStatusSchema = z.object({ id: z.string(), key: z.string(), name: z.string(), active: z.boolean(), order: z.number() });
export type CustomerStatus = z.infer<typeof customerStatusSchema>;
