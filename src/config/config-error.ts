/**
 * A configuration value that cannot be used. The message names the key as the user wrote it
 * (`PORT`, `--port` or `port` in the config file) and what is allowed, so it can be printed as is.
 */
export class ConfigError extends Error {
  /** The key as written by the user: an environment name, a flag or a config file key. */
  readonly key: string;

  constructor(key: string, message: string) {
    super(`${key}: ${message}`);
    this.name = 'ConfigError';
    this.key = key;
  }
}
