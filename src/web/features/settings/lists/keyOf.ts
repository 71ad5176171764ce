/** A key from a name, for new items that need one ("Key account" → "key_account"); the admin can change it before saving. */
export function keyOf(name: string): string {
  const key = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);
  return key || `item_${Date.now().toString(36)}`;
}
