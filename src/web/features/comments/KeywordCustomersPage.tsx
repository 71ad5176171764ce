import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { KeywordCustomer } from '../../../shared/comments';
import { Alert } from '../../components/Alert';
import { DataTable, type Column } from '../../components/DataTable';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/Field';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../format';
import { todayIn } from '../activities/zoned-time';
import { useListOptions } from '../settings/pickers/useListOptions';
import { type KeywordPeriod, useKeywordCustomers } from './useComments';
import './comments.css';

/** The keyword and period, kept in the address so the answer can be shared: this month to today unless chosen. */
function usePeriod(): [KeywordPeriod, (change: Partial<KeywordPeriod>) => void] {
  const [params, setParams] = useSearchParams();
  const today = todayIn(useFormat().timeZone);
  const period = { keywordId: params.get('keyword') ?? '', from: params.get('from') ?? `${today.slice(0, 8)}01`, to: params.get('to') ?? today };
  const change = (next: Partial<KeywordPeriod>) => {
    const merged = { ...period, ...next };
    setParams({ keyword: merged.keywordId, from: merged.from, to: merged.to }, { replace: true });
  };
  return [period, change];
}

/** "Which customers got keyword X between two dates": each customer once, with the days it got it. */
export function KeywordCustomersPage() {
  const { t } = useTranslation();
  const [period, change] = usePeriod();
  const keywords = useListOptions('status-keywords');
  const answer = useKeywordCustomers(period);
  return (
    <>
      <PageHeader title={t('comments.pageTitle')} />
      <p className="field__hint">{t('comments.pageIntro')}</p>
      <div className="keyword-filters">
        <SelectField
          label={t('comments.keyword')}
          value={period.keywordId}
          onChange={(keywordId) => change({ keywordId })}
          emptyLabel={t('comments.chooseKeyword')}
          options={keywords.items.map((k) => ({ value: k.id, label: k.name }))}
        />
        {(['from', 'to'] as const).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`keyword-${key}`}>{t(`comments.${key}`)}</label>
            <DateField id={`keyword-${key}`} value={period[key]} onChange={(day) => change({ [key]: day })} />
          </div>
        ))}
      </div>
      {period.from > period.to && period.to !== '' ? <Alert>{t('comments.periodBackwards')}</Alert> : null}
      {answer.error ? <Alert>{generalMessage(t, answer.error)}</Alert> : null}
      {answer.data && period.keywordId ? <Results items={answer.data.items} busy={answer.isFetching} /> : null}
    </>
  );
}

function Results({ items, busy }: { items: KeywordCustomer[]; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <p role="status">{t('comments.noCustomers')}</p>;
  const columns: Column<KeywordCustomer & { id: string }>[] = [
    {
      key: 'customer',
      header: t('comments.customer'),
      cell: (row) => (
        <Link to={`/customers/${row.customerId}`} dir="auto">
          {row.customerName}
        </Link>
      ),
    },
    { key: 'dates', header: t('comments.dates'), cell: (row) => row.dates.map((d) => format.date(d)).join(', ') },
  ];
  return (
    <>
      <p role="status">{t('comments.found', { count: items.length })}</p>
      <DataTable label={t('comments.pageTitle')} columns={columns} rows={items.map((item) => ({ ...item, id: item.customerId }))} busy={busy} />
    </>
  );
}
