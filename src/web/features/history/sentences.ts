import i18next, { type TFunction } from 'i18next';
import type { AuditEntry, FieldChange } from '../../../shared/history';
import { shareSentence } from '../sharing/shareSentence';

/** How the sentences show a time (the user's own zone and language). */
export interface TimeFormat {
  dateTime: (iso: string) => string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value as a reader says it: the label the server resolved, else the value itself in words. */
export function valueText(value: unknown, label: string | null | undefined, t: TFunction, format: TimeFormat): string {
  if (label === null) return t('changelog.deleted');
  if (label !== undefined) return label || t('changelog.empty');
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('changelog.empty');
  if (typeof value === 'boolean') return t(value ? 'changelog.yes' : 'changelog.no');
  if (typeof value === 'string') return INSTANT.test(value) ? format.dateTime(value) : value;
  if (typeof value === 'number') return new Intl.NumberFormat(i18next.language).format(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ');
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

const isEmpty = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** One sentence for one changed field: changed from … to …, set to …, or cleared. */
function fieldSentence(base: { who: string; name: string }, change: FieldChange, t: TFunction, format: TimeFormat): string {
  const shared = shareSentence(base, change, t);
  if (shared !== undefined) return shared;
  const field = t(`changelog.fields.${change.field}`, { defaultValue: change.field });
  const before = valueText(change.before, change.beforeLabel, t, format);
  const after = valueText(change.after, change.afterLabel, t, format);
  if (isEmpty(change.before)) return t('changelog.sentence.fieldSet', { ...base, field, after });
  if (isEmpty(change.after)) return t('changelog.sentence.fieldCleared', { ...base, field, before });
  return t('changelog.sentence.field', { ...base, field, before, after });
}

/** A deleted document's activity subject, as it was (empty when it had none); null for any other entry. */
function documentActivity(entry: AuditEntry): string | null {
  if (entry.entity !== 'document' || entry.action !== 'delete') return null;
  const before = entry.before as { activitySubject?: unknown } | null;
  return typeof before?.activitySubject === 'string' ? before.activitySubject : null;
}

const ACTIONS = ['create', 'update', 'delete', 'trash', 'restore', 'complete', 'reopen', 'move'];

/**
 * What an entry says, as sentences in the user's language: "Mette changed the industry of Bæk & Søn
 * from Printing to Print & media", one per changed field of a change, one for any other action.
 */
export function sentencesOf(entry: AuditEntry, t: TFunction, format: TimeFormat): string[] {
  const base = { who: entry.userName ?? t('changelog.someone'), name: entry.entityName ?? t('changelog.unnamed') };
  if (entry.action === 'update' && entry.changes.length > 0) return entry.changes.map((change) => fieldSentence(base, change, t, format));
  const activity = documentActivity(entry);
  if (activity !== null) return [t('changelog.sentence.deleteDocument', { ...base, activity: activity || t('changelog.unnamed') })];
  const action = ACTIONS.includes(entry.action) ? entry.action : 'update';
  return [t(`changelog.sentence.${action}`, { ...base, entity: t(`changelog.entities.${entry.entity}`, { defaultValue: entry.entity }) })];
}
