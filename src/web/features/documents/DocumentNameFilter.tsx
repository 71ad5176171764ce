import { useTranslation } from 'react-i18next';

/** The activity search's filter by a part of a document's name. */
export function DocumentNameFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor="search-document">{t('documents.searchName')}</label>
      <input id="search-document" type="search" dir="auto" value={value} onChange={(event) => onChange(event.target.value)} autoComplete="off" />
    </div>
  );
}
