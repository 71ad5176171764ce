import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerActivities } from '../activities/Timeline';
import { CustomerHistory } from './CustomerHistory';

const TABS = ['activities', 'history'] as const;
type Tab = (typeof TABS)[number];
const LABELS = { activities: 'changelog.activities', history: 'changelog.history' } as const;

/**
 * The customer page's lower sections as tabs (WAI-ARIA tabs: arrow keys move between them): its
 * activities, and its history. A new section is one more entry here.
 */
export function CustomerTabs({ customerId, readOnly }: { customerId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [tab, setTab] = useState<Tab>('activities');
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    // Right-to-left pages move the other way.
    const direction = document.documentElement.dir === 'rtl' ? -step : step;
    const next = TABS[(TABS.indexOf(tab) + direction + TABS.length) % TABS.length];
    setTab(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };
  return (
    <section className="customer-tabs">
      <div role="tablist" aria-label={t('changelog.tabs')} className="customer-tabs__list" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="customer-tabs__tab"
            onClick={() => setTab(name)}
          >
            {t(LABELS[name])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-${tab}-panel`} aria-labelledby={`${id}-${tab}`}>
        {tab === 'activities' ? <CustomerActivities customerId={customerId} readOnly={readOnly} /> : <CustomerHistory customerId={customerId} />}
      </div>
    </section>
  );
}
