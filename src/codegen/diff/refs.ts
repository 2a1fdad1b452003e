/**
 * A lazy resolver for local JSON references (`$ref: '#/components/schemas/X'`). Lazy, so
 * recursive schemas need no special handling here: callers guard their own recursion.
 * External references (other files, URLs) are not followed; they raise a clear error.
 */
export interface Resolved {
  node: unknown;
  /** last path segment of the last `$ref` followed, e.g. `Gateway` */
  refName?: string;
  /** the last `$ref` followed, e.g. `#/components/schemas/Gateway` */
  ref?: string;
}

export type Resolver = (node: unknown) => Resolved;

const MAX_REF_CHAIN = 64;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a JSON pointer (`#/a/b~1c`) inside `doc`; `undefined` when absent. */
export function readPointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`external $ref is not supported: ${ref}`);
  const pointer = ref.slice(1);
  if (pointer === '') return doc;
  let current: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isRecord(current)) current = current[key];
    else return undefined;
  }
  return current;
}

/** Builds a resolver for one document. */
export function createResolver(doc: unknown): Resolver {
  return (node) => {
    let current = node;
    let ref: string | undefined;
    for (let hops = 0; isRecord(current) && typeof current.$ref === 'string'; hops++) {
      if (hops >= MAX_REF_CHAIN) throw new Error(`$ref chain too long or circular at ${current.$ref}`);
      ref = current.$ref;
      const target = readPointer(doc, ref);
      if (target === undefined) throw new Error(`unresolved $ref: ${ref}`);
      current = target;
    }
    if (ref === undefined) return { node: current };
    return { node: current, ref, refName: ref.slice(ref.lastIndexOf('/') + 1) };
  };
}
