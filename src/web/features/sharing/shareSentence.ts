import type { TFunction } from 'i18next';
import type { FieldChange } from '../../../shared/history';

/** The fields a change of a customer's shares logs (sharing.service: `logged`), and what each is. */
const SHARE_FIELDS: Record<string, string> = {
  readUserIds: 'userRead',
  editUserIds: 'userEdit',
  readGroupIds: 'groupRead',
  editGroupIds: 'groupEdit',
};

const namesOf = (label: string | null | undefined, t: TFunction) => (label === null ? t('changelog.deleted') : label || t('changelog.empty'));
const isEmpty = (value: unknown) => !Array.isArray(value) || value.length === 0;

/**
 * A change of the customer's shares as a sentence ("Mette shared Bæk & Søn with Rita, Erik to
 * read"), or undefined for any other field.
 */
export function shareSentence(base: { who: string; name: string }, change: FieldChange, t: TFunction): string | undefined {
  const kind = SHARE_FIELDS[change.field];
  if (!kind) return undefined;
  const before = namesOf(change.beforeLabel, t);
  const after = namesOf(change.afterLabel, t);
  if (isEmpty(change.before)) return t(`share.log.shared_${kind}`, { ...base, whom: after });
  if (isEmpty(change.after)) return t(`share.log.unshared_${kind}`, { ...base, whom: before });
  return t(`share.log.changed_${kind}`, { ...base, before, after });
}
