import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { type ArbitraryContext, type JsonSchema, arbitraryFor, asParameter, encodeLoose, oneFieldNasty } from './schema-arbitrary';
import { nastyStrings } from './nasty';

/** One operation of the served OpenAPI document. */
export interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema: JsonSchema }[];
  body: JsonSchema | null;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>>;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return operations;
}

/** A request before it is sent: who sends it is an index into the callers. */
export interface FuzzRequest {
  caller: number;
  method: string;
  url: string;
  payload?: string;
  contentType?: string;
}

/** Ways to send a body that is not what the route expects: Fastify's own answers must be in the error format too. */
const rawBodies: readonly { payload: string; contentType?: string }[] = [
  { payload: '{"name":', contentType: 'application/json' },
  { payload: '', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '"text"', contentType: 'application/json' },
  { payload: '[1,2]', contentType: 'application/json' },
  { payload: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}', contentType: 'application/json' },
  { payload: 'name=x', contentType: 'application/x-www-form-urlencoded' },
  { payload: 'plain text', contentType: 'text/plain' },
  { payload: '{}', contentType: 'application/json; charset=utf-16' },
  { payload: '{}', contentType: 'application/json; charset=' },
  { payload: '{}', contentType: 'application/' },
  { payload: '{}', contentType: ';;;' },
  { payload: '{}', contentType: 'multipart/form-data; boundary=x' },
  { payload: '<a/>', contentType: 'application/xml' },
  { payload: `{"name":"${'x'.repeat(1024 * 1024 + 10)}"}`, contentType: 'application/json' },
];

const collectionOf = (path: string, param: string) => {
  if (param === 'userId') return 'userId';
  const segments = path.split('/');
  return segments[segments.indexOf(`{${param}}`) - 1];
};

function pathValue(op: Operation, name: string, idsByCollection: Map<string, string[]>): fc.Arbitrary<string> {
  const real = idsByCollection.get(collectionOf(op.path, name)) ?? [];
  const options: fc.Arbitrary<string>[] = [fc.uuid(), fc.constantFrom(...nastyStrings), fc.string({ maxLength: 40 })];
  if (real.length > 0) options.unshift(fc.constantFrom(...real), fc.constantFrom(...real));
  return fc.oneof(...options);
}

function queryString(entries: [string, string | string[] | undefined][]): string {
  const parts: string[] = [];
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) parts.push(`${encodeLoose(name)}=${encodeLoose(v)}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * A valid query uses a few filters at a time (each one that fails stops the request before the
 * database) and no cursor: a valid one cannot be made up; made-up ones come as the nasty field.
 */
function cleanQueryArbitrary(schema: JsonSchema, ctx: ArbitraryContext): fc.Arbitrary<Record<string, unknown>> {
  const required = schema.required ?? [];
  const optional = Object.keys(schema.properties ?? {}).filter((name) => !required.includes(name) && name !== 'cursor');
  return fc.subarray(optional, { maxLength: Math.min(3, optional.length) }).chain((chosen) => {
    const names = [...required, ...chosen];
    const picked: JsonSchema = { type: 'object', properties: Object.fromEntries(names.map((n) => [n, schema.properties![n]])), required: names };
    return arbitraryFor(picked, { ...ctx, clean: true }) as fc.Arbitrary<Record<string, unknown>>;
  });
}

/** Half the requests as the first caller (the admin, who may do most), the rest spread over the others. */
const callerArbitrary = (callers: number) =>
  fc.oneof({ weight: callers - 1, arbitrary: fc.constant(0) }, { weight: callers - 1, arbitrary: fc.integer({ min: 1, max: Math.max(1, callers - 1) }) });

/** Requests for one operation: path ids real, random or garbage; query and body from the schemas, with nasty values mixed in. */
export function requestArbitrary(op: Operation, ctx: ArbitraryContext, idsByCollection: Map<string, string[]>, callers: number): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const pathArb = fc.tuple(...pathParams.map((p) => pathValue(op, p.name, idsByCollection)));
  const querySchema: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema])),
    required: queryParams.filter((p) => p.required).map((p) => p.name),
  };
  const cleanQuery = cleanQueryArbitrary(querySchema, ctx);
  const queryArb = fc.oneof(
    oneFieldNasty(querySchema, ctx, cleanQuery),
    oneFieldNasty(querySchema, ctx, cleanQuery),
    cleanQuery,
    arbitraryFor(querySchema, ctx),
  ) as fc.Arbitrary<Record<string, unknown>>;
  const jsonBody = op.body
    ? fc.oneof(oneFieldNasty(op.body, ctx), oneFieldNasty(op.body, ctx), arbitraryFor(op.body, { ...ctx, clean: true }), arbitraryFor(op.body, ctx))
    : fc.constant(undefined);
  const bodyArb: fc.Arbitrary<{ payload?: string; contentType?: string }> = fc.oneof(
    { weight: 12, arbitrary: jsonBody.map((body) => (body === undefined ? {} : { payload: JSON.stringify(body), contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.constantFrom(...rawBodies) },
  );
  return fc.record({ caller: callerArbitrary(callers), pathValues: pathArb, query: queryArb, body: bodyArb }).map(({ caller, pathValues, query, body }) => {
    let path = op.path;
    pathParams.forEach((p, i) => {
      path = path.replace(`{${p.name}}`, encodeLoose(pathValues[i]));
    });
    const url = path + queryString(Object.entries(typeof query === 'object' && query !== null ? query : {}).map(([name, value]) => [name, asParameter(value)]));
    return { caller, method: op.method, url, ...body };
  });
}

/**
 * Fuzzed requests come from an address of their own (TEST-NET-2): the sign-in throttle it earns
 * with its failed sign-ins must not stop the suite from signing its admin in again.
 */
const FUZZ_ADDRESS = '198.51.100.7';

export function injectOptions(request: FuzzRequest, headers: Record<string, string>): InjectOptions {
  const all = { ...headers, ...(request.contentType ? { 'content-type': request.contentType } : {}) };
  return {
    method: request.method as InjectOptions['method'],
    url: request.url,
    headers: all,
    remoteAddress: FUZZ_ADDRESS,
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  };
}

/** For a failure report: the request without its megabytes. */
export function describe(request: FuzzRequest, caller: string): string {
  const cut = (s: string) => {
    const short = s.replace(/(.)\1{20,}/g, (run) => `${run[0].repeat(3)}…(${run.length})`);
    return short.length > 300 ? `${short.slice(0, 300)}…(${s.length} chars)` : short;
  };
  return `${caller} ${request.method} ${cut(request.url)}${request.payload !== undefined ? ` ${request.contentType ?? ''} ${cut(JSON.stringify(request.payload))}` : ''}`;
}
