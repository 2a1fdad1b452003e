import { CONFIG_FILE_SOURCE, SETTINGS, type Setting } from './settings.js';

/** Where docs/configuration.md comes from; `npm run docs:config` writes it, a test compares it. */
export const CONFIGURATION_DOC_PATH = 'docs/configuration.md';

const code = (text: string): string => `\`${text}\``;
const plain = (text: string): string => text;

/**
 * The default of a setting as a reader sees it, from the setting's own `default`, derived default
 * or `whenUnset`. `markdown: false` drops the backticks (for `--help`).
 *
 * @example defaultText(portSetting) // '`8080`'
 */
export function defaultText(setting: Setting, { markdown = true }: { markdown?: boolean } = {}): string {
  const quote = markdown ? code : plain;
  const strip = (text: string) => (markdown ? text : text.replaceAll('`', ''));
  if ('whenUnset' in setting) return strip(`unset: ${setting.whenUnset}`);
  if (setting.derivedDefault !== undefined) return strip(setting.derivedDefault.describe);
  const value = setting.default;
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : quote(value.join(', '));
  const shown = quote(String(value));
  if (typeof value === 'number' && setting.unit === 'ms') return `${shown} (${humanDuration(value)})`;
  if (typeof value === 'number' && setting.unit === 'bytes') return `${shown} (${humanBytes(value)})`;
  return shown;
}

function humanDuration(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function humanBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['KiB', 2 ** 10],
  ] as const) {
    if (bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function settingsTable(settings: readonly Setting[]): string {
  const rows = settings.map((setting) =>
    row([
      code(setting.env),
      setting.flag === undefined ? '' : code(`--${setting.flag}`),
      code(setting.path),
      setting.describe,
      defaultText(setting),
    ]),
  );
  const configFile = row([
    code(CONFIG_FILE_SOURCE.env),
    code(`--${CONFIG_FILE_SOURCE.flag}`),
    '',
    'the config file to read (YAML or JSON)',
    'unset: no file',
  ]);
  const header = [row(['Environment', 'Flag', 'Config file key', 'Meaning', 'Default']), '|---|---|---|---|---|'];
  return [...header, ...rows, configFile].join('\n');
}

/**
 * docs/configuration.md: the hand-written explanation around a table generated from `SETTINGS`, so
 * the names and defaults a user reads are the ones the loader uses.
 */
export function renderConfigurationDoc(settings: readonly Setting[] = SETTINGS): string {
  const flags = [...settings.flatMap((setting) => (setting.flag === undefined ? [] : [setting.flag])), 'config'];
  return `<!-- generated from src/config/settings.ts by \`npm run docs:config\`; do not edit -->
# Configuration

clawgate reads its configuration once, at start-up, from four layers; a later layer wins:

1. built-in defaults (the Default column below),
2. a config file (YAML or JSON) given with \`--${CONFIG_FILE_SOURCE.flag} <file>\` or \`${CONFIG_FILE_SOURCE.env}\`,
3. environment variables,
4. command-line flags (${flags.map((flag) => code(`--${flag}`)).join(', ')}).

Every value is validated before anything starts. An invalid value stops start-up with a message
that names the key as you wrote it and says what is allowed, for example:

\`\`\`
clawgate: invalid configuration: PORT: "abc" is not a valid port (integer 0–65535)
clawgate: invalid configuration: log.levle (in clawgate.yaml): is not a known setting (known: …)
\`\`\`

Check a configuration without starting the server (exit code 0 when valid, 1 when not);
\`--print\` also shows the resolved values, secrets redacted:

\`\`\`sh
clawgate config validate --config clawgate.yaml --print
\`\`\`

Empty environment variables count as unset.

## Settings

${settingsTable(settings)}

Booleans accept \`true\`/\`false\`, \`1\`/\`0\`, \`yes\`/\`no\`, \`on\`/\`off\`. Relative paths are resolved
against the working directory.

## Config file

Keys are the \`Config\` field names above, nested by section; unknown keys are errors, so a typo
does not go unnoticed. YAML:

\`\`\`yaml
port: 9000
host: 127.0.0.1
stateDir: /var/lib/clawgate
databaseUrl: postgres://clawgate@db:5432/clawgate
redisUrl: redis://cache:6379
log:
  level: debug
  maxSize: 50m
  maxFiles: 10
http:
  corsOrigins: [https://console.example.com]
  trustProxy: loopback
ws:
  maxConnections: 5000
  connectionTimeoutMs: 60000
\`\`\`

The same as JSON works too (a \`.json\` file is parsed as JSON, anything else as YAML).

## Modes

- **Embedded** (no \`DATABASE_URL\`, no \`REDIS_URL\`): PostgreSQL runs in-process (PGlite) with its
  data in \`<stateDir>/pgdata\`; the bus, counters and rate limits are in-process. One instance.
- **Services** (\`DATABASE_URL\` and \`REDIS_URL\`): PostgreSQL through \`pg\` and Redis through
  \`ioredis\` (one connection for commands, one for pub/sub). Any number of instances may share
  them; migrations are applied at start-up under an advisory lock, so instances may start together.

The same SQL and migrations run in both modes. \`clawgate migrate\` applies pending migrations and
exits; \`clawgate serve\` applies them too before it listens.

## Logs

JSON lines go to \`<stateDir>/logs/\`: files are named \`clawgate-<date>.log[.n]\` and rotate at
\`log.maxSize\`; \`clawgate.log\` is a link to the current one (\`tail -F .clawgate/logs/clawgate.log\`).
Rotated files are gzipped unless \`log.compress\` is off; \`log.maxFiles\` are kept. Every line carries
the request's \`correlationId\` (and \`orgId\` when known). Secrets — \`authorization\`, \`cookie\`,
\`x-api-key\`, api keys, tokens, passwords, secrets, at any depth, and \`Bearer …\` credentials inside
text — are replaced by \`[REDACTED]\`.
`;
}
