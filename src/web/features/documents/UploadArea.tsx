import { Upload } from 'lucide-react';
import { type DragEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_MAX_BYTES, DOCUMENT_MAX_FILES } from '../../../shared/documents';
import { ApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';

interface UploadAreaProps {
  /** Sends the files; reports progress from 0 to 1. */
  onUpload: (files: File[], onProgress: (fraction: number) => void) => Promise<unknown>;
}

const MAX_MB = DOCUMENT_MAX_BYTES / (1024 * 1024);

/** Why these files are not sent at all, or null: the server's limits, checked before a byte leaves. */
function refusalOf(files: File[]): { key: string; names?: string } | null {
  const tooLarge = files.filter((file) => file.size > DOCUMENT_MAX_BYTES);
  if (tooLarge.length > 0) return { key: 'documents.tooLargeNamed', names: tooLarge.map((file) => file.name).join(', ') };
  if (files.length > DOCUMENT_MAX_FILES) return { key: 'documents.tooMany' };
  return null;
}

/**
 * Drop files here, or pick them with the button (the keyboard's way in): all are sent in one
 * request with a progress bar; a file over 25 MB is refused here, before anything is sent.
 */
export function UploadArea({ onUpload }: UploadAreaProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');

  const send = async (files: File[]) => {
    if (files.length === 0 || progress !== null) return;
    const refusal = refusalOf(files);
    setError(refusal ? t(refusal.key, { max: MAX_MB, files: DOCUMENT_MAX_FILES, names: refusal.names }) : '');
    if (refusal) return;
    setProgress(0);
    try {
      await onUpload(files, setProgress);
    } catch (failure) {
      const tooLarge = failure instanceof ApiError && failure.status === 413;
      setError(tooLarge ? t('documents.tooLarge', { max: MAX_MB }) : generalMessage(t, failure));
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void send([...event.dataTransfer.files]);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is for the mouse; the button inside is the way in for the keyboard
    <div
      className={dragging ? 'upload-area upload-area--over' : 'upload-area'}
      data-testid="upload-area"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p id={hintId} className="muted">
        {t('documents.dropHint', { max: MAX_MB })}
      </p>
      <button type="button" className="button" aria-describedby={hintId} disabled={progress !== null} onClick={() => input.current?.click()}>
        <Upload aria-hidden="true" size={16} /> {t('documents.choose')}
      </button>
      <input ref={input} type="file" multiple hidden aria-label={t('documents.choose')} onChange={(event) => void send([...(event.target.files ?? [])])} />
      {progress !== null ? (
        <progress className="upload-area__progress" max={1} value={progress} aria-label={t('documents.uploading')}>
          {Math.round(progress * 100)}%
        </progress>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
