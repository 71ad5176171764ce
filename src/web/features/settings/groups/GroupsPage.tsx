import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { generalMessage } from '../../../components/errors';
import { GroupEditor } from './GroupEditor';
import { GroupTree } from './GroupTree';
import { NewGroupForm } from './NewGroupForm';
import { useGroups } from './useGroups';

/** Groups of employees as a tree; sales groups make their members salespeople (seed 003). */
export function GroupsPage() {
  const { t } = useTranslation();
  const groups = useGroups();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState<{ parentId: string | null } | null>(null);
  const selected = groups.groups.find((group) => group.id === selectedId) ?? null;

  return (
    <div className="groups">
      <div className="groups__tree card">
        <div className="card__header">
          <h2>{t('settings.groups.tree')}</h2>
          <button type="button" className="button button--small" onClick={() => setCreating({ parentId: null })}>
            {t('settings.groups.new')}
          </button>
        </div>
        {groups.error ? <Alert>{generalMessage(t, groups.error)}</Alert> : null}
        {groups.loading ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <GroupTree
            groups={groups.groups}
            selectedId={selectedId}
            onSelect={(id) => {
              setSelectedId(id);
              setCreating(null);
            }}
          />
        )}
      </div>
      <div className="groups__detail">
        {creating ? (
          <NewGroupForm
            key={creating.parentId ?? 'top'}
            groups={groups.groups}
            parentId={creating.parentId}
            onCancel={() => setCreating(null)}
            onCreate={async (input) => {
              const created = await groups.create(input);
              setCreating(null);
              setSelectedId(created.id);
              return created;
            }}
          />
        ) : selected ? (
          <GroupEditor
            key={selected.id}
            group={selected}
            groups={groups}
            onAddSubgroup={() => setCreating({ parentId: selected.id })}
            onDeleted={() => setSelectedId(null)}
          />
        ) : (
          <p className="muted">{t('settings.groups.choose')}</p>
        )}
      </div>
    </div>
  );
}
