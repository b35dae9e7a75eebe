// A token bucket per client, in memory: each client may send `burst` requests at once and then
// `perMinute` a minute. In-memory is enough for one server process (state is lost on restart,
// which only ever lets a client in sooner); several processes behind a balancer would each
// count separately.

export interface RateLimitConfig {
  /** Sustained rate, requests per minute per client; 0 turns the limit off. */
  perMinute: number;
  /** Requests a client may make at once before the sustained rate applies. */
  burst: number;
  /** At most this many clients are tracked; the least recently seen are forgotten first. */
  maxClients?: number;
}

export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  // Map keeps insertion order: re-inserting on each hit makes the first key the least recent.
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly config: RateLimitConfig,
    private readonly now: () => number = () => Date.now(),
  ) {}

  take(client: string): RateDecision {
    const { perMinute, burst } = this.config;
    if (perMinute <= 0) return { ok: true, remaining: Infinity };
    const now = this.now();
    const perMs = perMinute / 60_000;
    const prev = this.buckets.get(client);
    const tokens = prev ? Math.min(burst, prev.tokens + (now - prev.at) * perMs) : burst;
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    this.buckets.set(client, { tokens: tokens - 1, at: now });
    this.evict();
    return { ok: true, remaining: Math.floor(tokens - 1) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(): void {
    const max = this.config.maxClients ?? 10_000;
    while (this.buckets.size > max) this.buckets.delete(this.buckets.keys().next().value!);
  }
}
