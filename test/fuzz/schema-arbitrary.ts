import fc from 'fast-check';
import { nastyNonStrings, nastyStrings } from './nasty';

/**
 * A fast-check arbitrary from the JSON Schema subset the served OpenAPI document uses (object,
 * array, string with uuid/date/date-time formats or a pattern, number, integer, boolean, enum,
 * anyOf). Mostly valid values, so requests reach the services; at every leaf, sometimes a nasty
 * value instead, so each field is also tried with what should be rejected.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

export interface ArbitraryContext {
  /** Ids of records that exist: some generated ids hit real rows. */
  ids: readonly string[];
  /** Only valid values (no nasty leaves, no bad characters): a request that reaches the services. */
  clean?: boolean;
}

const nastyString = fc.constantFrom(...nastyStrings);
const nastyAny: fc.Arbitrary<unknown> = fc.oneof(nastyString, fc.constantFrom(...nastyNonStrings));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A calendar date from year 0 to 9999, leaning towards the edges, today and a day Samoa skipped. */
const dateText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 120 }), fc.constantFrom(1000, 2011, 2026, 9999)),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, 28))}`),
  fc.constantFrom('2011-12-29', '2011-12-30', '2011-12-31', '0001-01-01', '9999-12-31', '2026-03-29', '2026-10-25'),
);

const offset = fc.oneof(
  fc.constant('Z'),
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45)).map(([s, h, m]) => `${s}${pad(h)}:${pad(m)}`),
);
const dateTimeText: fc.Arbitrary<string> = fc
  .tuple(dateText, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean(), offset)
  .map(([date, h, m, ms, off]) => `${date}T${pad(h)}:${pad(m)}:00${ms ? '.123' : ''}${off}`);

function stringArbitrary(schema: JsonSchema, ctx: ArbitraryContext): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return ctx.ids.length > 0 ? fc.oneof(fc.constantFrom(...ctx.ids), fc.uuid()) : fc.uuid();
  if (schema.format === 'date') return dateText;
  if (schema.format === 'date-time') return dateTimeText;
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 60, 60);
  const plain = fc.string({ minLength: Math.max(minLength, 1), maxLength });
  if (ctx.clean) return fc.string({ minLength, maxLength, unit: 'grapheme' });
  return fc.oneof(
    fc.string({ minLength, maxLength, unit: 'grapheme' }),
    fc.string({ minLength, maxLength }),
    fc.string({ minLength, maxLength, unit: 'binary' }),
    // Valid text with one character PostgreSQL or UTF-8 cannot take, anywhere in it.
    fc.tuple(plain, fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\u202E'), fc.nat()).map(([text, bad, at]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + bad + text.slice(i);
    }),
  );
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? -1e9;
  const max = schema.maximum ?? 1e9;
  const edges = fc.constantFrom(min, max);
  return integer ? fc.oneof(fc.integer({ min, max }), edges) : fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), edges);
}

function objectArbitrary(schema: JsonSchema, ctx: ArbitraryContext): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) model[name] = arbitraryFor(property, ctx);
  const record = fc.record(model, { requiredKeys: schema.required ?? [] });
  if (ctx.clean) return record;
  // An unknown extra key now and then: it must be ignored or rejected, never break anything.
  return fc.oneof(
    { weight: 9, arbitrary: record },
    { weight: 1, arbitrary: fc.tuple(record, fc.string(), nastyAny).map(([r, k, v]) => ({ ...(r as object), [k]: v })) },
  );
}

/** Valid-looking values for a schema; each leaf is nasty one time in `nastyOneIn`. */
export function arbitraryFor(schema: JsonSchema, ctx: ArbitraryContext, nastyOneIn = 8): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema, ctx);
  if (ctx.clean) return valid;
  if (schema.type === 'object' || (schema.properties && !schema.type))
    return fc.oneof({ weight: nastyOneIn * 3, arbitrary: valid }, { weight: 1, arbitrary: nastyAny });
  return fc.oneof({ weight: nastyOneIn - 1, arbitrary: valid }, { weight: 1, arbitrary: nastyAny });
}

function validArbitrary(schema: JsonSchema, ctx: ArbitraryContext): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => arbitraryFor(s, ctx)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      return stringArbitrary(schema, ctx);
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}, ctx), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 5, 5) });
    case 'object':
      return objectArbitrary(schema, ctx);
    default:
      return schema.properties ? objectArbitrary(schema, ctx) : nastyAny;
  }
}

/** A valid value with a character PostgreSQL or UTF-8 cannot take put into it, if it is text. */
function withBadCharacter(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.constantFrom('\u0000', '\uD800', '\uDFFF'), fc.nat()).map(([value, bad, at]) => {
    if (typeof value !== 'string') return value;
    const i = at % (value.length + 1);
    return value.slice(0, i) + bad + value.slice(i);
  });
}

/**
 * Valid values for an object's properties with exactly one of them nasty (or with a bad
 * character inside): a request that gets past every other check and tries one field's limits.
 */
export function oneFieldNasty(
  schema: JsonSchema,
  ctx: ArbitraryContext,
  clean = validArbitrary(schema, { ...ctx, clean: true }) as fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(schema.properties ?? {});
  if (names.length === 0) return clean;
  return fc.tuple(clean, fc.constantFrom(...names)).chain(([values, name]) => {
    const property = schema.properties![name];
    const bad = fc.oneof(arbitraryFor(property, { ...ctx, clean: false }, 2), withBadCharacter(validArbitrary(property, { ...ctx, clean: true })));
    return bad.map((value) => ({ ...values, [name]: value }));
  });
}

/** A query or path value is text: non-strings are sent as their JSON (or repeated keys for arrays). */
export function asParameter(value: unknown): string | string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? '')));
  return JSON.stringify(value) ?? '';
}

/**
 * Percent-encodes any JavaScript string, lone surrogates included (as the bytes a lenient
 * encoder would send), so that invalid text reaches the server instead of failing in the test.
 */
export function encodeLoose(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}
