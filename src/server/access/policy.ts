import type { ProblemCode } from '../../shared/reasons';
import type { Queryable } from '../db/client';
import type { Actor } from '../db/scope';
import { forbidden, notFound } from '../http/errors';
import { editableBy, ownersOf, teamOf, type OwnedKind } from './access.repository';

// The list half of the policy (which rows a caller sees, and the trash rule) lives beside the
// queries that use it; re-exported here so the whole policy is one import.
export { visibleTo, liveCustomer, liveContact, activityNotInTrash } from '../db/scope';

export type Role = Actor['role'];
export type Action = 'read' | 'create' | 'change' | 'delete' | 'restore' | 'purge' | 'manage' | 'share';
export type Kind =
  | 'customer'
  | 'contact'
  | 'activity'
  | 'setting'
  | 'user'
  | 'group'
  | 'budget'
  | 'audit-log'
  | 'token'
  | 'workspace'
  | 'notification'
  | 'job'
  | 'mailbox'
  | 'sales-project'
  | 'campaign'
  | 'webhook';

/**
 * How a record relates to the caller, from its responsible user(s) (seed 004: the responsible is
 * the basis of permissions). `team`: the responsible is in the manager's team (members of the
 * groups the manager belongs to, and of their subgroups). `unassigned`: nobody is responsible.
 */
export type Ownership = 'own' | 'team' | 'unassigned' | 'other';

/** Who may: every record of the workspace ('all'), or only records of these ownerships. */
type Grant = 'all' | readonly Ownership[];
type Rule = Partial<Record<Role, Grant>>;

const everyone: Rule = { admin: 'all', manager: 'all', user: 'all' };
const admins: Rule = { admin: 'all' };
/** Removing a record: the responsible, their manager, or an admin. */
const owners: Rule = { admin: 'all', manager: ['own', 'team', 'unassigned'], user: ['own'] };
const self: Rule = { admin: ['own'], manager: ['own'], user: ['own'] };
/** Sharing a customer: its responsible, and managers and admins (who see every customer). */
const sharers: Rule = { admin: 'all', manager: 'all', user: ['own'] };

/**
 * THE rules: kind × action × role → grant. Anything not listed is refused. Which records a caller
 * sees at all is the visibility rule (access/visibility.ts, applied by `visibleTo`), not this table;
 * with restricted visibility a `user` changes a customer's records only with edit access
 * (assertEditable).
 */
const rules: Record<Kind, Partial<Record<Action, Rule>>> = {
  // Everyone adds and changes customers, contacts and activities (follow-up is shared work: a
  // colleague completes a call taken for someone away); removing one is for its responsible.
  customer: { read: everyone, create: everyone, change: everyone, delete: owners, restore: owners, purge: admins, share: sharers },
  contact: { read: everyone, create: everyone, change: everyone, delete: owners },
  activity: { read: everyone, create: everyone, change: everyone, delete: owners },
  // Settings lists, groups and budgets: everyone reads them (pickers, the budget grid); admins shape them.
  setting: { read: everyone, create: admins, change: admins, delete: admins },
  group: { read: everyone, create: admins, change: admins, delete: admins },
  budget: { read: everyone, change: admins },
  // Users: everyone lists them (pickers); admins add and manage them; everyone changes their own profile.
  // An outside partner (issue 17) reads and changes only their own account; the route guard
  // (auth/partner-guard.ts) keeps them off every other route, and the partner routes check their projects.
  user: { read: { ...everyone, partner: ['own'] }, create: admins, manage: admins, change: { ...self, partner: ['own'] } },
  'audit-log': { read: admins },
  token: { read: self, create: everyone, delete: self },
  workspace: { read: everyone, change: admins },
  // Reminders (issue 15): each user reads and marks their own notifications (the queries filter by user); admins see failed jobs.
  notification: { read: everyone, change: everyone },
  job: { read: admins },
  // IMAP mailboxes (issue 16) are personal, admins' included: each user reads and manages only their own.
  mailbox: { read: self, create: everyone, change: self, delete: self },
  // Issue 18: sales projects are worked by everyone (a restricted user only on customers they may edit);
  // removing one is for its responsible, their manager or an admin. Campaigns are planned by managers and admins.
  'sales-project': { read: everyone, create: everyone, change: everyone, delete: owners },
  campaign: { read: everyone, create: { admin: 'all', manager: 'all' }, change: { admin: 'all', manager: 'all' }, delete: { admin: 'all', manager: 'all' } },
  // Webhooks (issue 19) send the workspace's records to other systems: admins only.
  webhook: { read: admins, create: admins, change: admins, delete: admins },
};

