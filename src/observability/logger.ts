import path from 'node:path';
import winston from 'winston';
import DailyRotateFile from 'winston-daily-rotate-file';
import type { Config } from '../config/types.js';
import { currentContext } from './context.js';
import { redact, redactText } from './redact.js';

export type { Logger } from 'winston';

/** Adds the current request's correlation id, org and trace context to every line that lacks them. */
const withContext = winston.format((info) => {
  const context = currentContext();
  if (context !== undefined) {
    info.correlationId ??= context.correlationId;
    if (context.orgId !== undefined) info.orgId ??= context.orgId;
    if (context.traceparent !== undefined) info.traceparent ??= context.traceparent;
  }
  return info;
});

/** Replaces secrets anywhere in the line. */
const redactSecrets = winston.format((info) => {
  const clean = redact(info) as winston.Logform.TransformableInfo;
  if (typeof info.message === 'string') clean.message = redactText(info.message);
  return clean;
});

const consoleLine = winston.format.printf((info) => {
  const { timestamp, level, message, correlationId, ...meta } = info;
  const id = typeof correlationId === 'string' ? ` [${correlationId}]` : '';
  const rest = Object.keys(meta).length > 0 ? ` ${JSON.stringify(meta)}` : '';
  return `${String(timestamp)} ${level}${id} ${String(message)}${rest}`;
});

/**
 * Where the rotating file transport writes: `clawgate-<date>.log[.n]`, with `clawgate.log` linking
 * to the current one.
 */
export function logFileLayout(file: string): {
  dirname: string;
  filename: string;
  symlinkName: string;
  auditFile: string;
} {
  const dirname = path.dirname(file);
  const base = path.basename(file);
  const ext = path.extname(base);
  const stem = ext === '' ? base : base.slice(0, -ext.length);
  return {
    dirname,
    filename: `${stem}-%DATE%${ext}`,
    symlinkName: base,
    auditFile: path.join(dirname, `.${stem}-audit.json`),
  };
}

/**
 * The server's logger: JSON lines to `config.log.file`, rotated by size (default 10 MB,
 * 3 files, gzip) by winston-daily-rotate-file, `clawgate.log` being a link to the current file;
 * human-readable text on the console. Every line carries the request context (correlationId,
 * orgId) and has its secrets redacted.
 *
 * @example
 * const logger = createLogger(config);
 * logger.info('gateway connected', { gatewayId });
 */
export function createLogger(
  config: Pick<Config, 'log'>,
  options: { console?: NodeJS.WritableStream } = {},
): winston.Logger {
  const transports: winston.transport[] = [
    new DailyRotateFile({
      ...logFileLayout(config.log.file),
      createSymlink: true,
      maxSize: config.log.maxSize,
      maxFiles: config.log.maxFiles,
      zippedArchive: config.log.compress,
      format: winston.format.json(),
    }),
  ];
  if (config.log.console) {
    // Colours only for a terminal: piped output (journald, docker logs) stays plain text.
    const colours = options.console === undefined && process.stdout.isTTY === true;
    const format = colours ? winston.format.combine(winston.format.colorize(), consoleLine) : consoleLine;
    transports.push(
      options.console === undefined
        ? new winston.transports.Console({ format, stderrLevels: ['error'] })
        : new winston.transports.Stream({ stream: options.console, format }),
    );
  }
  const logger: winston.Logger = winston.createLogger({
    level: config.log.level,
    format: winston.format.combine(
      // winston's transports filter by level only after every format ran: drop such lines first.
      winston.format((info) => (logger.isLevelEnabled(info.level) ? info : false))(),
      withContext(),
      winston.format.errors({ stack: true }),
      winston.format.timestamp(),
      redactSecrets(),
    ),
    transports,
    exitOnError: false,
  });
  return logger;
}

/**
 * Flushes and closes every transport: resolves once the log file is written to disk (bounded by
 * a 2 s safety net so shutdown never hangs on a broken disk).
 */
export async function closeLogger(logger: winston.Logger): Promise<void> {
  const files = logger.transports.filter(
    (transport): transport is DailyRotateFile => transport instanceof DailyRotateFile,
  );
  const bounded = (promise: Promise<unknown>) =>
    Promise.race([promise, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  await bounded(
    new Promise((resolve) => {
      logger.once('finish', resolve);
      logger.end();
    }),
  );
  // The transports' writable side has finished; their file stream ends (and flushes) on close().
  await bounded(
    Promise.all(
      files.map(
        (file) =>
          new Promise((resolve) => {
            file.once('finish', resolve);
            file.close?.();
          }),
      ),
    ),
  );
}
