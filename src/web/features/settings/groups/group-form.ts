import { z } from 'zod';
import { type Group, groupCreateSchema } from '../../../../shared/settings';
import type { useApiForm } from '../../../components/useApiForm';

/** A group as the form holds it, with the server's rules; the top level is '' in the parent select. */
export const groupFormSchema = groupCreateSchema
  .pick({ name: true, type: true })
  .extend({ parentId: z.union([z.literal(''), groupCreateSchema.shape.parentId.unwrap().unwrap()]) });
export type GroupValues = z.input<typeof groupFormSchema>;
export type GroupFormApi = ReturnType<typeof useApiForm<typeof groupFormSchema>>;

/** What the API gets. */
export const groupInput = (values: GroupValues) => ({
  name: values.name,
  type: values.type ?? ('standard' as Group['type']),
  parentId: values.parentId || null,
});
