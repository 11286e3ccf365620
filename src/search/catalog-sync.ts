import { Injectable } from '@nestjs/common';
import { TechnologyRepository } from '../technologies/technology.repository.js';
import { toPublicTechnology } from '../technologies/technology.mapper.js';
import { decodeCursor, encodeCursor } from '../changes/change-cursor.js';
import type { CatalogSyncPageDto } from '../changes/change-feed.dto.js';
import { ChangeFeed } from '../changes/change-feed.js';

const CURSOR_TAG = 'sync1';

/** Where a sync page starts: a time, or the previous page's nextCursor. */
export interface CatalogSyncQuery {
  updatedSince?: string;
  cursor?: string;
  perPage: number;
}

/**
 * Bulk read for a first full sync: the published listings, whole, in the order of their latest
 * change (`technology.change_seq`, which follows commit order). A listing edited while a client
 * pages moves behind the cursor and comes again with its new version; none is skipped.
 */
@Injectable()
export class CatalogSync {
  constructor(
    private readonly technologies: TechnologyRepository,
    private readonly feed: ChangeFeed,
  ) {}

  async page(query: CatalogSyncQuery): Promise<CatalogSyncPageDto> {
    let after = '0';
    let sinceMs = query.updatedSince ? Date.parse(query.updatedSince) : 0;
    if (query.cursor) {
      const [seq, ms] = decodeCursor(CURSOR_TAG, query.cursor, 'cursor').split('.');
      after = seq;
      sinceMs = Number(ms ?? 0);
    }
    // Read the feed's head first: every change after it is in the feed, so a client that
    // follows the feed from here after its full sync misses nothing.
    const changesCursor = await this.feed.head();
    const rows = await this.technologies.publishedByChange(
      after,
      new Date(sinceMs),
      query.perPage + 1,
    );
    const page = rows.slice(0, query.perPage);
    const listings = await this.technologies.loadPublished(page.map((r) => r.id));
    const byId = new Map(listings.map((t) => [t.id, t]));
    const last = page.at(-1)?.seq ?? after;
    return {
      items: page.flatMap((r) => (byId.has(r.id) ? [toPublicTechnology(byId.get(r.id)!)] : [])),
      nextCursor: encodeCursor(CURSOR_TAG, `${last}.${sinceMs}`),
      hasMore: rows.length > query.perPage,
      changesCursor,
    };
  }
}
