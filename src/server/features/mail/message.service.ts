import type { MailMessageView } from '../../../shared/mail';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { iso } from '../../http/serialize';
import { getActivity } from '../activities/activities.service';
import * as repo from './mail.repository';
import { messageNotFound } from './unmatched.service';

/**
 * The mail of an email activity, for anyone who may see the activity: headers, text, the HTML made
 * safe when it was journaled, and its documents (those still there).
 */
export async function getMessage(db: Database, actor: Actor, activityId: string): Promise<MailMessageView> {
  const activity = await getActivity(db, actor, activityId); // the access check: 404 when not visible
  const mail = await repo.findMailMessage(db, actor.workspaceId, activityId);
  if (!mail) throw messageNotFound();
  const ids = [...(mail.messageDocumentId ? [mail.messageDocumentId] : []), ...mail.attachments.map((a) => a.documentId)];
  const present = await repo.existingDocuments(db, activityId, ids);
  return {
    activityId,
    messageId: mail.messageId.endsWith('@tend.invalid>') ? null : mail.messageId,
    inReplyTo: mail.inReplyTo,
    direction: activity.direction ?? 'in',
    subject: mail.subject,
    from: mail.fromAddress ?? null,
    to: mail.toAddresses,
    cc: mail.ccAddresses,
    date: iso(mail.sentAt),
    text: mail.text,
    html: mail.html,
    hasRemoteImages: mail.hasRemoteImages,
    messageDocumentId: mail.messageDocumentId && present.has(mail.messageDocumentId) ? mail.messageDocumentId : null,
    attachments: mail.attachments.filter((a) => present.has(a.documentId)),
  };
}
