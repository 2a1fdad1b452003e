/** A hook run at shutdown, e.g. the WebSocket layer closing its connections with 1000. */
export type ShutdownHook = (reason: string) => void | Promise<void>;

/**
 * Where the server is in its life. Readiness reads `shuttingDown`; `startServer` flips it first
 * thing on SIGTERM so load balancers stop sending traffic before the listener closes.
 */
export class ServerLifecycle {
  readonly startedAt = new Date();
  #shuttingDown = false;
  readonly #hooks: ShutdownHook[] = [];

  get shuttingDown(): boolean {
    return this.#shuttingDown;
  }

  /** Seconds since this lifecycle (the server) started. */
  uptimeSeconds(): number {
    return (Date.now() - this.startedAt.getTime()) / 1000;
  }

  beginShutdown(): void {
    this.#shuttingDown = true;
  }

  /** Registers a hook run once when shutdown starts, in registration order. */
  onShutdown(hook: ShutdownHook): void {
    this.#hooks.push(hook);
  }

  /** Runs every hook; a failing hook is reported through `onError` and does not stop the others. */
  async runShutdownHooks(reason: string, onError: (err: unknown) => void): Promise<void> {
    for (const hook of this.#hooks.splice(0)) {
      try {
        await hook(reason);
      } catch (err) {
        onError(err);
      }
    }
  }
}
