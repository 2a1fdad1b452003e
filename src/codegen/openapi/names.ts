/** Identifier helpers: any string from a spec becomes a safe, stable TypeScript name. */

const RESERVED = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'let',
  'static',
  'implements',
  'interface',
  'package',
  'private',
  'protected',
  'public',
  'await',
  'constructor',
]);

/** Splits on anything that is not a letter or digit and on camelCase boundaries. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

export function pascalCase(text: string): string {
  const result = words(text)
    .map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase())
    .join('');
  return /^[0-9]/.test(result) ? `_${result}` : result;
}

/** camelCase identifier; reserved words get a trailing underscore. */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  if (pascal === '') return '_';
  const result = pascal.startsWith('_') ? pascal : pascal[0]!.toLowerCase() + pascal.slice(1);
  return RESERVED.has(result) ? `${result}_` : result;
}

/** A property key as written in TypeScript source: bare when it is an identifier, else quoted. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/**
 * A stable name for an operation without operationId, from its method and path:
 * `get /pets/{petId}/photos` → `getPetsByPetIdPhotos`, `get /` → `getRoot`.
 */
export function deriveOperationName(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.replace(/\{([^}]+)\}/g, ' by $1 '));
  return camelCase([method, ...(parts.length > 0 ? parts : ['root'])].join(' '));
}

/** Name of the REST client class: `clawgate API` → `ClawgateClient`, `Swagger Petstore` → `SwaggerPetstoreClient`. */
export function clientClassName(title: string): string {
  const kept = words(title);
  while (kept.length > 0 && /^(api|apis|client|sdk|service)$/i.test(kept[kept.length - 1]!)) kept.pop();
  const base = pascalCase(kept.join(' '));
  // A title starting with a digit gets a prefix: `3D printing` → `Api3DPrintingClient`.
  return `${base === '' || base.startsWith('_') ? `Api${base.replace(/^_/, '')}` : base}Client`;
}

/** Makes names unique in order of first use: a second `getPets` becomes `getPets2`. */
export function uniqueNames(): (name: string) => string {
  const used = new Set<string>();
  return (name) => {
    let candidate = name;
    for (let index = 2; used.has(candidate.toLowerCase()); index += 1) candidate = `${name}${index}`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

/** An operationId kept as it is when it already is a usable identifier, else sanitised. */
export function operationName(operationId: string): string {
  // Reserved words are fine as method and property names; only these two are not.
  const usable =
    /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(operationId) && operationId !== 'constructor' && operationId !== '__proto__';
  return usable ? operationId : camelCase(operationId);
}

/** `getOrg` → `GetOrg` (for type names built from an operation name). */
export function typeNameOf(name: string): string {
  const trimmed = name.replace(/_+$/, '');
  return trimmed[0] === '_' || trimmed[0] === '$' ? `Op${trimmed}` : trimmed[0]!.toUpperCase() + trimmed.slice(1);
}
