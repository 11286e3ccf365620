import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Request } from 'express';
import { clientKey } from '../common/rate-limit/client-address.js';
import { AppConfig } from '../config/app-config.js';
import { AnalyticsRepository } from './analytics.repository.js';
import type { SearchEvent } from './search-event.entity.js';
import { VisitIds } from './visit-ids.js';

const FLUSH_EVERY_MS = 1000;
const FLUSH_AT = 200;
/** Past this many unsaved events (Postgres away), the oldest are dropped: counts, not records. */
const MAX_BUFFERED = 10_000;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;

export type RecordedEvent = Omit<SearchEvent, 'id' | 'occurredAt' | 'visitId'>;

/** Search words as stored: trimmed, lower-cased, one space between words, e-mail addresses blanked. */
export function normalizeQuery(q: string | undefined | null): string | null {
  const words = (q ?? '').normalize('NFC').replace(EMAIL, '[email]').trim().toLowerCase();
  return words ? words.replace(/\s+/g, ' ').slice(0, 200) : null;
}

const FILTERS = [
  'area',
  'stage',
  'patentStatus',
  'jurisdiction',
  'licenseType',
  'trlMin',
  'trlMax',
];

/** The filters of a search query as stored (the ones set, by their API names). */
export function searchFilters(query: object): Record<string, unknown> {
  const q = query as Record<string, unknown>;
  return Object.fromEntries(
    FILTERS.filter((f) => q[f] !== undefined && !(Array.isArray(q[f]) && q[f].length === 0)).map(
      (f) => [f, q[f]],
    ),
  );
}

/**
 * Records searches, clicks and views without slowing the request: events wait in memory and go
 * to Postgres in one insert per second (or per 200). Losing a few on a crash is acceptable for
 * counts; a failure is logged and never reaches the visitor.
 */
@Injectable()
export class AnalyticsRecorder implements OnModuleDestroy {
  private readonly logger = new Logger(AnalyticsRecorder.name);
  private buffer: Omit<SearchEvent, 'id'>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly events: AnalyticsRepository,
    private readonly visits: VisitIds,
    private readonly config: AppConfig,
  ) {}

  /** Records one event of this request's visitor; returns at once. */
  record(req: Request, event: RecordedEvent): void {
    if (!this.config.analyticsEnabled) return;
    const occurredAt = new Date();
    this.visits
      .of(clientKey(req.ip), req.headers['user-agent'])
      .then((visitId) => this.push({ ...event, occurredAt, visitId }))
      .catch((error: unknown) => this.logger.warn({ err: error }, 'analytics event dropped'));
  }

  /** Writes what is waiting (tests and shutdown call it; the timer does otherwise). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      const batch = this.buffer;
      this.buffer = [];
      if (batch.length === 0) return;
      try {
        await this.events.insertMany(batch);
      } catch (error) {
        this.logger.warn({ err: error, events: batch.length }, 'analytics events not saved');
      }
    });
    return this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    // Let lookups of visit ids in flight land in the buffer, then write it.
    await new Promise((r) => setTimeout(r, 20));
    await this.flush();
  }

  private push(event: Omit<SearchEvent, 'id'>): void {
    this.buffer.push(event);
    if (this.buffer.length > MAX_BUFFERED) this.buffer.splice(0, this.buffer.length - MAX_BUFFERED);
    if (this.buffer.length >= FLUSH_AT) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
      this.timer.unref();
    }
  }
}
