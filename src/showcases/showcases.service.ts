import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { UUID_PATTERN } from '../common/validation/uuid.js';
import { rethrowUniqueViolation } from '../common/errors/unique-violation.js';
import { assertCurrentVersion, requireVersion } from '../common/http/if-match.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { AppConfig } from '../config/app-config.js';
import { InquiryReportsService } from '../inquiries/inquiry-reports.service.js';
import { slugify, uniqueSlug } from '../technologies/slug.js';
import type { Technology } from '../technologies/technology.entity.js';
import {
  type ListingSummary,
  TechnologyRepository,
} from '../technologies/technology.repository.js';
import { ShowcaseErrorCode } from './showcase-error-codes.js';
import type {
  AdminShowcaseDto,
  AdminShowcaseSummaryDto,
  CreateShowcaseDto,
  ShowcaseCountsDto,
  ShowcaseFieldsDto,
  ShowcaseListingDto,
  ShowcaseReportDto,
  UpdateShowcaseDto,
} from './showcase.dto.js';
import { Showcase } from './showcase.entity.js';
import { ShowcaseRepository } from './showcase.repository.js';
import { type ShowcaseMetricKind, showcaseSlugOfSource, showcaseSource } from './showcase.types.js';

const SLUG_CONSTRAINT = 'IDX_d64668230aa248cdad4474ab5c';

/** A published showcase with its listings that are published now, in the curator's order. */
export interface PublicShowcase {
  showcase: Showcase;
  listings: Technology[];
}

const toListing = (t: ListingSummary): ShowcaseListingDto => ({
  id: t.id,
  slug: t.slug,
  referenceCode: t.referenceCode,
  titleKo: t.titleKo,
  titleEn: t.titleEn,
  status: t.status,
});

const emptyCounts = (): ShowcaseCountsDto => ({
  pageViews: 0,
  listingViews: 0,
  pdfDownloads: 0,
  qrScans: 0,
  inquiries: 0,
  inquiriesByStatus: {},
});

const COUNT_FIELD: Record<ShowcaseMetricKind, keyof Omit<ShowcaseCountsDto, 'inquiriesByStatus'>> =
  {
    page_view: 'pageViews',
    listing_view: 'listingViews',
    pdf_download: 'pdfDownloads',
    qr_scan: 'qrScans',
  };

/**
 * Showcases: the curator's ordered sets of listings for an event, the public view of one (only
 * listings published now), the counters of what came of it, and its inquiries by source.
 */
@Injectable()
export class ShowcasesService {
  private readonly logger = new Logger(ShowcasesService.name);

  constructor(
    private readonly showcases: ShowcaseRepository,
    private readonly technologies: TechnologyRepository,
    private readonly inquiries: InquiryReportsService,
    private readonly config: AppConfig,
  ) {}

  async list(page: number, perPage: number): Promise<Page<AdminShowcaseSummaryDto>> {
    const { items, total } = await this.showcases.page(page, perPage);
    return {
      items: items.map(({ showcase: s, listingCount }) => ({
        id: s.id,
        slug: s.slug,
        titleKo: s.titleKo,
        titleEn: s.titleEn,
        eventDate: s.eventDate,
        visibility: s.visibility,
        status: s.status,
        listingCount,
        updatedAt: s.updatedAt.toISOString(),
        version: s.version,
      })),
      page,
      perPage,
      total,
    };
  }

  async get(id: string): Promise<AdminShowcaseDto> {
    return this.toAdmin(await this.find(id));
  }

  async create(dto: CreateShowcaseDto): Promise<AdminShowcaseDto> {
    const id = randomUUID();
    try {
      await this.showcases.transaction(async (m) => {
        const base = dto.slug ?? slugify(dto.titleEn, 'showcase');
        const slug = dto.slug ?? uniqueSlug(base, await this.showcases.slugsLike(m, base));
        const showcase = m.create(Showcase, {
          id,
          slug,
          titleKo: dto.titleKo,
          titleEn: dto.titleEn,
          introKo: dto.introKo ?? null,
          introEn: dto.introEn ?? null,
          visibility: dto.visibility ?? 'unlisted',
          status: 'draft',
          publishedAt: null,
          version: 1,
          ...eventColumns(dto.event ?? null),
        });
        await this.showcases.insert(m, showcase);
        await this.showcases.replaceItems(
          m,
          id,
          await this.resolveListings(dto.listings ?? [], []),
        );
      });
    } catch (error) {
      this.rethrow(error, dto.slug);
    }
    return this.get(id);
  }

  async update(
    id: string,
    dto: UpdateShowcaseDto,
    expected: number | undefined,
  ): Promise<AdminShowcaseDto> {
    try {
      await this.change(id, expected, async (m, showcase) => {
        if (dto.slug !== undefined && dto.slug !== showcase.slug) {
          if (showcase.publishedAt) {
            throw new DomainError(
              ShowcaseErrorCode.SlugLocked,
              `"${showcase.slug}" has been published: its page, PDFs and QR codes carry that address.`,
            );
          }
          showcase.slug = dto.slug;
        }
        assignFields(showcase, dto);
        if (dto.listings !== undefined) {
          const current = await this.showcases.itemIds(id, m);
          const ids = await this.resolveListings(dto.listings, current);
          await this.showcases.replaceItems(m, id, ids);
        }
      });
    } catch (error) {
      this.rethrow(error, dto.slug);
    }
    return this.get(id);
  }

