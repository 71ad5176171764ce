import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Share } from '../../../shared/sharing';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { AccessSelect, ShareTargetSelect, shareOf, targetOf, useTargetNames } from './ShareTargetSelect';
import { useShares, useShareWrites } from './useShares';

type Customer = { id: string; name: string };

/** "Share": who the customer is shared with, changed in place and saved with one request. */
export function ShareDialog({ customer, onClose, onSaved }: { customer: Customer; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useShares(customer.id);
  return (
    <Dialog title={t('share.title', { name: customer.name })} onClose={onClose}>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      {data ? (
        <ShareEditor customerId={customer.id} initial={data.items} onClose={onClose} onSaved={onSaved} />
      ) : error ? null : (
        <p role="status">{t('common.loading')}</p>
      )}
    </Dialog>
  );
}

type EditorProps = { customerId: string; initial: Share[]; onClose: () => void; onSaved: () => void };

function ShareEditor({ customerId, initial, onClose, onSaved }: EditorProps) {
  const { t } = useTranslation();
  const [items, setItems] = useState(initial);
  const save = useSubmit();
  const writes = useShareWrites();
  const nameOf = useTargetNames();
  const setAccess = (target: string, access: Share['access']) => setItems(items.map((s) => (targetOf(s) === target ? { ...s, access } : s)));
  const submit = async () => {
    if (await save.run(() => writes.replace(customerId, items))) onSaved();
  };
  return (
    <form
      className="form share-dialog"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {items.length === 0 ? <p className="muted">{t('share.none')}</p> : null}
      <ul className="share-dialog__list" aria-label={t('share.current')}>
        {items.map((share) => {
          const target = targetOf(share);
          const name = share.groupId ? t('share.groupNamed', { name: nameOf(share) }) : nameOf(share);
          return (
            <li key={target} className="share-dialog__item">
              <bdi>{name}</bdi>
              <AccessSelect label={t('share.accessOf', { name })} value={share.access} onChange={(access) => setAccess(target, access)} />
              <button type="button" className="button button--small" onClick={() => setItems(items.filter((s) => targetOf(s) !== target))}>
                {t('share.remove')}
                <span className="visually-hidden"> {name}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <AddShare exclude={new Set(items.map(targetOf))} onAdd={(share) => setItems([...items, share])} />
      {save.error ? <Alert>{generalMessage(t, save.error)}</Alert> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.busy}>
          {t('share.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Choose a user or group and read or edit, then "Add" (to the list; saved with the rest). */
function AddShare({ exclude, onAdd }: { exclude: ReadonlySet<string>; onAdd: (share: Share) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [target, setTarget] = useState('');
  const [access, setAccess] = useState<Share['access']>('read');
  return (
    <fieldset className="share-dialog__add">
      <legend>{t('share.addLegend')}</legend>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('share.who')}</label>
        <ShareTargetSelect id={`${id}-target`} value={target} onChange={setTarget} exclude={exclude} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-access`}>{t('share.accessLabel')}</label>
        <AccessSelect id={`${id}-access`} value={access} onChange={setAccess} />
      </div>
      <button
        type="button"
        className="button"
        disabled={target === ''}
        onClick={() => {
          onAdd(shareOf(target, access));
          setTarget('');
        }}
      >
        {t('share.add')}
      </button>
    </fieldset>
  );
}
