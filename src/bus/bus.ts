/** Fan-out of small messages between the parts of one instance or, with Redis, between instances. */
export interface Bus {
  readonly kind: 'memory' | 'redis';
  publish(topic: string, message: string): Promise<void>;
  /** Returns a function that removes the subscription. */
  subscribe(topic: string, handler: (message: string) => void): Promise<() => Promise<void>>;
  /** Resolves when the backend answers (always for memory). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
