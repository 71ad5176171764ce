import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Activity } from '../../../shared/activities';
import type { Customer } from '../../../shared/customers';
import { client, unwrap } from '../../api';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { SelectField } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { activityHref } from '../activities/links';
import { useListOptions } from '../settings/pickers/useListOptions';
import { useShortDates } from '../todo/useShortDates';
import './tasks.css';

interface Added {
  product: string;
  tasks: Activity[];
}

/** Sends the product to the customer and marks everything its tasks show up in as stale. */
function useAddProduct(customerId: string) {
  const queryClient = useQueryClient();
  return async (productId: string) => {
    const answer = await unwrap(client.POST('/api/v1/customers/{id}/products', { params: { path: { id: customerId } }, body: { productId } }));
    // The customer's products and work areas, its timeline, the to-do, the work-area tabs and the calendar.
    await Promise.all(
      [['customers', 'one', customerId], ['activities'], ['todo'], ['work-areas'], ['calendar']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
    return answer.tasks;
  };
}

/**
 * "Add product" on a customer page: creates the tasks of the product's active templates at once (the
 * server does it in one transaction) and lists what was created, each task linked with its due date.
 */
export function AddProductPanel({ customer }: { customer: Pick<Customer, 'id' | 'productIds'> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const products = useListOptions('products').items.filter((product) => product.active);
  const [productId, setProductId] = useState('');
  const [added, setAdded] = useState<Added | null>(null);
  const action = useSubmit();
  const add = useAddProduct(customer.id);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!productId) return;
    const product = products.find((item) => item.id === productId)?.name ?? '';
    const tasks = await action.run(() => add(productId));
    if (tasks) {
      setAdded({ product, tasks });
      setProductId('');
    }
  };
  if (products.length === 0) return null;
  return (
    <section className="card add-product" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tasks.addProduct.title')}</h2>
      <form className="add-product__form" onSubmit={submit} aria-label={t('tasks.addProduct.title')}>
        <SelectField
          label={t('tasks.addProduct.product')}
          value={productId}
          onChange={setProductId}
          emptyLabel={t('tasks.addProduct.choose')}
          options={products.map((product) => ({
            value: product.id,
            label: customer.productIds.includes(product.id) ? t('tasks.addProduct.has', { name: product.name }) : product.name,
          }))}
          required
        />
        <button type="submit" className="button button--primary" disabled={action.busy || !productId}>
          {action.busy ? t('common.saving') : t('tasks.addProduct.add')}
        </button>
      </form>
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      {added ? <CreatedTasks added={added} /> : null}
    </section>
  );
}

/** What adding the product created: each task with its due date, linked to its page. */
function CreatedTasks({ added }: { added: Added }) {
  const { t } = useTranslation();
  const dates = useShortDates();
  return (
    <div role="status" className="add-product__created">
      <p>{t('tasks.addProduct.created', { count: added.tasks.length, product: added.product })}</p>
      {added.tasks.length > 0 ? (
        <ul aria-label={t('tasks.addProduct.createdList')}>
          {added.tasks.map((task) => (
            <li key={task.id}>
              <Link to={activityHref(task.id)} dir="auto">
                {task.subject}
              </Link>{' '}
              <span className="muted nowrap">{dates.when(task.scheduledAt, task.allDay)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
