import { Paperclip } from 'lucide-react';
import { type CSSProperties, type FocusEvent, type KeyboardEvent, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useFormat } from '../../format';
import { fileSize } from './DocumentList';
import { documentHref, useDocuments } from './useDocuments';
import './documents.css';

interface DocumentsButtonProps {
  activityId: string;
  /** Named in the button: "Documents of Ring Mette (2)". */
  subject: string;
  count: number;
}

/**
 * A paperclip with the activity's document count: one click opens its documents as download
 * links (fetched then). Escape or leaving the list closes it, focus back on the paperclip.
 */
export function DocumentsButton({ activityId, subject, count }: DocumentsButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLFieldSetElement>(null);
  if (count === 0) return null;
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  const label = t('documents.openList', { subject, number: count });
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and focus leaving the list close it; the links inside are the controls
    <span className="documents-button" onBlur={open ? onBlur : undefined} onKeyDown={open ? onKeyDown : undefined}>
      <button
        ref={trigger}
        type="button"
        className="button button--small button--quiet"
        aria-label={label}
        title={label}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Paperclip aria-hidden="true" size={14} />
        <span aria-hidden="true">{count}</span>
      </button>
      {open ? <DocumentsPanel panel={panel} anchor={trigger} activityId={activityId} onScroll={() => setOpen(false)} /> : null}
    </span>
  );
}

interface PanelProps {
  panel: RefObject<HTMLFieldSetElement | null>;
  anchor: RefObject<HTMLButtonElement | null>;
  activityId: string;
  /** The page scrolled: the list, fixed where the paperclip was, closes. */
  onScroll: () => void;
}

/**
 * Where the list opens: under the paperclip, fixed to the window, since the to-do's cells clip what
 * overflows them; its start edge on the paperclip's (the right edge, right to left).
 */
function usePlacement(anchor: RefObject<HTMLButtonElement | null>, onScroll: () => void): CSSProperties {
  const [place, setPlace] = useState<CSSProperties>({});
  useLayoutEffect(() => {
    const box = anchor.current?.getBoundingClientRect();
    if (!box) return;
    const rtl = getComputedStyle(anchor.current as HTMLElement).direction === 'rtl';
    setPlace({ insetBlockStart: box.bottom + 4, insetInlineStart: rtl ? window.innerWidth - box.right : box.left });
  }, [anchor]);
  useEffect(() => {
    window.addEventListener('scroll', onScroll, { passive: true, capture: true, once: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [onScroll]);
  return place;
}

/** The open list: fetched when opened, the first link takes the focus once it is there. */
function DocumentsPanel({ panel, anchor, activityId, onScroll }: PanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const documents = useDocuments(activityId);
  const place = usePlacement(anchor, onScroll);
  useEffect(() => {
    if (documents.data) panel.current?.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
  }, [documents.data, panel]);
  return (
    <fieldset ref={panel} className="documents-button__panel" data-popover="" style={place}>
      <legend className="visually-hidden">{t('documents.title')}</legend>
      {documents.error ? <Alert>{generalMessage(t, documents.error)}</Alert> : null}
      {documents.data ? (
        <ul>
          {documents.data.items.map((doc) => (
            <li key={doc.id}>
              <a href={documentHref(doc.id)} download={doc.name} dir="auto">
                {doc.name}
              </a>{' '}
              <span className="muted nowrap">{fileSize(format, doc.size)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </fieldset>
  );
}
