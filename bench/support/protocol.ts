/** Messages between a bench and its server child over the Node IPC channel. */

/** A deployment burst the baseline server plays itself: event k goes to every connection of group k % groups. */
export interface BurstPlan {
  /** events per second */
  rate: number;
  /** number of events */
  count: number;
  /** serialized frame size to pad to (bytes); 0 = natural size */
  frameBytes: number;
  /** number of groups ("gateways") connections are spread over */
  groups: number;
  /** correlation id prefix, so a bench can tell warm-up from measured events */
  prefix: string;
}

export interface BurstReport {
  sent: number;
  /** frames written (events × connections of each target group) */
  framesWritten: number;
  /** how late the scheduler fired the latest event (ms) */
  schedulerLagMaxMs: number;
  /** the serialized size of the frames (bytes) */
  frameBytes: number;
}

export interface ProcessUsage {
  memory: NodeJS.MemoryUsage;
  /** cumulative CPU time of the process (µs) */
  cpu: NodeJS.CpuUsage;
  /** whether `global.gc` ran before the memory was read */
  collected: boolean;
}

export type ParentMessage =
  | { id: number; type: 'usage'; collectGarbage: boolean }
  | { id: number; type: 'burst'; plan: BurstPlan }
  | { id: number; type: 'profile'; action: 'start' | 'stop' }
  | { id: number; type: 'stop' };

export type ChildMessage =
  | { type: 'ready'; url: string; port: number }
  | { type: 'failed'; message: string }
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; message: string };
