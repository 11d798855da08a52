import fc from 'fast-check';

/** Keys that reach an object's prototype when code copies properties carelessly. */
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** An object whose own key is `__proto__` (as JSON.parse makes it), not one whose prototype changed. */
function withOwnKey(key: string, value: unknown): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { content: value };
  return value;
}

/** Values no door should ever be sent, and that a careless parser or handler chokes on. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.constantFrom(
    null,
    undefined,
    '',
    ' ',
    '\u0000',
    '../../../../etc/passwd',
    'x'.repeat(300_000),
    'é'.repeat(60_000),
    '\ud800',
    -1,
    0,
    2 ** 53,
    -(2 ** 31),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e308,
    0.5,
    true,
    [],
    {},
    Array.from({ length: 10_000 }, () => 0),
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ),
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.constantFrom(...POLLUTING_KEYS).chain((key) => fc.anything({ maxDepth: 1 }).map((value) => withOwnKey(key, value))),
  fc.record({ depth: fc.constantFrom(50, 1_000, 20_000), asArray: fc.boolean() }).map(({ depth, asArray }) => nested(depth, 'deep', asArray)),
);

type Path = Array<string | number>;

/** Every place in a JSON-like value where something could be replaced. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  }
  return paths;
}

type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'wrap' }
  | { kind: 'stringify' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: hostileValue.map((value) => ({ kind: 'replace', value }) as const) },
  fc.constant({ kind: 'delete' } as const),
  fc
    .record({ key: fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string({ maxLength: 12 })), value: hostileValue })
    .map(({ key, value }) => ({ kind: 'add', key, value }) as const),
  fc.constant({ kind: 'wrap' } as const),
  fc.constant({ kind: 'stringify' } as const),
);

/** A copy of `value` with one mutation applied at `path`. */
function apply(value: unknown, path: Path, change: Mutation): unknown {
  if (path.length === 0) return changed(value, change);
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && change.kind === 'delete') copy.splice(head as number, 1);
    else copy[head as number] = apply(copy[head as number], rest, change);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && change.kind === 'delete') delete copy[head as string];
  else copy[head as string] = apply(copy[head as string], rest, change);
  return copy;
}

function changed(value: unknown, change: Mutation): unknown {
  switch (change.kind) {
    case 'replace':
      return change.value;
    case 'delete':
      return undefined;
    case 'add':
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return withOwnKey(change.key, change.value);
      return { ...(value as Record<string, unknown>), ...withOwnKey(change.key, change.value) };
    case 'wrap':
      return [value];
    case 'stringify':
      return asText(value);
  }
}

/** The value as a string, as a client that serialised it twice would send it. */
function asText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    // BigInts and very deep values do not serialise; a string of some kind is all that matters.
    return '[unserialisable]';
  }
}

/** One to three mutations of a valid request: close enough to pass some checks, wrong enough to test the rest. */
export function mutationsOf(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const step = fc.record({ at: fc.nat({ max: paths.length - 1 }), change: mutation });
  return fc.array(step, { minLength: 1, maxLength: 3 }).map((steps) => {
    let value = valid;
    for (const { at, change } of steps) {
      // Paths are of the valid request; after an earlier change one may no longer exist.
      const path = paths[at] ?? [];
      value = exists(value, path) ? apply(value, path, change) : changed(value, change);
    }
    return value;
  });
}

function exists(value: unknown, path: Path): boolean {
  let here = value;
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, key)) return false;
    here = (here as Record<string | number, unknown>)[key];
  }
  return true;
}
