import type { PartnerProject, PartnerProjectDetail } from '../../../shared/partners';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { notFound, problem } from '../../http/errors';
import { iso, isoOrNull } from '../../http/serialize';
import { completeActivity } from '../activities/activities.service';
import { addComment, listComments } from '../comments/comments.service';
import { documentContent, listDocuments, uploadDocuments } from '../documents/documents.service';
import * as repo from './partners.repository';

/*
 * What a partner does, once the partner rule (partners.repository.ts, in SQL) has said the project or
 * the activity is theirs: the staff services then do the work as for a plain user of the partner's
 * own id (`onBehalf`), so a partner's comment, completion and upload have exactly a user's effects
 * (the thread, the follow-up of a recurring task, the change log, the stored file), authored by the
 * partner. Only these calls ever get that actor, and only after the check.
 */
const onBehalf = (actor: Actor): Actor => ({ ...actor, role: 'user', restricted: false });

/** Partner routes are the partner's own: anybody else gets the 404 of a route that is not there. */
function assertPartner(actor: Actor) {
  if (actor.role !== 'partner') throw problem('not_found', 'no_endpoint', 'No such endpoint');
}

const toProject = (row: Awaited<ReturnType<typeof repo.partnerProjects>>[number]): PartnerProject => ({ ...row, updatedAt: iso(row.updatedAt) });

export async function listMyProjects(db: Database, actor: Actor) {
  assertPartner(actor);
  return { items: (await repo.partnerProjects(db, actor)).map(toProject), nextCursor: null };
}

/** A shared project with its activities, each with its comments and documents (404 when not shared with the caller). */
export async function getMyProject(db: Database, actor: Actor, projectId: string): Promise<PartnerProjectDetail> {
  assertPartner(actor);
  const [project] = await repo.partnerProjects(db, actor, projectId);
  if (!project) throw notFound();
  const agent = onBehalf(actor);
  const rows = await repo.partnerProjectActivities(db, actor, projectId);
  const activities = [];
  for (const row of rows) {
    const comments = (await listComments(db, agent, row.id)).items;
    const documents = (await listDocuments(db, agent, row.id)).items;
    activities.push({ ...row, scheduledAt: isoOrNull(row.scheduledAt), doneAt: isoOrNull(row.doneAt), comments, documents });
  }
  return { project: toProject(project), activities };
}

/** The activity, when it is in a project shared with the partner and not private; else 404. */
async function myActivity(db: Database, actor: Actor, activityId: string) {
  assertPartner(actor);
  const activity = await repo.partnerActivity(db, actor, activityId);
  if (!activity) throw notFound('Activity');
  return activity;
}

export async function commentAsPartner(db: Database, actor: Actor, activityId: string, text: string) {
  await myActivity(db, actor, activityId);
  return addComment(db, onBehalf(actor), activityId, { text });
}

export async function completeAsPartner(db: Database, actor: Actor, activityId: string) {
  await myActivity(db, actor, activityId);
  return completeActivity(db, onBehalf(actor), activityId, {});
}

export async function uploadAsPartner(db: Database, actor: Actor, activityId: string, read: Parameters<typeof uploadDocuments>[3]) {
  await myActivity(db, actor, activityId);
  return uploadDocuments(db, onBehalf(actor), activityId, read);
}

/** A document of an activity the partner sees. */
export async function documentAsPartner(db: Database, actor: Actor, documentId: string) {
  assertPartner(actor);
  const activityId = await repo.documentActivity(db, actor, documentId);
  if (!activityId || !(await repo.partnerActivity(db, actor, activityId))) throw notFound();
  return documentContent(db, onBehalf(actor), documentId);
}
