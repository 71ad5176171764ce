import { Mail } from 'lucide-react';
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalQuery } from '../../../shared/mail';
import { DropResults } from './DropResults';
import { useMailDrop } from './useMail';
import './mail.css';

/** Files being dragged (not text or a link from the page itself). */
const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * A file dropped beside the zone would make the browser leave Tend to show it: while a zone is on
 * the page, such a drop does nothing (the zone itself, and the documents' upload area, take theirs).
 */
function useNoStrayDrops() {
  useEffect(() => {
    const guard = (event: globalThis.DragEvent) => {
      if (Array.from(event.dataTransfer?.types ?? []).includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);
}

/**
 * Where .eml files are dropped (or picked, for keyboard users) to be journaled; each file's result
 * shows below. On a customer's or contact's page the mail goes there even when no address matches.
 */
export function MailDropZone({ target = {}, label, showInboxLink = true }: { target?: JournalQuery; label?: string; showInboxLink?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const { files, drop, clear } = useMailDrop(target);
  useNoStrayDrops();
  const accept = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  return (
    <section className="mail-drop" aria-labelledby={`${id}-title`}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is the pointer's way; the button below is the keyboard's. */}
      <div
        className={over ? 'mail-drop__zone mail-drop__zone--over' : 'mail-drop__zone'}
        onDragEnter={accept}
        onDragOver={accept}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const dropped = Array.from(event.dataTransfer?.files ?? []);
          if (dropped.length) void drop(dropped);
        }}
        data-mail-drop=""
      >
        <Mail aria-hidden="true" size={20} className="mail-drop__icon" />
        <p className="mail-drop__text" id={`${id}-title`}>
          {label ?? t('mail.drop.title')}
        </p>
        <span className="muted mail-drop__hint">{t('mail.drop.hint')}</span>
        <button type="button" className="button button--small" onClick={() => input.current?.click()}>
          {t('mail.drop.pick')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".eml,message/rfc822"
          className="visually-hidden"
          // The button above is its accessible face; the input itself stays out of the way.
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const picked = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (picked.length) void drop(picked);
          }}
        />
      </div>
      <DropResults files={files} onClear={clear} showInboxLink={showInboxLink} />
    </section>
  );
}