/** What the caller wants to act on: a kind, and for one record, how it relates to the caller. */
export interface Resource {
  kind: Kind;
  /** Omitted: the kind as a whole (a list, a new record); then only an 'all' grant allows it. */
  ownership?: Ownership;
}

export function grantOf(role: Role, action: Action, kind: Kind): Grant | undefined {
  return rules[kind][action]?.[role];
}

/** The one question: may this actor do this to this? */
export function can(actor: Pick<Actor, 'role'>, action: Action, resource: Resource): boolean {
  const grant = grantOf(actor.role, action, resource.kind);
  if (!grant) return false;
  if (grant === 'all') return true;
  return resource.ownership !== undefined && grant.includes(resource.ownership);
}

/** Why not, for people and as a reason code: a grant for admins only says so; an ownership grant names who may. */
function refusal(action: Action, kind: Kind): [string, ProblemCode] {
  const rule = rules[kind][action] ?? {};
  // Purging is for admins only too, but says what it is.
  if (action === 'purge') return ['Only admin users may delete for good', 'admins_only_purge'];
  if (!rule.manager && !rule.user) return ['Only admin users may do this', 'admins_only'];
  if (action === 'share') return ['Only its responsible, a manager or an admin may share this', 'owners_only_share'];
  const code = action === 'delete' ? 'owners_only_remove' : action === 'restore' ? 'owners_only_restore' : 'not_allowed';
  return [`Only its responsible, their manager or an admin may ${action === 'delete' ? 'remove' : action} this`, code];
}

/** `can`, or 403 saying why. */
export function assertCan(actor: Pick<Actor, 'role'>, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) throw forbidden(...refusal(action, resource.kind));
}

/** How a record whose responsible users are `responsibleIds` relates to the actor (team: the manager's team). */
export function ownershipOf(actor: Pick<Actor, 'userId'>, responsibleIds: (string | null)[], team: ReadonlySet<string> = new Set()): Ownership {
  const named = responsibleIds.filter((id): id is string => id !== null);
  if (named.includes(actor.userId)) return 'own';
  if (named.some((id) => team.has(id))) return 'team';
  return named.length === 0 ? 'unassigned' : 'other';
}

const labels: Record<OwnedKind, 'Customer' | 'Contact' | 'Activity'> = { customer: 'Customer', contact: 'Contact', activity: 'Activity' };

/**
 * The access check of a service method acting on one record: 403 when the caller's role may never
 * do this; when the grant depends on the record, 404 when the caller cannot see it and 403 when it
 * is someone else's. Reads the record's responsible users (and a manager's team) only then.
 */
export async function authorize(db: Queryable, actor: Actor, action: Action, resource: { kind: OwnedKind; id: string }): Promise<void> {
  const grant = grantOf(actor.role, action, resource.kind);
  // No grant, or one for every record: the role decides (the service answers 404 for a record it cannot find).
  if (!grant || grant === 'all') return assertCan(actor, action, { kind: resource.kind });
  const responsible = await ownersOf(db, actor, resource.kind, resource.id);
  if (!responsible) throw notFound(labels[resource.kind]);
  const needsTeam = grant.includes('team') && !responsible.includes(actor.userId);
  const team = needsTeam ? await teamOf(db, actor) : undefined;
  assertCan(actor, action, { kind: resource.kind, ownership: ownershipOf(actor, responsible, team) });
}

/**
 * With restricted visibility, seeing a customer is not changing it: a restricted `user` changes a
 * customer, its contacts and its activities only as its responsible or with an edit share (not
 * with a read share, nor through an activity they take part in); an activity they take part in,
 * or an internal one, is theirs to change whatever their access to its customer. 404 when they
 * cannot see the record, 403 when they may only read it. Everyone else: nothing to check.
 * `ifVisible`: a record the caller cannot see is left to the caller's own check (a reference in a
 * body answers 400 naming its field).
 */
export async function assertEditable(db: Queryable, actor: Actor, resource: { kind: OwnedKind; id: string }, ifVisible = false): Promise<void> {
  if (!actor.restricted) return;
  const editable = await editableBy(db, actor, resource.kind, resource.id);
  if (editable === null) {
    if (ifVisible) return;
    throw notFound(labels[resource.kind]);
  }
  if (!editable) throw forbidden('This customer is shared with you for reading only', 'read_only_share');
}
