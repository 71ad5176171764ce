import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProjectNode } from '../../../shared/projects';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { flatten, useProjectActivities, useProjectTree, useProjectWrites } from './useProjects';

type Run = ReturnType<typeof useSubmit>['run'];

/** A name typed in place: a new project, a sub-project or a new name. */
function NameForm({
  label,
  initial = '',
  onSave,
  onCancel,
}: {
  label: string;
  initial?: string;
  onSave: (name: string) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    await onSave(name.trim());
    setName('');
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)}>
      <input aria-label={label} placeholder={label} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
      {/* A new project's button says what it adds: the customer page has other forms' Save buttons. */}
      <button type="submit" className="button">
        {initial ? t('common.save') : label}
      </button>
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
    </form>
  );
}

/** The project's tasks (open, then done), shown when its row is expanded. */
function ProjectTasks({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { data = [] } = useProjectActivities(projectId);
  if (data.length === 0) return <p className="muted">{t('projects.noTasks')}</p>;
  return (
    <ul className="project-tasks">
      {[...data]
        .sort((a, b) => Number(a.done) - Number(b.done))
        .map((a) => (
          <li key={a.id}>
            <Link to={`/activities/${a.id}`}>
              <bdi>{a.subject}</bdi>
            </Link>{' '}
            <span className="muted">{a.done ? t('projects.done') : a.scheduledAt ? a.scheduledAt.slice(0, 10) : ''}</span>
          </li>
        ))}
    </ul>
  );
}

type RowProps = { node: ProjectNode; all: ProjectNode[]; readOnly: boolean; run: Run };

/** What can be done to one project: add a sub-project, rename, move, archive or bring back. */
function ProjectActions({ node, all, run, onRename, onAdd }: Omit<RowProps, 'readOnly'> & { onRename: () => void; onAdd: () => void }) {
  const { t } = useTranslation();
  const writes = useProjectWrites();
  const inside = new Set(flatten([node]).map((e) => e.node.id));
  const targets = flatten(all).filter((e) => !inside.has(e.node.id));
  return (
    <span className="project-actions">
      <button type="button" className="button button--small" onClick={onAdd}>
        {t('projects.addSub')}
      </button>
      <button type="button" className="button button--small" onClick={onRename}>
        {t('projects.rename')}
      </button>
      <select
        aria-label={t('projects.moveTo', { name: node.name })}
        value=""
        onChange={(e) => void run(() => writes.update(node.id, { parentId: e.target.value === 'top' ? null : e.target.value }))}
      >
        <option value="">{t('projects.move')}</option>
        {node.parentId ? <option value="top">{t('projects.toTop')}</option> : null}
        {targets.map((e) => (
          <option key={e.node.id} value={e.node.id}>
            {`${'· '.repeat(e.depth)}${e.node.name}`}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={() => void run(() => writes.update(node.id, { archived: !node.archived }))}>
        {node.archived ? t('projects.unarchive') : t('projects.archive')}
      </button>
    </span>
  );
}

/** One project of the tree with its counts, its tasks on expand, and its sub-projects. */
function ProjectRow({ node, all, readOnly, run }: RowProps) {
  const { t } = useTranslation();
  const writes = useProjectWrites();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<'none' | 'rename' | 'add'>('none');
  return (
    <li className={node.archived ? 'project project--archived' : 'project'}>
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-label={t('projects.showTasks', { name: node.name })}
        onClick={() => setOpen(!open)}
      >
        {open ? '−' : '+'}
      </button>{' '}
      <Link to={`/projects/${node.id}`}>
        <bdi>{node.name}</bdi>
      </Link>{' '}
      <span className="muted">
        {t('projects.counts', { open: node.openTasks, done: node.doneTasks, comments: node.comments })}
        {node.archived ? ` · ${t('projects.archived')}` : ''}
      </span>{' '}
      {readOnly ? null : <ProjectActions node={node} all={all} run={run} onRename={() => setMode('rename')} onAdd={() => setMode('add')} />}
      {mode === 'rename' ? (
        <NameForm
          label={t('projects.name')}
          initial={node.name}
          onCancel={() => setMode('none')}
          onSave={(name) => run(() => writes.update(node.id, { name })).then(() => setMode('none'))}
        />
      ) : null}
      {mode === 'add' ? (
        <NameForm
          label={t('projects.subName')}
          onCancel={() => setMode('none')}
          onSave={(name) => run(() => writes.create({ customerId: node.customerId, parentId: node.id, name })).then(() => setMode('none'))}
        />
      ) : null}
      {open ? <ProjectTasks projectId={node.id} /> : null}
      {node.children.length > 0 ? <ProjectList nodes={node.children} all={all} readOnly={readOnly} run={run} /> : null}
    </li>
  );
}

function ProjectList({ nodes, all, readOnly, run }: { nodes: ProjectNode[]; all: ProjectNode[]; readOnly: boolean; run: Run }) {
  return (
    <ul className="project-tree">
      {nodes.map((node) => (
        <ProjectRow key={node.id} node={node} all={all} readOnly={readOnly} run={run} />
      ))}
    </ul>
  );
}

/** The customer's projects as a tree: counts, tasks on expand, and (with edit access) new, rename, move and archive. */
export function CustomerProjects({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { data: tree = [], error } = useProjectTree(customerId);
  const writes = useProjectWrites();
  const action = useSubmit();
  return (
    <section className="card customer-projects" aria-labelledby="customer-projects-heading">
      <h2 id="customer-projects-heading">{t('projects.title')}</h2>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      {tree.length === 0 ? <p className="muted">{t('projects.none')}</p> : <ProjectList nodes={tree} all={tree} readOnly={readOnly} run={action.run} />}
      {readOnly ? null : <NameForm label={t('projects.newName')} onSave={(name) => action.run(() => writes.create({ customerId, name }))} />}
    </section>
  );
}
