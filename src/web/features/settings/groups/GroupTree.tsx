import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/settings';
import { flattenTree } from './tree';

/** The groups as an indented tree (any depth); choosing one opens it beside the tree. */
export function GroupTree({ groups, selectedId, onSelect }: { groups: Group[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const nodes = flattenTree(groups);
  if (nodes.length === 0) return <p className="muted">{t('settings.groups.none')}</p>;
  return (
    <ul className="group-tree" aria-label={t('settings.groups.tree')}>
      {nodes.map(({ group, depth }) => (
        <li key={group.id} style={{ paddingInlineStart: `${depth * 1.25}rem` }} className={group.active ? undefined : 'group-tree--inactive'}>
          <button
            type="button"
            className={group.id === selectedId ? 'group-tree__item group-tree__item--selected' : 'group-tree__item'}
            aria-current={group.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(group.id)}
          >
            {depth > 0 ? (
              <span aria-hidden="true" className="group-tree__branch">
                └
              </span>
            ) : null}
            <bdi>{group.name}</bdi>
            {group.type === 'sales' ? <span className="badge badge--ok">{t('settings.groups.sales')}</span> : null}
            <span className="muted group-tree__count">{t('settings.groups.memberCount', { count: group.memberCount })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
