import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ChangeFeed } from '../changes/change-feed.js';
import { DomainError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { MailQueue } from '../notifications/mail-queue.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { AlertErrorCode } from './alert-error-codes.js';
import { alertConfirmationMail, type AlertLinks } from './alert-mails.js';
import { AlertTokens } from './alert-tokens.js';
import { type AlertCadence, SavedSearch, type SavedSearchQuery } from './saved-search.entity.js';
import { canonicalQuery, describeQuery, queryKeyOf, queryString } from './saved-search-query.js';
import { SavedSearchRepository } from './saved-search.repository.js';

/** Confirmed alerts one address may have. */
export const MAX_ALERTS_PER_ADDRESS = 25;
/** Confirmation mails one address receives per day at most, whoever asks for them. */
const CONFIRMATIONS_PER_DAY = 5;
/** A repeated follow of a pending search re-sends its confirmation, not more often than this. */
const RESEND_AFTER_MS = 10 * 60_000;
const DAY_MS = 24 * 3600_000;
const CADENCE_MS: Record<AlertCadence, number> = { daily: DAY_MS, weekly: 7 * DAY_MS };

export const ADDRESS_KEY_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export interface FollowRequest {
  email: string;
  language: 'ko' | 'en';
  cadence: AlertCadence;
  query: SavedSearchQuery;
  /** The honeypot: a bot filled the hidden field. */
  website?: unknown;
}

export interface AlertView {
  id: string;
  status: SavedSearch['status'];
  cadence: AlertCadence;
  description: string;
  resultsUrl: string;
  createdAt: Date;
  lastDigestAt: Date | null;
}

/** When the next digest of an alert with `cadence` is due, counted from `from`. */
export function nextDigestAfter(from: Date, cadence: AlertCadence): Date {
  return new Date(from.getTime() + CADENCE_MS[cadence]);
}

/**
 * Partners' e-mail alerts on searches: follow (double opt-in), confirm, manage, unsubscribe.
 * Every answer to a follow is the same, so the form never tells whether an address follows
 * anything; the digests themselves are AlertDigests'.
 */
@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);

  constructor(
    private readonly alerts: SavedSearchRepository,
    private readonly tokens: AlertTokens,
    private readonly mailQueue: MailQueue,
    private readonly feed: ChangeFeed,
    private readonly taxonomy: TaxonomyService,
    private readonly config: AppConfig,
  ) {}

  async follow(request: FollowRequest): Promise<void> {
    if (request.website !== undefined && request.website !== null && request.website !== '') {
      this.logger.warn('alert honeypot triggered; discarded');
      return;
    }
    const email = request.email.trim().toLowerCase();
    const query = canonicalQuery(request.query);
    const addressKey = await this.tokens.addressKey(email);
    const queryKey = queryKeyOf(query);
    const description = await this.describe(query, request.language);
    await this.alerts.transaction(async (m) => {
      await this.alerts.lockAddress(m, addressKey);
      const existing = await this.alerts.findForUpdate(m, addressKey, queryKey);
      if (existing?.status === 'active') return; // already followed: nothing to confirm
      const now = new Date();
      if (!existing && (await this.alerts.countActive(m, addressKey)) >= MAX_ALERTS_PER_ADDRESS) {
        throw new DomainError(
          AlertErrorCode.TooMany,
          `An address may follow ${MAX_ALERTS_PER_ADDRESS} searches; unsubscribe from one first (every alert mail links to the page that lists them).`,
          { limit: MAX_ALERTS_PER_ADDRESS },
        );
      }
      const budget =
        (await this.alerts.confirmationsSentSince(
          m,
          addressKey,
          new Date(now.getTime() - DAY_MS),
        )) < CONFIRMATIONS_PER_DAY;
      let alert: SavedSearch;
      if (existing) {
        // A pending follow asked again: its latest language and cadence, its link again.
        existing.language = request.language;
        existing.cadence = request.cadence;
        const resend =
          budget && now.getTime() - existing.confirmationSentAt.getTime() > RESEND_AFTER_MS;
        if (resend) existing.confirmationSentAt = now;
        await this.alerts.save(m, existing);
        if (!resend) return;
        alert = existing;
      } else {
        alert = Object.assign(new SavedSearch(), {
          id: randomUUID(),
          email,
          addressKey,
          language: request.language,
          query,
          queryKey,
          cadence: request.cadence,
          status: 'pending',
          cursor: null,
          confirmedAt: null,
          nextDigestAt: null,
          lastDigestAt: null,
          // Over the day's budget no mail goes; the follow stays pending (and is purged).
          confirmationSentAt: budget ? now : new Date(0),
        } satisfies Partial<SavedSearch>);
        await this.alerts.insert(m, alert);
        if (!budget) return;
      }
      const confirmUrl = this.url(
        alert.language,
        'confirm',
        await this.tokens.linkToken('confirm', alert.id),
      );
      const unsubscribeUrl = this.url(
        alert.language,
        'unsubscribe',
        await this.tokens.linkToken('unsubscribe', alert.id),
      );
      await this.mailQueue.enqueue(
        m,
        alertConfirmationMail(alert, description, confirmUrl, unsubscribeUrl),
      );
    });
  }

  /**
   * Follows the confirmation link: the alert starts from the catalog as it is now (the first
   * digest holds what is published after this). Confirming twice is harmless.
   */
  async confirm(token: unknown): Promise<{ alert: SavedSearch; manageToken: string }> {
    const id = await this.tokens.alertOf('confirm', token);
    const found = id ? await this.alerts.findById(id) : null;
    if (!found) throw invalidLink();
    if (found.status === 'pending') {
      const head = await this.feed.headId();
      await this.alerts.activate(found.id, head, nextDigestAfter(new Date(), found.cadence));
    }
    const alert = (await this.alerts.findById(found.id)) ?? found;
    return { alert, manageToken: alert.addressKey };
  }

  /** The alert an unsubscribe link names: null once it is gone (the link itself is genuine). */
  async alertOfUnsubscribeLink(token: unknown): Promise<SavedSearch | null> {
    const id = await this.tokens.alertOf('unsubscribe', token);
    if (!id) throw invalidLink();
    return this.alerts.findById(id);
  }

  /** RFC 8058's one-click POST, or the button behind the link: the alert is deleted. */
  async unsubscribeByLink(token: unknown): Promise<void> {
    const id = await this.tokens.alertOf('unsubscribe', token);
    if (!id) throw invalidLink();
    if (await this.alerts.delete(id)) this.logger.log({ alertId: id }, 'alert unsubscribed');
  }

  /** Every alert of the address a manage link names (none for a key nobody has). */
  async manage(addressKey: string, lang: 'ko' | 'en'): Promise<AlertView[]> {
    if (!ADDRESS_KEY_PATTERN.test(addressKey)) throw invalidLink();
    const alerts = await this.alerts.listByAddress(addressKey);
    const namer = await this.areaNamer(lang);
    return alerts.map((a) => ({
      id: a.id,
      status: a.status,
      cadence: a.cadence,
      description: describeQuery(a.query, lang, namer),
      resultsUrl: this.resultsPath(lang, a.query),
      createdAt: a.createdAt,
      lastDigestAt: a.lastDigestAt,
    }));
  }

  async setCadence(addressKey: string, id: string, cadence: AlertCadence): Promise<void> {
    if (!ADDRESS_KEY_PATTERN.test(addressKey)) throw invalidLink();
    if (!(await this.alerts.setCadence(addressKey, id, cadence))) throw invalidLink();
  }

  async unsubscribe(addressKey: string, id: string): Promise<void> {
    if (!ADDRESS_KEY_PATTERN.test(addressKey)) throw invalidLink();
    await this.alerts.delete(id, addressKey);
  }

  async unsubscribeAll(addressKey: string): Promise<number> {
    if (!ADDRESS_KEY_PATTERN.test(addressKey)) throw invalidLink();
    return this.alerts.deleteByAddress(addressKey);
  }

  /** The links every digest of `alert` carries. */
  async linksOf(alert: SavedSearch): Promise<AlertLinks> {
    return {
      results: `${this.config.baseUrl}${this.resultsPath(alert.language, alert.query)}`,
      manage: this.url(alert.language, 'manage', alert.addressKey),
      unsubscribe: this.url(
        alert.language,
        'unsubscribe',
        await this.tokens.linkToken('unsubscribe', alert.id),
      ),
    };
  }

  async describe(query: SavedSearchQuery, lang: 'ko' | 'en'): Promise<string> {
    return describeQuery(query, lang, await this.areaNamer(lang));
  }

  /** Names area codes in `lang` (a retired or unknown code stays a code). */
  async areaNamer(lang: 'ko' | 'en'): Promise<(code: string) => string> {
    const names = new Map<string, string>();
    for (const node of await this.taxonomy.tree('any')) {
      for (const n of [node, ...(node.children ?? [])])
        names.set(n.code, lang === 'ko' ? n.nameKo : n.nameEn);
    }
    return (code) => names.get(code) ?? code;
  }

  private resultsPath(lang: 'ko' | 'en', query: SavedSearchQuery): string {
    const qs = queryString(query);
    return `/${lang}/technologies${qs ? `?${qs}` : ''}`;
  }

  private url(lang: 'ko' | 'en', page: 'confirm' | 'unsubscribe' | 'manage', token: string) {
    return `${this.config.baseUrl}/${lang}/alerts/${page}?token=${encodeURIComponent(token)}`;
  }
}

function invalidLink(): DomainError {
  return new DomainError(
    AlertErrorCode.InvalidLink,
    'This alert link is not valid, or its alert was deleted. Follow the search again from its results page.',
  );
}
