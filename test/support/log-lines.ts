import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import winston from 'winston';

/** One JSON line of the server's log file. */
export type LogLine = Record<string, unknown>;

/**
 * Every JSON line of a server's log files (the rotating file carries a date suffix). Read after
 * the server stopped: stopping flushes the file.
 *
 * @example
 * await server.stop();
 * const lines = readLogLines(server.config.log.file);
 */
export function readLogLines(logFile: string): LogLine[] {
  const dir = path.dirname(logFile);
  const base = path.basename(logFile, '.log');
  return (
    readdirSync(dir)
      .filter((name) => name.startsWith(base) && !name.endsWith('.gz') && !name.endsWith('.json'))
      // `clawgate.log` links to the current file: read through it, that file's lines would come twice.
      .filter((name) => !lstatSync(path.join(dir, name)).isSymbolicLink())
      .flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as LogLine)
  );
}

/**
 * A logger that keeps every line in memory (as the object winston formats), at every level.
 *
 * @example
 * const { logger, lines } = captureLogger();
 * logger.warn('refused', { code: 'not_found' });
 * await eventually(() => lines.length === 1, 'the line');
 */
export function captureLogger(): { logger: winston.Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    objectMode: true,
    write(info: LogLine, _encoding, done) {
      lines.push(info);
      done();
    },
  });
  const transport = new winston.transports.Stream({ stream: sink });
  const logger = winston.createLogger({ level: 'silly', transports: [transport] });
  return { logger, lines };
}
