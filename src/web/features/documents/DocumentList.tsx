import { useTranslation } from 'react-i18next';
import type { Document } from '../../../shared/documents';
import { ConfirmButton } from '../../components/ConfirmButton';
import { type Format, useFormat } from '../../format';
import { documentHref } from './useDocuments';

/** A size as people read it, in their language: "512 B", "14 kB", "2.4 MB". */
export function fileSize(format: Format, bytes: number): string {
  if (bytes < 1024) return format.number(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'short' });
  if (bytes < 1024 * 1024) return format.number(bytes / 1024, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 });
  return format.number(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 });
}

interface DocumentListProps {
  documents: Document[];
  /** Omitted: the list only reads (a read-only share, the to-do's popover). */
  onDelete?: (id: string) => Promise<unknown>;
}

/** Each document: its name (a download), size and date; and remove, asked first, for those who may. */
export function DocumentList({ documents, onDelete }: DocumentListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (documents.length === 0) return <p className="muted">{t('documents.none')}</p>;
  return (
    <ul className="document-list">
      {documents.map((doc) => (
        <li key={doc.id} className="document-list__item">
          <a href={documentHref(doc.id)} download={doc.name} dir="auto" className="document-list__name">
            {doc.name}
          </a>
          <span className="muted nowrap">{fileSize(format, doc.size)}</span>
          <span className="muted nowrap">{format.dateTime(doc.createdAt)}</span>
          {onDelete ? (
            <ConfirmButton
              label={t('documents.remove')}
              question={t('documents.removeQuestion', { name: doc.name })}
              confirmLabel={t('documents.removeConfirm')}
              danger
              onConfirm={() => onDelete(doc.id).then(() => undefined)}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
