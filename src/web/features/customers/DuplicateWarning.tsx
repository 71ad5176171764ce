import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DuplicateCandidate } from '../../../shared/customers';
import { useCustomerStatuses } from './useCustomerStatuses';

interface DuplicateWarningProps {
  candidates: DuplicateCandidate[];
  busy: boolean;
  onCreateAnyway: () => void;
  onBack: () => void;
}

/** Before a customer is created: the existing customers it may duplicate, each a link, and "Create anyway". */
export function DuplicateWarning({ candidates, busy, onCreateAnyway, onBack }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const { nameOf } = useCustomerStatuses();
  return (
    <section className="alert alert--warning duplicates" role="alert" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">{t('customerFind.duplicatesTitle')}</h2>
      <p>{t('customerFind.duplicatesIntro', { count: candidates.length })}</p>
      <ul>
        {candidates.map((candidate) => (
          <li key={candidate.id}>
            <Link to={`/customers/${candidate.id}`} dir="auto">
              {candidate.name}
            </Link>{' '}
            <span className="muted">
              {[candidate.city, nameOf(candidate.status), ...candidate.reasons.map((reason) => t(`customerFind.duplicateReason.${reason}`))]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <div className="duplicates__actions">
        <button type="button" className="button button--primary" onClick={onCreateAnyway} disabled={busy}>
          {busy ? t('common.saving') : t('customerFind.createAnyway')}
        </button>
        <button type="button" className="button button--quiet" onClick={onBack} disabled={busy}>
          {t('customerFind.backToForm')}
        </button>
      </div>
    </section>
  );
}
