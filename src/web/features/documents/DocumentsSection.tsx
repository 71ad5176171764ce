import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/activities';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { DocumentList } from './DocumentList';
import { UploadArea } from './UploadArea';
import { refreshDocuments, sendDocuments, useDeleteDocument, useDocuments } from './useDocuments';
import './documents.css';

/** An activity's documents: the list with downloads, and for those who may change the activity, upload and remove. */
export function DocumentsSection({ activity, editable }: { activity: Activity; editable: boolean }) {
  const { t } = useTranslation();
  const documents = useDocuments(activity.id);
  const remove = useDeleteDocument(activity.id);
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState('');
  const upload = async (files: File[], onProgress: (fraction: number) => void) => {
    setNotice('');
    const stored = await sendDocuments(activity.id, files, onProgress);
    setNotice(t('documents.uploaded', { count: stored.length }));
    await refreshDocuments(queryClient, activity.id);
  };
  return (
    <section className="card documents" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documents.title')}</h2>
      {documents.error ? <Alert>{generalMessage(t, documents.error)}</Alert> : null}
      {remove.error ? <Alert>{generalMessage(t, remove.error)}</Alert> : null}
      {notice ? (
        <p role="status" className="muted">
          {notice}
        </p>
      ) : null}
      {documents.data ? (
        <DocumentList documents={documents.data.items} onDelete={editable ? (id) => remove.mutateAsync(id) : undefined} />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
      {editable ? <UploadArea onUpload={upload} /> : null}
    </section>
  );
}
