import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { ConfigError } from '../config/config-error.js';
import { CONFIG_FILE_SOURCE, defaultText, SETTINGS, type SettingFlag } from '../config/index.js';
import { loadConfig, type ConfigFlags } from '../config/load.js';
import type { Config } from '../config/types.js';
import { redact } from '../observability/redact.js';
import { createDatabase } from '../store/create-database.js';
import { migrate } from '../store/migrate.js';
import { versionInfo } from '../version.js';
import { createContractTestCommand } from '../../contract-tests/command.js';

/** Where the CLI writes; tests and embedders can capture it. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

type FlagName = typeof CONFIG_FILE_SOURCE.flag | SettingFlag;

/** `(env PORT, default 8080)`, from the setting the flag sets. */
function fromSetting(flag: SettingFlag): string {
  const setting = SETTINGS.find((candidate) => candidate.flag === flag);
  return setting === undefined ? '' : `(env ${setting.env}, default ${defaultText(setting, { markdown: false })})`;
}

const FLAG_OPTIONS: Record<FlagName, () => Option> = {
  config: () => new Option('-c, --config <file>', `config file, YAML or JSON (env ${CONFIG_FILE_SOURCE.env})`),
  port: () => new Option('-p, --port <port>', `listen port, 0 = any free port ${fromSetting('port')}`),
  host: () => new Option('--host <address>', `listen address ${fromSetting('host')}`),
  'state-dir': () =>
    new Option('--state-dir <dir>', `embedded database, logs and generated admin token ${fromSetting('state-dir')}`),
  'log-level': () => new Option('--log-level <level>', `error, warn, info, http or debug ${fromSetting('log-level')}`),
};

function withConfigFlags(command: Command, flags: readonly FlagName[]): Command {
  for (const flag of flags) command.addOption(FLAG_OPTIONS[flag]());
  return command;
}

/** Loads the configuration with the command's flags on top; a ConfigError is printed and becomes exit code 1. */
function configFrom(options: ConfigFlags, env: NodeJS.ProcessEnv | undefined, io: CliIo): Config | undefined {
  try {
    // Without an explicit env, loadConfig reads process.env itself (only src/config/ does).
    return loadConfig(env === undefined ? { flags: options } : { flags: options, env });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.err(`clawgate: invalid configuration: ${err.message}`);
    process.exitCode = 1;
    return undefined;
  }
}

/** The configuration as `config validate --print` shows it: secrets and URL passwords hidden. */
function printable(config: Config): unknown {
  const hidePassword = (url: string | undefined) => {
    if (url === undefined) return undefined;
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = 'REDACTED';
    return parsed.toString();
  };
  return redact({ ...config, databaseUrl: hidePassword(config.databaseUrl), redisUrl: hidePassword(config.redisUrl) });
}

