/** Small helpers for the benches' command-line options (node:util parseArgs gives strings). */

/** What node:util parseArgs gives for one option. */
type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function intOption(values: OptionValues, name: string, fallback: number, min = 0): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new UsageError(`--${name}: ${String(raw)} is not an integer ≥ ${min}`);
  return value;
}

export function numberOption(values: OptionValues, name: string, fallback: number, min = 0): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= min)
    throw new UsageError(`--${name}: ${String(raw)} is not a number > ${min}`);
  return value;
}

export function choiceOption<T extends string>(
  values: OptionValues,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (!choices.includes(raw as T))
    throw new UsageError(`--${name}: ${String(raw)} is not one of ${choices.join(', ')}`);
  return raw as T;
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const raw = values[name];
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Ends the process after `ms` whatever is still running (children are killed by their exit hooks). */
export function hardDeadline(ms: number, what: string): void {
  setTimeout(() => {
    process.stderr.write(`${what}: deadline of ${Math.round(ms / 1000)} s passed; stopping\n`);
    process.exit(3);
  }, ms).unref();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves once `done()` is true, or after `timeoutMs` (returns whether it became true). */
export async function waitUntil(done: () => boolean, timeoutMs: number, pollMs = 10): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await sleep(pollMs);
  }
  return true;
}

/**
 * A bench's command line: parses `argv` with `parse` (a bad option prints the message and `usage`,
 * exit 2), `--help` prints `usage` (exit 0), else runs `main` with the options and exits with its
 * code (1 when it throws).
 */
export function runBench<O extends { help: boolean }>(
  name: string,
  usage: string,
  parse: (argv: string[]) => O,
  main: (settings: Omit<O, 'help'>) => Promise<number>,
): void {
  const start = async (): Promise<number> => {
    let options: O;
    try {
      options = parse(process.argv.slice(2));
    } catch (err) {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
      return 2;
    }
    if (options.help) {
      process.stdout.write(usage);
      return 0;
    }
    const { help: _help, ...settings } = options;
    return main(settings);
  };
  start().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
