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

interface SessionClass {
  prototype: { prepareQuery(...args: never[]): unknown };
}
const patched = new WeakSet<object>();

/**
 * Every statement a Drizzle session prepares (each select and RETURNING, not only the named ones)
 * maps its rows with mapFlatRows. Patched on the session class once, at start: the calendar's week of
 * ten users spent as long in Drizzle's row mapping as in building its answer.
 */
export function mapFlatRowsIn(session: SessionClass): void {
  const proto = session.prototype;
  if (patched.has(proto)) return;
  patched.add(proto);
  const prepareQuery = proto.prepareQuery;
  proto.prepareQuery = function (this: unknown, ...args: never[]) {
    const prepared = prepareQuery.apply(this, args);
    mapFlatRows(prepared);
    return prepared;
  };
}
