import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerMatches } from './useCustomers';

export interface CustomerRef {
  id: string;
  name: string;
}

interface ComboboxProps {
  label: string;
  /** Called with the customer picked from the list. */
  onPick: (customer: CustomerRef) => void;
  /** Ids not to offer (already chosen). */
  exclude?: readonly string[];
  text: string;
  onText: (text: string) => void;
  error?: string;
  required?: boolean;
  placeholder?: string;
  hint?: string;
}

/** A text box that searches customers as one types; ↓/↑ move through the matches, Enter picks, Escape closes. */
function CustomerCombobox({ label, onPick, exclude = [], text, onText, error, required, placeholder, hint }: ComboboxProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { matches, loading } = useCustomerMatches(text, open);
  const offered = matches.filter((match) => !exclude.includes(match.id));
  const inputRef = useRef<HTMLInputElement>(null);

  // A new text or a new list of matches puts the highlight back on the first match (set while
  // rendering, as React advises for state that follows props, so no frame shows the old one).
  const listKey = `${offered.length}:${text}`;
  const [seenListKey, setSeenListKey] = useState(listKey);
  if (seenListKey !== listKey) {
    setSeenListKey(listKey);
    setActive(offered.length ? 0 : -1);
  }

  const pick = (customer: CustomerRef) => {
    onPick(customer);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (offered.length ? (current + 1) % offered.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => (offered.length ? (current - 1 + offered.length) % offered.length : -1));
    } else if (event.key === 'Enter' && open && active >= 0 && offered[active]) {
      event.preventDefault();
      pick(offered[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const showList = open && text.trim() !== '';
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid combobox' : 'field combobox'}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 && offered[active] ? `${listId}-${offered[active].id}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          onText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList ? (
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
              onClick={() => pick(customer)}
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
      ) : (
        <div id={listId} role="listbox" aria-label={label} hidden />
      )}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** One customer, picked by searching; the text shows the chosen name, clearing it clears the choice. */
export function CustomerPicker({
  label,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  value: CustomerRef | null;
  onChange: (value: CustomerRef | null) => void;
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value?.name ?? '');
  const chosenName = value?.name ?? '';
  useEffect(() => setText(chosenName), [chosenName]);
  return (
    <CustomerCombobox
      label={label}
      text={text}
      error={error}
      required={required}
      placeholder={t('activity.customerPlaceholder')}
      onText={(next) => {
        setText(next);
        if (value && next !== value.name) onChange(null);
      }}
      onPick={(customer) => {
        setText(customer.name);
        onChange(customer);
      }}
    />
  );
}

/** Several customers: chosen ones as removable chips, more added by searching. */
export function CustomersPicker({
  label,
  value,
  onChange,
  exclude = [],
  error,
}: {
  label: string;
  value: CustomerRef[];
  onChange: (value: CustomerRef[]) => void;
  exclude?: readonly string[];
  error?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <div className="multi-picker">
      <CustomerCombobox
        label={label}
        text={text}
        error={error}
        placeholder={t('activity.customerPlaceholder')}
        exclude={[...exclude, ...value.map((customer) => customer.id)]}
        onText={setText}
        onPick={(customer) => {
          setText('');
          onChange([...value, customer]);
        }}
      />
      {value.length ? (
        <ul className="chips" aria-label={label}>
          {value.map((customer) => (
            <li key={customer.id} className="chip">
              <bdi>{customer.name}</bdi>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('activity.removeNamed', { name: customer.name })}
                onClick={() => onChange(value.filter((item) => item.id !== customer.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
