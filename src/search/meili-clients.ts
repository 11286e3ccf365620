import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Key, type Meilisearch, MeilisearchApiError } from 'meilisearch';
import { AppConfig } from '../config/app-config.js';
import { createMeiliClient, MEILI_CLIENT } from './meili-client-factory.js';

const SEARCH_KEY_NAME = 'tech-catalog search';
const ADMIN_KEY_NAME = 'tech-catalog indexer';
// Meilisearch 1.21 shows an index-swap task (it has no single index) only to keys that reach
// every index, and reindex must wait for that task; so the indexer key cannot be index-scoped.
const ALL_INDEXES = ['*'];

/**
 * The two clients the app uses, so the master key never serves traffic: a search-only key for
 * public queries, and an indexer key (documents, indexes, settings, tasks; not key management)
 * for the relay and reindex. Keys are found or created with the configured key on first use;
 * a server without authentication (no master key) is used as it is.
 */
@Injectable()
export class MeiliClients {
  private readonly logger = new Logger(MeiliClients.name);
  private resolved?: Promise<{ search: Meilisearch; admin: Meilisearch }>;

  constructor(
    @Inject(MEILI_CLIENT) private readonly root: Meilisearch,
    private readonly config: AppConfig,
  ) {}

  async search(): Promise<Meilisearch> {
    return (await this.clients()).search;
  }

  async admin(): Promise<Meilisearch> {
    return (await this.clients()).admin;
  }

  private clients() {
    this.resolved ??= this.resolve().catch((error: unknown) => {
      this.resolved = undefined; // retry on the next call (Meilisearch may be down right now)
      throw error;
    });
    return this.resolved;
  }

  private async resolve(): Promise<{ search: Meilisearch; admin: Meilisearch }> {
    if (!this.config.meili.apiKey) return { search: this.root, admin: this.root };
    const index = this.config.meili.index;
    const scope = [index, `${index}_*`];
    let results: Key[];
    try {
      ({ results } = await this.root.getKeys({ limit: 1000 }));
    } catch (error) {
      // A key that may not manage keys (an admin key given as MEILI_MASTER_KEY) is used as is.
      if (error instanceof MeilisearchApiError && error.response.status === 403) {
        this.logger.warn(
          'MEILI_MASTER_KEY cannot manage keys; using it for both queries and writes',
        );
        return { search: this.root, admin: this.root };
      }
      throw error;
    }
    const findOrCreate = async (
      name: string,
      description: string,
      actions: string[],
      indexes: string[],
    ) =>
      results.find((k) => k.name === name && sameSet(k.indexes, indexes)) ??
      (await this.root.createKey({ name, description, actions, indexes, expiresAt: null }));
    const search = await findOrCreate(SEARCH_KEY_NAME, 'public search', ['search'], scope);
    const admin = await findOrCreate(
      ADMIN_KEY_NAME,
      'outbox relay and reindex',
      ['documents.*', 'indexes.*', 'settings.*', 'tasks.get', 'search'],
      ALL_INDEXES,
    );
    this.logger.log(
      'Meilisearch: using a search-only key for queries and an indexer key for writes',
    );
    return {
      search: createMeiliClient(this.config.meili, search.key),
      admin: createMeiliClient(this.config.meili, admin.key),
    };
  }
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
