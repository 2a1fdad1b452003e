import { Command, InvalidArgumentError } from 'commander';
import type { ContractTestOptions } from './index.js';
import { DEFAULT_FUZZ_RUNS, DEFAULT_SEED } from './defaults.js';

const integer = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
};

interface ContractTestFlags extends Omit<ContractTestOptions, 'asyncapi' | 'out' | 'progress'> {
  asyncapi?: string | boolean;
}

/**
 * The contract-test command line, shared by `npm run test:contract` and `clawgate contract-test`.
 * Its action exits the process with 0 (pass), 1 (a failure or coverage gap) or 2 (could not start).
 */
export function createContractTestCommand(name: string): Command {
  return new Command(name)
    .description(
      'check a live clawgate server against specs/openapi.yaml and specs/asyncapi.yaml (default: start one in-process)',
    )
    .option('--url <base>', 'test the server at this base URL (default: start one in-process)')
    .option('--admin-token <token>', 'admin token of that server')
    .option('--api-key <key>', 'a tenant API key to act as (default: the setup scenario creates one)')
    .option('--openapi <file>', 'OpenAPI document (default: specs/openapi.yaml)')
    .option('--asyncapi <file>', 'AsyncAPI document (default: specs/asyncapi.yaml)')
    .option('--no-asyncapi', 'skip the WebSocket checks')
    .option('--scenarios <dir>', 'scenario directory (default: contract-tests/scenarios)')
    .option('--allow-not-implemented', 'report operations answering 501 and unreachable channels without failing')
    .option('--junit <file>', 'also write JUnit XML to this file')
    .option('--rate-limit-probe <n>', 'handshakes fired at once to check the WebSocket rate limit (0 = skip)', integer)
    .option('--reply-timeout-ms <ms>', 'how long to wait for a WebSocket reply (default 3000)', integer)
    .option(
      '--seed <n>',
      `seed for generated requests, printed by every run; the same seed sends the same data (default ${DEFAULT_SEED})`,
      integer,
    )
    .option(
      '--runs <n>',
      `property-based requests generated from the spec in all, 0 = none (default ${DEFAULT_FUZZ_RUNS})`,
      integer,
    )
    .option('--database-url <url>', 'in-process server: use this PostgreSQL')
    .option('--redis-url <url>', 'in-process server: use this Redis')
    .action(async (flags: ContractTestFlags) => {
      // commander gives `asyncapi: true` when neither --asyncapi nor --no-asyncapi is passed.
      const { asyncapi, ...rest } = flags;
      const options = Object.fromEntries(
        Object.entries(rest).filter(([, v]) => v !== undefined),
      ) as ContractTestOptions;
      if (asyncapi === false || typeof asyncapi === 'string') options.asyncapi = asyncapi;
      const { runContractTestCommand } = await import('./index.js');
      // Exit explicitly: a misbehaving server may leave sockets open that would keep the process alive.
      process.exit(await runContractTestCommand(options));
    });
}
