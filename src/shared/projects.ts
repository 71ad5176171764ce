import { z } from 'zod';
import { booleanQuery } from './activities';
import { dateTimeOutSchema, idSchema, optionalText, pageQuerySchema, requiredText } from './common';

/** A customer's project (issue 17): nested to any depth under one customer; its visibility is its customer's. */
export const projectSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  responsibleId: z.string().nullable(),
  /** Archived projects keep their activities but leave the pickers. */
  archived: z.boolean(),
  createdAt: dateTimeOutSchema,
  updatedAt: dateTimeOutSchema,
  /** The customer's name, for lists and breadcrumbs. */
  customerName: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

/** One project of a customer's tree with the counts of its own activities (tasks) and their comments, and its sub-projects. */
export interface ProjectNode extends Project {
  openTasks: number;
  doneTasks: number;
  comments: number;
  children: ProjectNode[];
}

/**
 * A node of the tree. `children` are nodes of the same shape, nested to any depth; the OpenAPI
 * document cannot name a recursive schema here, so it describes them loosely (read them as ProjectNode).
 */
export const projectNodeSchema = projectSchema.extend({
  openTasks: z.number(),
  doneTasks: z.number(),
  comments: z.number(),
  children: z.array(z.unknown()).describe('Sub-projects, each a node of this same shape (children nested to any depth)'),
});

export const projectTreeSchema = z.object({ items: z.array(projectNodeSchema) });
export type ProjectTree = { items: ProjectNode[] };

export const projectCreateSchema = z.object({
  customerId: idSchema,
  parentId: idSchema.nullable().optional(),
  name: requiredText(200),
  description: optionalText(5000),
  responsibleId: idSchema.nullable().optional(),
});
export type ProjectCreate = z.infer<typeof projectCreateSchema>;

/** `parentId` moves the project in its customer's tree (null: to the top); `archived` archives or brings back. */
export const projectUpdateSchema = z.object({
  parentId: idSchema.nullable().optional(),
  name: requiredText(200).optional(),
  description: optionalText(5000),
  responsibleId: idSchema.nullable().optional(),
  archived: z.boolean().optional(),
});
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;

export const projectListQuerySchema = pageQuerySchema.extend({
  customerId: idSchema.optional(),
  /** false: the active ones only (pickers); true: the archived ones; absent: both. */
  archived: booleanQuery.optional(),
  q: z.string().trim().max(200).optional(),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

export const projectTreeQuerySchema = z.object({
  /** Archived projects are in the tree unless `archived=false`. */
  archived: booleanQuery.optional(),
});
export type ProjectTreeQuery = z.infer<typeof projectTreeQuerySchema>;
