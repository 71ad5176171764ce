import { useId, useState } from 'react';
import { FieldNotes, RequiredMark } from './ComboboxParts';
import type { CustomerRef } from './CustomerPicker';
import { CustomerOptions } from './CustomerOptions';
import { useComboboxNavigation } from './useComboboxNavigation';
import { type CustomerOption, useCustomerMatches } from './useCustomers';

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
export function CustomerCombobox({ label, onPick, exclude = [], text, onText, error, required, placeholder, hint }: ComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const { matches, loading } = useCustomerMatches(text, open);
  const offered = matches.filter((match) => !exclude.includes(match.id));
  const pick = (customer: CustomerOption) => {
    onPick({ id: customer.id, name: customer.name });
    setOpen(false);
  };
  const { active, onKeyDown } = useComboboxNavigation(offered, text, open, setOpen, pick);

  const showList = open && text.trim() !== '';
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid combobox' : 'field combobox'}>
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <input
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
      <CustomerOptions listId={listId} label={label} shown={showList} offered={offered} active={active} loading={loading} onPick={pick} />
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
