/** Where the app shows an activity, a customer and a contact. */
export const activityHref = (id: string) => `/activities/${id}`;
export const customerHref = (id: string) => `/customers/${id}`;
/** A contact is shown on its customer's page (its activities in the contact's timeline there). */
export const contactHref = (customerId: string, contactId: string) => `/customers/${customerId}?contact=${contactId}`;

/** A note's first words, on one line. */
export function excerpt(text: string | null, length = 80): string {
  if (!text) return '';
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1).trimEnd()}…` : line;
}
