import type { ConnectionRegistry, RealtimeConnection } from './types.js';

/** The open connections of this instance, by id and by channel. */
export class MemoryConnectionRegistry implements ConnectionRegistry {
  readonly #byChannel = new Map<string, Map<string, RealtimeConnection>>();
  #count = 0;

  add(conn: RealtimeConnection): void {
    let channel = this.#byChannel.get(conn.channel);
    if (channel === undefined) {
      channel = new Map();
      this.#byChannel.set(conn.channel, channel);
    }
    if (!channel.has(conn.id)) this.#count += 1;
    channel.set(conn.id, conn);
  }

  remove(conn: RealtimeConnection): void {
    if (this.#byChannel.get(conn.channel)?.delete(conn.id) === true) this.#count -= 1;
  }

  all(): RealtimeConnection[] {
    return [...this.#byChannel.values()].flatMap((channel) => [...channel.values()]);
  }

  byChannel(name: string): RealtimeConnection[] {
    return [...(this.#byChannel.get(name)?.values() ?? [])];
  }

  count(): number {
    return this.#count;
  }
}
