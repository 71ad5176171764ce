import { useTranslation } from 'react-i18next';
import type { CustomerRef } from './CustomerPicker';

interface CustomerOptionsProps {
  listId: string;
  label: string;
  shown: boolean;
  offered: readonly CustomerRef[];
  active: number;
  loading: boolean;
  onPick: (customer: CustomerRef) => void;
}

/** The combobox's list of matching customers; kept in the page (hidden) while closed so aria-controls points somewhere. */
export function CustomerOptions({ listId, label, shown, offered, active, loading, onPick }: CustomerOptionsProps) {
  const { t } = useTranslation();
  if (!shown) return <div id={listId} role="listbox" aria-label={label} hidden />;
  return (
    <div className="combobox__list" id={listId} role="listbox" aria-label={label}>
      {offered.map((customer, index) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox pattern keeps focus in the text box, whose ↓/↑/Enter pick an option (aria-activedescendant)
        <div
          key={customer.id}
          id={`${listId}-${customer.id}`}
          role="option"
          tabIndex={-1}
          aria-selected={index === active}
          className={index === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(customer)}
        >
          <bdi>{customer.name}</bdi>
        </div>
      ))}
      {offered.length === 0 ? (
        <div className="combobox__empty" role="presentation">
          {loading ? t('common.loading') : t('activity.noCustomerMatch')}
        </div>
      ) : null}
    </div>
  );
}
