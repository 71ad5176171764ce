import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TodoListProps } from './list-props';
import { type Section, sectionsOf } from './sections';
import { TodoCard } from './TodoCard';

/** The to-do on a phone: a card per activity, section by section, actions at the thumb. */
export function TodoCards(list: TodoListProps) {
  const { t } = useTranslation();
  return (
    <section className="todo-cards" aria-label={t('todo.title')}>
      {sectionsOf(list.items).map((group) => (
        <CardSection key={group.section} section={group.section} count={list.counts?.[group.section] ?? group.items.length}>
          {group.items.map((item) => (
            <TodoCard key={item.id} item={item} {...list} />
          ))}
        </CardSection>
      ))}
    </section>
  );
}

function CardSection({ section, count, children }: { section: Section; count: number; children: React.ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={`todo-group todo-group--${section}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="todo-cards__heading">
        {t(`todo.groups.${section}`, { count })}
      </h2>
      <ul className="todo-cards__list" aria-labelledby={headingId}>
        {children}
      </ul>
    </section>
  );
}
