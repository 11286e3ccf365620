import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitOutcome } from './rate-limits.js';

/** How often counts gathered in this process are added to the shared store. */
export const FLUSH_EVERY_MS = 1000;

interface Slot {
  /** Counted here, not yet added to the store. */
  pending: number;
  /** What this process believes is left in the window (the store's word at the last flush). */
  remaining: number;
  resetAt: number;
}

/**
 * A limit for very frequent requests (anonymous API reads) without a Postgres round trip each:
 * requests are counted in memory and added to the shared store once a second, whose answer then
 * corrects this process's view. One process never lets a client past the limit; several may
 * together let through up to a second's worth more before they learn of each other.
 */
export class BufferedCounter {
  private readonly slots = new Map<string, Slot>();
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;

  constructor(
    private readonly store: RateLimiterAbstract,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  consume(key: string, now = Date.now()): RateLimitOutcome {
    let slot = this.slots.get(key);
    if (!slot || slot.resetAt <= now) {
      slot = { pending: slot?.pending ?? 0, remaining: this.limit, resetAt: now + this.windowMs };
      this.slots.set(key, slot);
    }
    const resetSeconds = Math.max(1, Math.ceil((slot.resetAt - now) / 1000));
    if (slot.remaining <= 0)
      return { allowed: false, limit: this.limit, remaining: 0, resetSeconds };
    slot.remaining -= 1;
    slot.pending += 1;
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS).unref();
    return { allowed: true, limit: this.limit, remaining: slot.remaining, resetSeconds };
  }

  /** Adds what was counted here to the store and takes its view of each client. */
  flush(): Promise<void> {
    this.timer = undefined;
    this.flushing ??= this.send().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  stop(): Promise<void> {
    clearTimeout(this.timer);
    return this.flush();
  }

  private async send(): Promise<void> {
    const now = Date.now();
    for (const [key, slot] of this.slots) {
      if (slot.pending === 0) {
        if (slot.resetAt <= now) this.slots.delete(key);
        continue;
      }
      const points = slot.pending;
      slot.pending = 0;
      let res: RateLimiterRes;
      try {
        res = await this.store.consume(key, points);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) {
          slot.pending += points; // the store is away: keep the count for the next flush
          continue;
        }
        res = rejection;
      }
      slot.remaining = Math.max(0, res.remainingPoints - slot.pending);
      slot.resetAt = now + res.msBeforeNext;
    }
    if ([...this.slots.values()].some((s) => s.pending > 0)) {
      this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS).unref();
    }
  }
}
