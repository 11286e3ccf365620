import { AppConfig } from '../config/app-config.js';
import { QueryPlanner } from './query-plan.js';
import { DomainError } from '../common/errors/domain-error.js';
import { SearchErrorCode } from './search-error-codes.js';
import { SearchReconciler } from './search-reconciler.js';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, toHighlightHtml } from './highlight.js';
import { ChangeFeed } from '../changes/change-feed.js';
import { Injectable } from '@nestjs/common';
import type { SearchParams } from 'meilisearch';
import { SearchResultCache } from './search-result-cache.js';
import { SearchRepository } from './search.repository.js';
import type { SearchItemDto, SearchQueryDto, SearchResultDto } from './search-query.dto.js';
import type { TechnologyDocument } from './technology-document.js';

const FACETS: Record<keyof SearchResultDto['facets'], keyof TechnologyDocument> = {
  area: 'areaCodes',
  stage: 'stage',
  trl: 'trl',
  jurisdiction: 'jurisdictions',
  patentStatus: 'patentStatuses',
  licenseType: 'licenseTypes',
};

/** A filter value as a Meilisearch string literal: quotes and backslashes escaped, never raw. */
export function filterLiteral(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The filter expressions (ANDed) for validated query values. */
export function buildFilter(q: SearchQueryDto): string[] {
  const filter: string[] = [];
  const anyOf = (attribute: string, values: string[] | undefined) => {
    if (values?.length) filter.push(`${attribute} IN [${values.map(filterLiteral).join(', ')}]`);
  };
  anyOf('areaCodes', q.area);
  anyOf('stage', q.stage);
  anyOf('jurisdictions', q.jurisdiction);
  anyOf('patentStatuses', q.patentStatus);
  anyOf('licenseTypes', q.licenseType);
  anyOf('modality', q.modality);
  if (q.trlMin !== undefined) filter.push(`trl >= ${Number(q.trlMin)}`);
  if (q.trlMax !== undefined) filter.push(`trl <= ${Number(q.trlMax)}`);
  return filter;
}

/**
 * What a result item shows. Asking for just these keeps Meilisearch from sending (and `_formatted`
 * from repeating) every displayed attribute, which was most of the response's bytes.
 */
const RETRIEVED: (keyof TechnologyDocument)[] = [
  'id',
  'slug',
  'referenceCode',
  'titleKo',
  'titleEn',
  'summaryKo',
  'summaryEn',
  'areaCodes',
  'trl',
  'stage',
  'modality',
  'licenseTypes',
  'jurisdictions',
  'bestPatentStatus',
  'publishedAt',
  'updatedAt',
  'version',
];

/** The Meilisearch request for a validated query (the benchmark sends the same one directly). */
export function searchParams(query: SearchQueryDto): SearchParams {
  return {
    filter: buildFilter(query),
    facets: Object.values(FACETS),
    page: query.page,
    hitsPerPage: query.perPage,
    sort:
      query.sort === 'newest'
        ? ['publishedAt:desc']
        : query.sort === 'trl'
          ? ['trl:desc']
          : undefined,
    attributesToRetrieve: RETRIEVED,
    // Summaries come back as a window of cropLength words around the matches, marked like titles.
    attributesToHighlight: ['titleKo', 'titleEn', 'summaryKo', 'summaryEn'],
    attributesToCrop: ['summaryKo', 'summaryEn'],
    cropLength: 30,
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
}

/** Listings asked about at once by matchingAmong (one Meilisearch request each). */
const AMONG_CHUNK = 500;

export interface FreshSearchResult {
  result: SearchResultDto;
  lastModified: Date | null;
}

@Injectable()
export class SearchService {
  constructor(
    private readonly search: SearchRepository,
    private readonly cache: SearchResultCache,
    private readonly feed: ChangeFeed,
    private readonly reconciler: SearchReconciler,
    private readonly planner: QueryPlanner,
    private readonly config: AppConfig,
  ) {}

  async find(query: SearchQueryDto): Promise<SearchResultDto> {
    return (await this.findWithFreshness(query)).result;
  }

  /**
   * The answer and when the published catalog last changed (for Last-Modified), cached together
   * so a cache hit costs no I/O at all. The time is read beside the search, so it is never older
   * than what the answer shows.
   */
  findWithFreshness(query: SearchQueryDto): Promise<FreshSearchResult> {
    if (!this.reconciler.isTrustworthy()) {
      // Just back from an outage: it may still hold listings unpublished meanwhile.
      return Promise.reject(
        new DomainError(
          SearchErrorCode.Unavailable,
          'Search is being brought up to date. Please retry shortly.',
          { retryAfterSeconds: 5 },
        ),
      );
    }
    // The validated query decides the answer entirely (page and language included).
    return this.cache.getOrLoad(JSON.stringify(query), async () => {
      const [lastModified, result] = await Promise.all([
        // Best effort: search answers from the index even while Postgres is away.
        this.cache.memo('lastChangedAt', () => this.feed.lastChangedAt()).catch(() => null),
        this.run(query),
      ]);
      return { result, lastModified };
    });
  }

  /**
   * Which of these listings the search matches, read as the public search reads it (same
   * understanding, same filters), with what a digest shows of each; in the index's order.
   */
  async matchingAmong(query: SearchQueryDto, ids: string[]): Promise<SearchItemDto[]> {
    const out: SearchItemDto[] = [];
    for (let i = 0; i < ids.length; i += AMONG_CHUNK) {
      const chunk = ids.slice(i, i + AMONG_CHUNK);
      const result = await this.run({ ...query, page: 1, perPage: chunk.length }, (params) => {
        params.filter = [
          ...(params.filter as string[]),
          `id IN [${chunk.map(filterLiteral).join(', ')}]`,
        ];
        params.facets = [];
      });
      out.push(...result.items);
    }
    return out;
  }

  private async run(
    query: SearchQueryDto,
    adjust?: (params: SearchParams) => void,
  ): Promise<SearchResultDto> {
    const params = searchParams(query);
    adjust?.(params);
    const plan = this.planner.plan(query.q, {
      literal: query.literal,
      understanding: this.config.searchUnderstanding,
    });
    if (plan.patentNumbers) params.attributesToSearchOn = ['patentNumbers'];
    const result = await this.search.search(plan.text, params);
    const distribution = result.facetDistribution ?? {};
    const facets = Object.fromEntries(
      Object.entries(FACETS).map(([name, attribute]) => [name, distribution[attribute] ?? {}]),
    ) as unknown as SearchResultDto['facets'];
    return {
      items: result.hits.map((hit): SearchItemDto => {
        const f = (hit._formatted ?? {}) as Partial<Record<keyof TechnologyDocument, string>>;
        return {
          id: hit.id,
          slug: hit.slug,
          referenceCode: hit.referenceCode,
          titleKo: hit.titleKo,
          titleEn: hit.titleEn,
          summaryKo: hit.summaryKo,
          summaryEn: hit.summaryEn,
          highlight: {
            titleKo: toHighlightHtml(f.titleKo),
            titleEn: toHighlightHtml(f.titleEn),
            summaryKo: toHighlightHtml(f.summaryKo),
            summaryEn: toHighlightHtml(f.summaryEn),
          },
          areaCodes: hit.areaCodes,
          trl: hit.trl,
          stage: hit.stage,
          modality: hit.modality,
          licenseTypes: hit.licenseTypes,
          jurisdictions: hit.jurisdictions,
          bestPatentStatus: hit.bestPatentStatus,
          publishedAt: hit.publishedAt ? new Date(hit.publishedAt).toISOString() : null,
          updatedAt: new Date(hit.updatedAt).toISOString(),
          version: hit.version,
        };
      }),
      page: query.page,
      perPage: query.perPage,
      total: result.totalHits ?? result.hits.length,
      facets,
      query: {
        ...query,
        ...(plan.patentNumbers ? { patentNumbers: plan.patentNumbers } : {}),
        ...(plan.searchedFor ? { searchedFor: plan.searchedFor } : {}),
        ...(plan.concepts.length ? { concepts: plan.concepts } : {}),
      },
    };
  }
}
