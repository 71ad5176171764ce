import { Column, is, SQL, Subquery } from 'drizzle-orm';

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

/** What Drizzle's prepared query holds to map its rows (drizzle-orm 0.45, node-postgres). */
interface MappedPrepared {
  fields?: { path: string[]; field: unknown }[];
  customResultMapper?: (rows: unknown[][]) => unknown;
}

/** The decoder Drizzle's mapResultRow would find for a selected field. */
function decoderOf(field: unknown): Decoder {
  if (is(field, Column)) return field as unknown as Decoder;
  if (is(field, SQL)) return (field as unknown as { decoder: Decoder }).decoder;
  if (is(field, Subquery)) return (field as unknown as { _: { sql: { decoder: Decoder } } })._.sql.decoder;
  return (field as { sql: { decoder: Decoder } }).sql.decoder;
}

/**
 * Maps a flat select's rows (every field at the top level, as Tend's selects are) with each
 * column's decoder found once per statement: Drizzle's own mapping asks every field of every row
 * what kind of field it is, a walk up its prototypes each time, and a page of 50 activities spent
 * half a millisecond there, more than decoding the answer from the wire. Rows come out as Drizzle's
 * would (same keys, same order, same decoding); a nested selection keeps Drizzle's mapping.
 * Returns whether the statement maps its rows this way.
 */
export function mapFlatRows(prepared: unknown): boolean {
  const inside = prepared as MappedPrepared;
  const fields = inside.fields;
  if (!Array.isArray(fields) || inside.customResultMapper || fields.some((f) => f.path.length !== 1)) return false;
  const keys = fields.map((f) => f.path[0]);
  const decoders = fields.map((f) => decoderOf(f.field));
  inside.customResultMapper = (rows) =>
    rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const raw = row[i];
        out[keys[i]] = raw === null ? null : decoders[i].mapFromDriverValue(raw);
      }
      return out;
    });
  return true;
}
