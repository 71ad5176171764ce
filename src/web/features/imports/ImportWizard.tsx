import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  IMPORT_ENTITIES,
  IMPORT_FIELDS,
  type Import,
  type ImportEntity,
  type ImportField,
  type ImportMapping,
  type ImportMatch,
} from '../../../shared/imports';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { failedCsvHref, runImport, uploadImport, useImportProgress } from './useImports';
import './imports.css';

/** Step 1: what the file holds, and the file. */
function UploadStep({ onUploaded }: { onUploaded: (imp: Import) => void }) {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<ImportEntity>('customers');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setError(t('imports.chooseFile'));
    setBusy(true);
    setError(null);
    try {
      onUploaded(await uploadImport(entity, file));
    } catch (err) {
      setError(generalMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="import-step" onSubmit={submit}>
      <p>{t('imports.intro')}</p>
      {error ? <Alert>{error}</Alert> : null}
      <label className="field">
        <span className="field__label">{t('imports.entity')}</span>
        <select value={entity} onChange={(e) => setEntity(e.target.value as ImportEntity)}>
          {IMPORT_ENTITIES.map((en) => (
            <option key={en} value={en}>
              {t(`imports.entities.${en}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('imports.file')}</span>
        <input
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <button className="button button--primary" type="submit" disabled={busy}>
        {busy ? t('imports.uploading') : t('imports.upload')}
      </button>
    </form>
  );
}

/** The file's first rows under its columns, each column with the field it fills. */
function PreviewTable({ imp, mapping, onMapping }: { imp: Import; mapping: ImportMapping; onMapping: (m: ImportMapping) => void }) {
  const { t } = useTranslation();
  const fields = IMPORT_FIELDS[imp.entity] as readonly ImportField[];
  const setMapping = onMapping;
  return (
    <div className="import-preview">
      <table>
        <thead>
          <tr>
            {imp.columns.map((column) => (
              <th key={column} scope="col">
                <bdi className="import-preview__column">{column}</bdi>
                <select
                  aria-label={t('imports.fieldFor', { column })}
                  value={mapping[column] ?? ''}
                  onChange={(e) => setMapping({ ...mapping, [column]: (e.target.value || null) as ImportField | null })}
                >
                  <option value="">{t('imports.skip')}</option>
                  {fields.map((f) => (
                    <option key={f} value={f}>
                      {t(`imports.fields.${f}`)}
                    </option>
                  ))}
                </select>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {imp.sample.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the preview's rows have no identity but their place
            <tr key={i}>
              {row.map((cell, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column's
                <td key={j}>
                  <bdi>{cell}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Step 2: the first rows, a field chosen for each column (the proposal preselected), and how rows find existing records. */
function MappingStep({ imp, onRun }: { imp: Import; onRun: (imp: Import) => void }) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<ImportMapping>(imp.mapping);
  const [match, setMatch] = useState<ImportMatch>('email');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      onRun(await runImport(imp.id, mapping, match));
    } catch (err) {
      setError(generalMessage(t, err));
      setBusy(false);
    }
  };
  return (
    <div className="import-step">
      <p>{t('imports.preview', { count: imp.total, file: imp.fileName })}</p>
      {error ? <Alert>{error}</Alert> : null}
      <PreviewTable imp={imp} mapping={mapping} onMapping={setMapping} />
      <fieldset className="import-match">
        <legend>{t('imports.match')}</legend>
        {(['email', 'name'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="match" value={m} checked={match === m} onChange={() => setMatch(m)} /> {t(`imports.matchBy.${m}`)}
          </label>
        ))}
      </fieldset>
      <button className="button button--primary" type="button" onClick={run} disabled={busy}>
        {t('imports.run')}
      </button>
    </div>
  );
}

/** Steps 3 and 4: the progress bar while it runs, then what was created, updated and failed, with the failed rows to download. */
function ProgressStep({ id, onAgain }: { id: string; onAgain: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: imp, error } = useImportProgress(id);
  const finished = imp?.status === 'done' || imp?.status === 'failed';
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['customers'] });
  }, [finished, queryClient]);
  if (error) return <Alert>{generalMessage(t, error)}</Alert>;
  if (!imp) return <p>{t('common.loading')}</p>;
  return (
    <div className="import-step">
      <label className="import-progress">
        <span>{finished ? t('imports.finished') : t('imports.running', { done: imp.done, total: imp.total })}</span>
        <progress max={imp.total || 1} value={imp.done} />
      </label>
      {imp.status === 'failed' ? <Alert>{t('imports.runFailed')}</Alert> : null}
      {finished ? <ImportResult imp={imp} onAgain={onAgain} /> : null}
    </div>
  );
}

function ImportResult({ imp, onAgain }: { imp: Import; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="import-result" role="status">
        <li>{t('imports.created', { count: imp.created })}</li>
        <li>{t('imports.updated', { count: imp.updated })}</li>
        <li>{t('imports.failedCount', { count: imp.failedCount })}</li>
      </ul>
      {imp.failedCount > 0 ? (
        <>
          <table className="import-failures">
            <thead>
              <tr>
                <th scope="col">{t('imports.row')}</th>
                <th scope="col">{t('imports.field')}</th>
                <th scope="col">{t('imports.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {imp.failed.map((f) => (
                <tr key={`${f.row}-${f.field}`}>
                  <td>{f.row}</td>
                  <td>{IMPORT_FIELDS[imp.entity].includes(f.field as never) ? t(`imports.fields.${f.field}`) : f.field}</td>
                  <td>
                    <bdi>{f.message}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t('imports.fixHint')}</p>
          <a className="button" href={failedCsvHref(imp.id)} download>
            {t('imports.downloadFailed')}
          </a>
        </>
      ) : null}
      <div className="import-actions">
        <button className="button" type="button" onClick={onAgain}>
          {t('imports.again')}
        </button>
        {imp.entity === 'customers' ? (
          <Link className="button" to="/customers">
            {t('imports.toCustomers')}
          </Link>
        ) : null}
      </div>
    </>
  );
}

/** The import, step by step: upload → preview and mapping → run → progress → result. */
export function ImportWizard() {
  const [uploaded, setUploaded] = useState<Import | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const again = () => {
    setRunning(null);
    setUploaded(null);
  };
  if (running) return <ProgressStep id={running} onAgain={again} />;
  if (uploaded) return <MappingStep imp={uploaded} onRun={(imp) => setRunning(imp.id)} />;
  return <UploadStep onUploaded={setUploaded} />;
}