/** Builds the `clawgate` program. Each action sets `process.exitCode` rather than exiting. */
export function createProgram(options: { env?: NodeJS.ProcessEnv; io?: CliIo } = {}): Command {
  const env = options.env;
  const io = options.io ?? defaultIo;
  const program = new Command('clawgate')
    .description(
      'Contract-first gateway platform: REST and WebSocket server driven by OpenAPI 3.1 and AsyncAPI 3.0 specs.',
    )
    .version(versionInfo().version, '-V, --version', 'print the version number')
    .showHelpAfterError()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) });

  withConfigFlags(program.command('serve'), ['config', 'port', 'host', 'state-dir', 'log-level'])
    .description(
      'start the server: load and validate the configuration, migrate, listen; SIGTERM/SIGINT shut it down gracefully',
    )
    .action(async (flags: ConfigFlags) => {
      const config = configFrom(flags, env, io);
      if (config === undefined) return;
      // Loaded on demand so that `version` or `config validate` do not pull in the HTTP stack.
      const { startServer } = await import('../main.js');
      await startServer(config, { handleSignals: true });
    });

  withConfigFlags(program.command('migrate'), ['config', 'state-dir'])
    .description('apply pending database migrations (DATABASE_URL, or the embedded database in the state dir) and exit')
    .action(async (flags: ConfigFlags) => {
      const config = configFrom(flags, env, io);
      if (config === undefined) return;
      const db = await createDatabase(config);
      try {
        const applied = await migrate(db);
        for (const migration of applied)
          io.out(`applied ${String(migration.version).padStart(4, '0')}_${migration.name}`);
        io.out(
          applied.length === 0
            ? `${db.kind}: schema already up to date`
            : `${db.kind}: ${applied.length} migration(s) applied`,
        );
      } finally {
        await db.close();
      }
    });

  const configCommand = program.command('config').description('inspect the configuration');
  withConfigFlags(configCommand.command('validate'), ['config', 'port', 'host', 'state-dir', 'log-level'])
    .description(
      'check the configuration (defaults < file < environment < flags) without starting; exit 0 when valid, 1 when not',
    )
    .option('--print', 'also print the resolved configuration as JSON, secrets redacted')
    .action((flags: ConfigFlags & { print?: boolean }) => {
      const config = configFrom(flags, env, io);
      if (config === undefined) return;
      const database = config.databaseUrl === undefined ? 'embedded PGlite' : 'PostgreSQL';
      const redis = config.redisUrl === undefined ? 'in-process' : 'Redis';
      io.out(
        `OK: configuration is valid (${config.configFile ?? 'no config file'}; database: ${database}; bus and counters: ${redis})`,
      );
      if (flags.print === true) io.out(JSON.stringify(printable(config), null, 2));
    });

  program
    .command('version')
    .description('print name, version and git commit')
    .option('--json', 'print as JSON')
    .action((flags: { json?: boolean }) => {
      // Only CLAWGATE_GIT_COMMIT matters here: an unrelated bad setting must not hide the version.
      let gitCommit: string | undefined;
      try {
        gitCommit = loadConfig(env === undefined ? {} : { env }).gitCommit;
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
      }
      const info = versionInfo(gitCommit === undefined ? {} : { gitCommit });
      io.out(
        flags.json === true
          ? JSON.stringify(info)
          : `${info.name} ${info.version} (commit ${info.commit ?? 'unknown'})`,
      );
    });

  program
    .command('generate')
    .description(
      'generate types, server bindings, validators, SDKs and docs from an OpenAPI 3.1 and/or AsyncAPI 3.0 document',
    )
    .option('--openapi <file>', 'OpenAPI 3.1 document')
    .option('--asyncapi <file>', 'AsyncAPI 3.0 document')
    .requiredOption('--out <dir>', 'output directory')
    .option('--docs-out <dir>', 'where to write the API reference docs')
    .action(async (flags: { openapi?: string; asyncapi?: string; out: string; docsOut?: string }) => {
      if (flags.openapi === undefined && flags.asyncapi === undefined) {
        io.err('clawgate generate: give --openapi <file>, --asyncapi <file> or both');
        process.exitCode = 1;
        return;
      }
      const { runGenerateCommand } = await import('../codegen/index.js');
      process.exitCode = await runGenerateCommand(flags, {
        log: (line) => io.out(line),
        error: (line) => io.err(line),
      });
    });

  program.addCommand(createContractTestCommand('contract-test'));

  return program;
}

/**
 * Runs the `clawgate` command line. `argv` is `process.argv` (node and script first).
 *
 * @example await runCli(process.argv)
 */
export async function runCli(
  argv: readonly string[],
  options: { env?: NodeJS.ProcessEnv; io?: CliIo } = {},
): Promise<void> {
  await createProgram(options).parseAsync([...argv]);
}

/** True when this file is the process entry point (`node --import tsx src/cli/index.ts …`). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  runCli(process.argv).catch((err: unknown) => {
    process.stderr.write(`clawgate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
