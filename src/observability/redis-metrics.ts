import type { Redis } from 'ioredis';
import type { Metrics } from './metrics.js';

/**
 * Measures every command an ioredis client sends: `redis_command_duration_seconds{command}` and
 * `redis_errors_total{command}`. Wraps the client's `sendCommand` in place and returns the client.
 */
export function instrumentRedis(
  client: Redis,
  metrics: Pick<Metrics, 'redisCommandDurationSeconds' | 'redisErrorsTotal'>,
): Redis {
  const send = client.sendCommand.bind(client);
  client.sendCommand = (command: Parameters<Redis['sendCommand']>[0], stream?: Parameters<Redis['sendCommand']>[1]) => {
    const started = process.hrtime.bigint();
    const labels = { command: command.name.toLowerCase() };
    const result = send(command, stream);
    command.promise.then(
      () => metrics.redisCommandDurationSeconds.observe(labels, Number(process.hrtime.bigint() - started) / 1e9),
      () => {
        metrics.redisCommandDurationSeconds.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        metrics.redisErrorsTotal.inc(labels);
      },
    );
    return result;
  };
  return client;
}
