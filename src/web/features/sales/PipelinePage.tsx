import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SalesProject, SalesStage } from '../../../shared/sales';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { type Format, useFormat } from '../../format';
import { useListOptions } from '../settings/pickers/useListOptions';
import { useWorkspace } from '../settings/workspace/useWorkspace';
import { type Money, pipelineColumns, type StageColumn, unconverted } from './pipeline';
import { useChangeSalesProject, useSalesProjects } from './useSales';
import './sales.css';

const DRAG_TYPE = 'application/x-tend-sales-project';

interface CardProps {
  project: SalesProject;
  stages: SalesStage[];
  onMove: (id: string, stageId: string) => void;
  format: Format;
}

/** A project on the board: dragged to another column, or moved with its stage picker (the keyboard way). */
function ProjectCard({ project, stages, onMove, format }: CardProps) {
  const { t } = useTranslation();
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(DRAG_TYPE, project.id);
    event.dataTransfer.setData('text/plain', project.id);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <li className="pipeline__card" draggable onDragStart={onDragStart} data-project={project.id}>
      <Link to={`/sales-projects/${project.id}`} dir="auto">
        {project.name}
      </Link>
      <span className="muted" dir="auto">
        {project.customerName}
      </span>
      <span>{project.amount === null ? t('sales.noAmount') : format.currency(project.amount, project.currency)}</span>
      <label className="pipeline__move">
        <span className="visually-hidden">{t('sales.pipeline.moveNamed', { name: project.name })}</span>
        <select value={project.stageId} onChange={(event) => onMove(project.id, event.target.value)}>
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}

interface ColumnProps extends Omit<CardProps, 'project'> {
  column: StageColumn;
  currency: string;
}

function Column({ column, currency, stages, onMove, format }: ColumnProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const headingId = `stage-${column.stage.id}`;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const id = event.dataTransfer.getData(DRAG_TYPE) || event.dataTransfer.getData('text/plain');
    if (id) onMove(id, column.stage.id);
  };
  return (
    <section
      className={over ? 'pipeline__column pipeline__column--over' : 'pipeline__column'}
      aria-labelledby={headingId}
      data-stage={column.stage.id}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id={headingId} dir="auto">
        {column.stage.name} <span className="muted">{format.number(column.stage.probability / 100, { style: 'percent' })}</span>
      </h2>
      <dl className="pipeline__totals">
        <dt>{t('sales.pipeline.total')}</dt>
        <dd data-total="sum">{format.currency(column.total, currency)}</dd>
        <dt>{t('sales.pipeline.weighted')}</dt>
        <dd data-total="weighted">{format.currency(column.weighted, currency)}</dd>
      </dl>
      <ul className="pipeline__cards">
        {column.projects.map((project) => (
          <ProjectCard key={project.id} project={project} stages={stages} onMove={onMove} format={format} />
        ))}
      </ul>
    </section>
  );
}

/** The pipeline: a column per sales stage with totals (plain and weighted by probability) in the workspace currency. */
export function PipelinePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const stages = useListOptions<SalesStage>('sales-stages');
  const projects = useSalesProjects();
  const workspace = useWorkspace().workspace.data;
  const money: Money = { currency: workspace?.currency ?? 'EUR', exchangeRates: workspace?.exchangeRates ?? {} };
  const currency = money.currency;
  const change = useChangeSalesProject();
  const [moved, setMoved] = useState('');
  const onMove = (id: string, stageId: string) => {
    const project = projects.data?.items.find((p) => p.id === id);
    if (!project || project.stageId === stageId) return;
    change.mutate({ id, body: { stageId } }, { onSuccess: () => setMoved(t('sales.pipeline.moved', { name: project.name, stage: stages.nameOf(stageId) })) });
  };
  const columns = pipelineColumns(stages.items, projects.data?.items ?? [], money);
  const leftOut = unconverted(projects.data?.items ?? [], money);
  const shownStages = columns.map((c) => c.stage);
  return (
    <>
      <PageHeader
        title={t('sales.pipeline.title')}
        actions={
          <>
            <Link className="button button--primary" to="/sales-projects/new">
              {t('sales.project.new')}
            </Link>
            <Link to="/campaigns">{t('sales.campaigns.title')}</Link>
          </>
        }
      />
      <p className="field__hint">{t('sales.pipeline.hint')}</p>
      {leftOut.length > 0 ? (
        <p className="pipeline__left-out" role="note">
          {t('sales.pipeline.leftOut', { amounts: leftOut.map((x) => format.currency(x.amount, x.currency)).join(', '), currency })}
        </p>
      ) : null}
      {projects.error ? <Alert>{generalMessage(t, projects.error)}</Alert> : null}
      {change.error ? <Alert>{generalMessage(t, change.error)}</Alert> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {moved}
      </p>
      <div className="pipeline">
        {columns.map((column) => (
          <Column key={column.stage.id} column={column} currency={currency} stages={shownStages} onMove={onMove} format={format} />
        ))}
      </div>
    </>
  );
}
