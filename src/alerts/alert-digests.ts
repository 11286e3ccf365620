import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChangeFeed, type ListingChangeSummary } from '../changes/change-feed.js';
import { AppConfig } from '../config/app-config.js';
import { MailQueue } from '../notifications/mail-queue.js';
import { SearchRepository } from '../search/search.repository.js';
import { SearchService } from '../search/search.service.js';
import { alertDigestMail, type DigestItem } from './alert-mails.js';
import { AlertsService, nextDigestAfter } from './alerts.service.js';
import type { SavedSearch } from './saved-search.entity.js';
import { describeQuery, toSearchQuery } from './saved-search-query.js';
import { SavedSearchRepository } from './saved-search.repository.js';

/**
 * What a partner reads as news about a listing: an update that changed one of these. A fixed
 * typo in the contact, a new keyword or a re-verification is not worth a mail.
 */
export const SUBSTANTIVE_FIELDS = new Set([
  'titleKo',
  'titleEn',
  'summaryKo',
  'summaryEn',
  'advantagesKo',
  'advantagesEn',
  'applicationsKo',
  'applicationsEn',
  'trl',
  'stage',
  'modality',
  'indications',
  'licenseTypes',
  'areaCodes',
  'patents',
]);

/** Listings shown in one digest; the rest are counted and linked. */
const ITEMS_PER_DIGEST = 25;

export interface DigestRun {
  /** Alerts looked at. */
  alerts: number;
  /** Digest mails queued. */
  mails: number;
  /** Alerts that held back changes the index had not caught up with yet. */
  deferred: number;
}

/**
 * Sends each due alert what changed in the catalog since its last digest. The window is a range
 * of the change feed (ids in commit order), so consecutive digests neither overlap nor leave a
 * gap; a listing counts if it is published now (drafts never) and the index holds exactly its
 * current version; if the index lags, the window ends before that listing's change, which the
 * next digest then takes. Matching is the public search's own (the index), restricted to the
 * window's listings. The mail and the new cursor commit together.
 */
@Injectable()
export class AlertDigests {
  private readonly logger = new Logger(AlertDigests.name);

  constructor(
    private readonly alerts: SavedSearchRepository,
    private readonly service: AlertsService,
    private readonly feed: ChangeFeed,
    private readonly search: SearchService,
    private readonly index: SearchRepository,
    private readonly mailQueue: MailQueue,
    private readonly config: AppConfig,
  ) {}

  /** Digests every alert due at `now`; stops at the first failure (the rest wait for next time). */
  async runDue(now = new Date(), progress?: (run: DigestRun) => void): Promise<DigestRun> {
    const run: DigestRun = { alerts: 0, mails: 0, deferred: 0 };
    const head = await this.feed.headId();
    const namers = {
      ko: await this.service.areaNamer('ko'),
      en: await this.service.areaNamer('en'),
    };
    for (;;) {
      const done = await this.alerts.transaction(async (m) => {
        const alert = await this.alerts.claimDue(m, now);
        if (!alert) return false;
        const outcome = await this.digest(m, alert, head, now, namers[alert.language]);
        run.alerts++;
        if (outcome.mailed) run.mails++;
        if (outcome.deferred) run.deferred++;
        return true;
      });
      if (!done) break;
      if (run.alerts % 100 === 0) progress?.(run);
    }
    if (run.alerts) this.logger.log(run, 'alert digests done');
    return run;
  }

  private async digest(
    m: EntityManager,
    alert: SavedSearch,
    head: string,
    now: Date,
    areaName: (code: string) => string,
  ): Promise<{ mailed: boolean; deferred: boolean }> {
    const after = alert.cursor ?? head;
    const next = nextDigestAfter(now, alert.cadence);
    if (BigInt(after) >= BigInt(head)) {
      await this.alerts.advance(m, alert.id, after, next, null);
      return { mailed: false, deferred: false };
    }
    const changed = (await this.feed.listingsChangedBetween(m, after, head)).filter(isNews);
    const indexed = await this.index.versionsOf(changed.map((c) => c.technologyId));
    const lagging = changed.filter((c) => indexed.get(c.technologyId) !== c.currentVersion);
    let upTo = head;
    if (lagging.length) {
      const first = lagging.map((c) => BigInt(c.firstChangeId)).reduce((a, b) => (a < b ? a : b));
      upTo = (first - 1n).toString();
    }
    const candidates = changed.filter(
      (c) => BigInt(c.firstChangeId) <= BigInt(upTo) && !lagging.includes(c),
    );
    const isNew = new Map(candidates.map((c) => [c.technologyId, c.published]));
    const matches = candidates.length
      ? await this.search.matchingAmong(
          toSearchQuery(alert.query),
          candidates.map((c) => c.technologyId),
        )
      : [];
    let mailed = false;
    if (matches.length) {
      const lang = alert.language;
      const items: DigestItem[] = matches.slice(0, ITEMS_PER_DIGEST).map((hit) => ({
        title:
          (lang === 'ko' ? (hit.titleKo ?? hit.titleEn) : (hit.titleEn ?? hit.titleKo)) ??
          hit.referenceCode,
        summary: oneLine(
          lang === 'ko' ? (hit.summaryKo ?? hit.summaryEn) : (hit.summaryEn ?? hit.summaryKo),
        ),
        url: `${this.config.baseUrl}/${lang}/technologies/${encodeURIComponent(hit.slug)}`,
        stage: hit.stage,
        trl: hit.trl,
        isNew: isNew.get(hit.id) ?? false,
      }));
      // New listings first, each group in the search's own order.
      items.sort((a, b) => Number(b.isNew) - Number(a.isNew));
      await this.mailQueue.enqueue(
        m,
        alertDigestMail(
          alert,
          describeQuery(alert.query, lang, areaName),
          items,
          matches.length - items.length,
          await this.service.linksOf(alert),
        ),
      );
      mailed = true;
    }
    await this.alerts.advance(m, alert.id, upTo, next, mailed ? now : null);
    return { mailed, deferred: lagging.length > 0 };
  }
}

/** Published now, and newly published or changed in a way a partner cares about. */
function isNews(c: ListingChangeSummary): boolean {
  return (
    c.currentVersion !== null && (c.published || c.fields.some((f) => SUBSTANTIVE_FIELDS.has(f)))
  );
}

/** The first sentence or 200 characters of a summary, for a list in a mail. */
function oneLine(text: string | null | undefined): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.{40,200}?[.!?。])\s/.exec(flat)?.[1];
  if (sentence) return sentence;
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
