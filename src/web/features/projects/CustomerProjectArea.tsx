import type { Customer } from '../../../shared/customers';
import { CustomerProjects } from './CustomerProjects';
import { TemplateActions } from './TemplateActions';

/** What issue 17 adds to the customer page: the template switch and export, and the project tree. */
export function CustomerProjectArea({ customer, readOnly }: { customer: Customer; readOnly: boolean }) {
  return (
    <>
      <TemplateActions customer={customer} readOnly={readOnly} />
      <CustomerProjects customerId={customer.id} readOnly={readOnly} />
    </>
  );
}
