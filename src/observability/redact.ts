/** What replaces a secret in logs. */
export const REDACTED = '[REDACTED]';

/** Keys whose values are secrets, compared lower-case without `-` and `_`. */
const SECRET_KEYS = new Set([
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'xapikey',
  'apikey',
  'token',
  'password',
  'passwd',
  'secret',
  'clientsecret',
  'privatekey',
  'keyhash',
]);
/** Suffixes that mark a secret too: accessToken, refresh_token, adminToken, dbPassword, jwtSecret, gatewayApiKey… */
const SECRET_SUFFIXES = ['token', 'password', 'secret', 'apikey'];

/** `Bearer abc…` / `Basic abc…` inside free text. */
const CREDENTIAL_IN_TEXT = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

export function isSecretKey(key: string): boolean {
  const normalized = key.toLowerCase().replace(/[-_]/g, '');
  return SECRET_KEYS.has(normalized) || SECRET_SUFFIXES.some((suffix) => normalized.endsWith(suffix));
}

/** Replaces credentials that appear in free text (`Authorization: Bearer …` pasted into a message). */
export function redactText(text: string): string {
  return text.replace(CREDENTIAL_IN_TEXT, `$1 ${REDACTED}`);
}

/**
 * A copy of `value` with every secret replaced by `[REDACTED]`: values under secret keys at any
 * depth, and bearer/basic credentials inside strings. Never mutates its input; cycles are cut.
 */
export function redact(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, seen));
  if (value instanceof Error) {
    const copy: Record<string, unknown> = { name: value.name, message: redactText(value.message) };
    if (value.stack !== undefined) copy.stack = redactText(value.stack);
    for (const [key, item] of Object.entries(value)) copy[key] = isSecretKey(key) ? REDACTED : redact(item, seen);
    return copy;
  }
  if (value instanceof Date || Buffer.isBuffer(value)) return value;
  const copy: Record<string | symbol, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = isSecretKey(key) ? REDACTED : redact(item, seen);
  // winston keeps its level and formatted message under symbols; carry them over untouched.
  for (const symbol of Object.getOwnPropertySymbols(value)) copy[symbol] = (value as Record<symbol, unknown>)[symbol];
  return copy;
}
