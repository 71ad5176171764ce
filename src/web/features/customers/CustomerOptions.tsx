import { useTranslation } from 'react-i18next';
import { useCustomerStatuses } from './useCustomerStatuses';
import type { CustomerOption } from './useCustomers';
import { useMatchLabel } from './useMatchLabel';

interface CustomerOptionsProps {
  listId: string;
  label: string;
  shown: boolean;
  offered: readonly CustomerOption[];
  active: number;
  loading: boolean;
  onPick: (customer: CustomerOption) => void;
}

/** One option: the name, then city and status (two "Dahl & Co" are told apart) and why it matched. */
function OptionText({ customer }: { customer: CustomerOption }) {
  const { nameOf } = useCustomerStatuses();
  const matchLabel = useMatchLabel();
  const place = [customer.city, nameOf(customer.status)].filter(Boolean).join(' · ');
  return (
    <>
      <bdi className="combobox__name">{customer.name}</bdi>
      <span className="combobox__detail">
        <bdi>{place}</bdi>
        {customer.match && customer.match.field !== 'name' ? <span className="combobox__why"> · {matchLabel(customer.match)}</span> : null}
      </span>
    </>
  );
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
          <OptionText customer={customer} />
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
