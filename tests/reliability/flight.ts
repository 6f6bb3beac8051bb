// Reads the value a server action returned out of Next's response to a fetch action: a
// React Flight stream. The reliability tests call actions over plain HTTP, as a script or
// an attacker would, so they need the ActionState without React's client runtime.
//
// A stream is a series of rows `<hex id>:<payload>`. Most payloads are JSON ended by a
// newline; some (text and binary chunks) carry a hex byte length instead and no newline,
// so the stream is read as bytes. Row 0 is the root; for an action it is
// `{"a": <result>, ...}`, where the result is usually a reference to another row.

export type FlightRow = { tag: string; bytes: Buffer };

/** Row tags followed by `<hex length>,` and that many bytes (React's client, processBinaryChunk). */
const LENGTH_PREFIXED = new Set('TAOobUSsLlGgMmV'.split('').map((c) => c.charCodeAt(0)));

function isTagByte(byte: number): boolean {
  // Upper-case letters, '#', 'r' and 'x' mark tagged rows ended by a newline.
  return (byte > 64 && byte < 91) || byte === 35 || byte === 114 || byte === 120;
}

export class FlightFormatError extends Error {}

/** Thrown when the action's result is an error row (the action threw). */
export class FlightErrorRow extends Error {
  constructor(readonly details: unknown) {
    super(`the action threw: ${JSON.stringify(details)}`);
  }
}

export function parseFlightRows(body: Buffer): Map<string, FlightRow> {
  const rows = new Map<string, FlightRow>();
  let i = 0;
  while (i < body.length) {
    if (body[i] === 0x0a) {
      i++;
      continue;
    }
    const colon = body.indexOf(0x3a, i);
    if (colon < 0) throw new FlightFormatError(`row without an id at byte ${i}`);
    const id = body.toString('latin1', i, colon);
    if (!/^[0-9a-f]*$/.test(id)) throw new FlightFormatError(`row id "${id.slice(0, 20)}" is not hexadecimal (byte ${i})`);
    const tagByte = body[colon + 1] ?? 0x0a;
    if (LENGTH_PREFIXED.has(tagByte)) {
      const comma = body.indexOf(0x2c, colon + 2);
      if (comma < 0) throw new FlightFormatError(`row ${id} has no length`);
      const length = Number.parseInt(body.toString('latin1', colon + 2, comma), 16);
      if (!Number.isFinite(length) || comma + 1 + length > body.length) throw new FlightFormatError(`row ${id} is cut short`);
      rows.set(id, { tag: String.fromCharCode(tagByte), bytes: body.subarray(comma + 1, comma + 1 + length) });
      i = comma + 1 + length;
    } else {
      const newline = body.indexOf(0x0a, colon + 1);
      const end = newline < 0 ? body.length : newline;
      const tagged = isTagByte(tagByte);
      rows.set(id, { tag: tagged ? String.fromCharCode(tagByte) : '', bytes: body.subarray(colon + (tagged ? 2 : 1), end) });
      i = end + 1;
    }
  }
  return rows;
}

function resolveValue(value: unknown, rows: Map<string, FlightRow>, depth: number): unknown {
  if (depth > 50) throw new FlightFormatError('references nest too deeply');
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, rows, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const resolved = resolveValue(v, rows, depth + 1);
      if (resolved !== undefined) out[key] = resolved;
    }
    return out;
  }
  if (typeof value !== 'string' || !value.startsWith('$')) return value;
  if (value.startsWith('$$')) return value.slice(1);
  switch (value) {
    case '$undefined':
      return undefined;
    case '$NaN':
      return Number.NaN;
    case '$Infinity':
      return Number.POSITIVE_INFINITY;
    case '$-Infinity':
      return Number.NEGATIVE_INFINITY;
    case '$-0':
      return -0;
  }
  if (value.startsWith('$D')) return value.slice(2);
  if (value.startsWith('$n')) return BigInt(value.slice(2));
  // `$<id>` is a row, `$@<id>` a promise resolved by a row; either may end in `:key:key`.
  const reference = /^\$@?([0-9a-f]+)((?::[^:]+)*)$/.exec(value);
  if (!reference) throw new FlightFormatError(`unsupported Flight reference ${value.slice(0, 40)}`);
  const row = rows.get(reference[1]!);
  if (!row) throw new FlightFormatError(`reference ${value} points at a missing row`);
  let target: unknown;
  if (row.tag === 'T') target = row.bytes.toString('utf8');
  else if (row.tag === 'E') throw new FlightErrorRow(JSON.parse(row.bytes.toString('utf8')));
  else if (row.tag === '') target = JSON.parse(row.bytes.toString('utf8'));
  else throw new FlightFormatError(`reference ${value} points at a row tagged ${row.tag}`);
  for (const key of reference[2]!.split(':').slice(1)) {
    target = (target as Record<string, unknown> | null)?.[key];
  }
  return resolveValue(target, rows, depth + 1);
}

/** The value the action returned, with every reference resolved. */
export function actionResultFromFlight(body: Buffer): unknown {
  const rows = parseFlightRows(body);
  const root = rows.get('0');
  if (!root || root.tag !== '') throw new FlightFormatError('the response has no root row');
  const parsed = JSON.parse(root.bytes.toString('utf8')) as { a?: unknown };
  if (!('a' in parsed)) throw new FlightFormatError('the root row carries no action result (field "a")');
  return resolveValue(parsed.a, rows, 0);
}
