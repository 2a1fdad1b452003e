/**
 * Naming helpers shared by every component: turn spec identifiers (channel ids, message ids,
 * schema names) into valid, collision-free TypeScript identifiers, deterministically.
 */

const RESERVED = new Set([
  'Array',
  'Boolean',
  'Date',
  'Error',
  'Function',
  'Map',
  'Number',
  'Object',
  'Promise',
  'Record',
  'RegExp',
  'Set',
  'String',
  'Symbol',
  'Partial',
  'Required',
  'Readonly',
  'Pick',
  'Omit',
  'Exclude',
  'Extract',
  'Uint8Array',
  'Buffer',
  'JSON',
  'Math',
  'M',
  'ValidationResult',
  'ValidationIssue',
]);

/** `api.deployed`, `gateway-events`, `<anonymous-schema-3>` → `ApiDeployed`, `GatewayEvents`, `AnonymousSchema3`. */
export function pascalCase(raw) {
  const words = String(raw)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  let name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  if (!name) name = 'Unnamed';
  if (/^[0-9]/.test(name)) name = `T${name}`;
  return name;
}

export function camelCase(raw) {
  const p = pascalCase(raw);
  return p[0].toLowerCase() + p.slice(1);
}

/** Hands out unique names in call order, so the same spec always yields the same names. */
export class NameRegistry {
  constructor() {
    this.taken = new Set(RESERVED);
  }

  claim(wanted, fallbackSuffix = 'Type') {
    let name = wanted;
    if (this.taken.has(name)) name = `${wanted}${fallbackSuffix}`;
    let n = 2;
    while (this.taken.has(name)) name = `${wanted}${fallbackSuffix}${n++}`;
    this.taken.add(name);
    return name;
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key as it must appear in a TS type or object literal. */
export function propertyKey(key) {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

/** A JSDoc block for `text`, indented, or '' when there is nothing to say. */
export function jsDoc(text, indent = '', extra = []) {
  const lines = [];
  if (typeof text === 'string' && text.trim()) lines.push(...text.trim().split('\n'));
  lines.push(...extra);
  if (lines.length === 0) return '';
  const safe = lines.map((l) => l.replace(/\*\//g, '*\\/').trimEnd());
  if (safe.length === 1) return `${indent}/** ${safe[0]} */\n`;
  return `${indent}/**\n${safe.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}
