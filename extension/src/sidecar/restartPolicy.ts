// Pure: decides whether a crashed server may be restarted. At most `maxRestarts` within `windowMs`.
// The clock is injected so tests fix the time.

export interface RestartPolicyOptions {
  maxRestarts: number;
  windowMs: number;
  now: () => number;
}

export const defaultRestartPolicy: Omit<RestartPolicyOptions, 'now'> = { maxRestarts: 3, windowMs: 3 * 60_000 };

export class RestartPolicy {
  private readonly restarts: number[] = [];

  constructor(private readonly options: RestartPolicyOptions) {}

  /** Call when the server died unexpectedly. True (and recorded) when a restart is allowed now. */
  shouldRestart(): boolean {
    const now = this.options.now();
    while (this.restarts.length > 0 && now - this.restarts[0] >= this.options.windowMs) this.restarts.shift();
    if (this.restarts.length >= this.options.maxRestarts) return false;
    this.restarts.push(now);
    return true;
  }

  /** Forget past crashes, e.g. after the user restarted the server by hand. */
  reset(): void {
    this.restarts.length = 0;
  }

  get recentRestarts(): number {
    return this.restarts.length;
  }
}