  /** Public on its page (and, if `public`, on the home page and in the sitemap). */
  async publish(id: string, expected: number | undefined): Promise<AdminShowcaseDto> {
    await this.change(id, expected, async (m, showcase) => {
      const ids = await this.showcases.itemIds(id, m);
      const listings = await this.technologies.summaries(ids, m);
      const missing: string[] = [];
      if (!showcase.introKo) missing.push('introKo');
      if (!showcase.introEn) missing.push('introEn');
      if (![...listings.values()].some((t) => t.status === 'published')) missing.push('listings');
      if (missing.length) {
        throw new DomainError(
          ShowcaseErrorCode.NotPublishable,
          `Before publishing, add: ${missing.join(', ')} (an introduction in both languages and at least one published listing).`,
          { missing },
        );
      }
      showcase.status = 'published';
      showcase.publishedAt ??= new Date();
    });
    return this.get(id);
  }

  async unpublish(id: string, expected: number | undefined): Promise<AdminShowcaseDto> {
    await this.change(id, expected, (_m, showcase) => {
      showcase.status = 'draft';
      return Promise.resolve();
    });
    return this.get(id);
  }

  async remove(id: string, expected: number | undefined): Promise<void> {
    await this.showcases.transaction(async (m) => {
      const showcase = await this.lock(m, id, expected);
      await this.showcases.delete(m, showcase.id);
    });
  }

  /** What came of a showcase: counters and inquiries, in total and per listing. */
  async report(id: string): Promise<ShowcaseReportDto> {
    const showcase = await this.find(id);
    const [itemIds, metrics, inquiries] = await Promise.all([
      this.showcases.itemIds(id),
      this.showcases.metricTotals(id),
      this.inquiries.countsBySource(showcaseSource(showcase.slug)),
    ]);
    const totals = emptyCounts();
    const perListing = new Map<string, ShowcaseCountsDto>(itemIds.map((i) => [i, emptyCounts()]));
    const countsOf = (technologyId: string) => {
      let counts = perListing.get(technologyId);
      if (!counts) perListing.set(technologyId, (counts = emptyCounts()));
      return counts;
    };
    for (const { kind, technologyId, n } of metrics) {
      totals[COUNT_FIELD[kind]] += n;
      if (technologyId) countsOf(technologyId)[COUNT_FIELD[kind]] += n;
    }
    for (const { technologyId, status, n } of inquiries) {
      for (const counts of [totals, countsOf(technologyId)]) {
        counts.inquiries += n;
        counts.inquiriesByStatus[status] = (counts.inquiriesByStatus[status] ?? 0) + n;
      }
    }
    const names = await this.technologies.summaries([...perListing.keys()]);
    return {
      totals,
      listings: [...perListing.entries()]
        .filter(([technologyId]) => names.has(technologyId))
        .map(([technologyId, counts]) => ({
          listing: toListing(names.get(technologyId)!),
          ...counts,
        })),
    };
  }

  /** A published showcase by slug with the listings published now; anything else is 404. */
  async findPublic(slug: string): Promise<PublicShowcase> {
    const showcase = await this.showcases.findPublishedBySlug(slug.toLowerCase());
    if (!showcase) throw this.notFound(slug);
    return { showcase, listings: await this.publishedListings(showcase.id) };
  }

  /** A showcase's listings that are published now, in the curator's order. */
  private async publishedListings(showcaseId: string): Promise<Technology[]> {
    const ids = await this.showcases.itemIds(showcaseId);
    const byId = new Map((await this.technologies.loadPublished(ids)).map((t) => [t.id, t]));
    return ids.flatMap((i) => byId.get(i) ?? []);
  }

  /** Any showcase by id, drafts too, with its listings published now: the staff preview. */
  async findForPreview(id: string): Promise<PublicShowcase> {
    const showcase = await this.find(id);
    return { showcase, listings: await this.publishedListings(showcase.id) };
  }

  /** The public showcases for the home page and the sitemap. */
  listed(limit = 20): Promise<Showcase[]> {
    return this.showcases.listedShowcases(limit);
  }

  /**
   * Counts a view, a download or a scan. Never in the way of the page: a failure is logged and
   * the visitor gets the page all the same.
   */
  record(showcase: Showcase, kind: ShowcaseMetricKind, technologyId: string | null = null): void {
    this.showcases.increment(showcase.id, technologyId, kind).catch((error: unknown) => {
      this.logger.warn({ err: error, showcaseId: showcase.id, kind }, 'showcase counter not saved');
    });
  }

