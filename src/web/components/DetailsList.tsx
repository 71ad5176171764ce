import type { ReactNode } from 'react';

/** One labelled fact of a record; a fact with no value is left out of the list. */
export type Fact = { label: string; value: ReactNode };

/** A record's facts as a definition list (customer, activity, extra info); empty facts are left out. */
export function DetailsList({ facts }: { facts: Fact[] }) {
  return (
    <dl className="details">
      {facts
        .filter((fact) => fact.value)
        .map((fact) => (
          <div className="details__row" key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** True when at least one fact has a value (for an empty-state message instead of an empty list). */
export const hasFacts = (facts: Fact[]) => facts.some((fact) => fact.value);