  /**
   * A listing page opened from a showcase (`?source=showcase:<slug>&via=…`): counted, and the
   * source to carry into the inquiry form. Null when the source names no published showcase.
   */
  async attributeVisit(
    source: unknown,
    via: unknown,
    technologyId: string,
  ): Promise<string | null> {
    const slug = showcaseSlugOfSource(source);
    const showcase = slug ? await this.showcases.findPublishedBySlug(slug) : null;
    if (!showcase) return null;
    this.record(showcase, 'listing_view', technologyId);
    if (via === 'qr') this.record(showcase, 'qr_scan', technologyId);
    return showcaseSource(showcase.slug);
  }

  /** Each reference as a listing id, in order; new members must be published. */
  private async resolveListings(refs: string[], current: string[]): Promise<string[]> {
    const found = await this.technologies.findByRefs(refs);
    const ids: string[] = [];
    for (const ref of refs) {
      const listing = found.get(ref);
      if (!listing) {
        throw new DomainError(ShowcaseErrorCode.UnknownListing, `No listing is named "${ref}".`, {
          listing: ref,
        });
      }
      if (listing.status !== 'published' && !current.includes(listing.id)) {
        throw new DomainError(
          ShowcaseErrorCode.ListingNotPublished,
          `"${ref}" is ${listing.status}: publish it before adding it to a showcase.`,
          { listing: ref },
        );
      }
      if (!ids.includes(listing.id)) ids.push(listing.id);
    }
    return ids;
  }

  private async change(
    id: string,
    expected: number | undefined,
    apply: (m: EntityManager, showcase: Showcase) => Promise<void>,
  ): Promise<void> {
    await this.showcases.transaction(async (m) => {
      const showcase = await this.lock(m, id, expected);
      await apply(m, showcase);
      await this.showcases.saveNewVersion(m, showcase);
    });
  }

  private async lock(
    m: EntityManager,
    id: string,
    expected: number | undefined,
  ): Promise<Showcase> {
    const version = requireVersion(expected, ShowcaseErrorCode.VersionRequired);
    const showcase = UUID_PATTERN.test(id) ? await this.showcases.lockForChange(m, id) : null;
    if (!showcase) throw this.notFound(id);
    assertCurrentVersion(version, showcase.version, ShowcaseErrorCode.VersionConflict, 'showcase');
    return showcase;
  }

  private async find(id: string): Promise<Showcase> {
    const showcase = UUID_PATTERN.test(id) ? await this.showcases.findById(id) : null;
    if (!showcase) throw this.notFound(id);
    return showcase;
  }

  private async toAdmin(s: Showcase): Promise<AdminShowcaseDto> {
    const ids = await this.showcases.itemIds(s.id);
    const names = await this.technologies.summaries(ids);
    const base = this.config.baseUrl;
    return {
      id: s.id,
      slug: s.slug,
      titleKo: s.titleKo,
      titleEn: s.titleEn,
      introKo: s.introKo,
      introEn: s.introEn,
      event: showcaseEvent(s),
      visibility: s.visibility,
      status: s.status,
      listings: ids.flatMap((i) => (names.has(i) ? [toListing(names.get(i)!)] : [])),
      links: {
        pageKo: `${base}/ko/showcases/${s.slug}`,
        pageEn: `${base}/en/showcases/${s.slug}`,
        bookletKo: `${base}/ko/showcases/${s.slug}/booklet.pdf`,
        bookletEn: `${base}/en/showcases/${s.slug}/booklet.pdf`,
        qrSvg: `${base}/en/showcases/${s.slug}/qr.svg`,
        qrPng: `${base}/en/showcases/${s.slug}/qr.png`,
      },
      publishedAt: s.publishedAt?.toISOString() ?? null,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
      version: s.version,
    };
  }

  private notFound(id: string) {
    return new DomainError(ShowcaseErrorCode.NotFound, `No showcase "${id}".`);
  }

  private rethrow(error: unknown, slug: string | undefined): never {
    rethrowUniqueViolation(error, {
      [SLUG_CONSTRAINT]: () =>
        new DomainError(ShowcaseErrorCode.DuplicateSlug, `The slug "${slug}" is already in use.`),
    });
  }
}

/** A showcase's event, when it has one (a name and a date). */
export function showcaseEvent(s: Showcase) {
  return s.eventName && s.eventDate
    ? { name: s.eventName, date: s.eventDate, place: s.eventPlace, organizer: s.eventOrganizer }
    : null;
}

function eventColumns(event: ShowcaseFieldsDto['event']) {
  return {
    eventName: event?.name ?? null,
    eventDate: event?.date ?? null,
    eventPlace: event?.place ?? null,
    eventOrganizer: event?.organizer ?? null,
  };
}

function assignFields(showcase: Showcase, dto: UpdateShowcaseDto): void {
  if (dto.titleKo !== undefined) showcase.titleKo = dto.titleKo;
  if (dto.titleEn !== undefined) showcase.titleEn = dto.titleEn;
  if (dto.introKo !== undefined) showcase.introKo = dto.introKo;
  if (dto.introEn !== undefined) showcase.introEn = dto.introEn;
  if (dto.visibility !== undefined) showcase.visibility = dto.visibility;
  if (dto.event !== undefined) Object.assign(showcase, eventColumns(dto.event));
}
