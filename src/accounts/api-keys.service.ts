import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { AccountErrorCode } from './account-error-codes.js';
import { generateApiKey, hashApiKey, visiblePrefix } from './api-key-secret.js';
import { ApiKey } from './api-key.entity.js';
import type { Role } from './roles.js';

/** Who calls: an API key (integrators, automation) or a signed-in staff user. */
export interface Principal {
  kind: 'api-key' | 'staff';
  /** The API key's id; null for a staff user. */
  keyId: string | null;
  /** The staff user's id; null for an API key. */
  userId: string | null;
  role: Role;
  name: string;
}

/** Don't write last_used_at on every request; once a minute per key is precise enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);

  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  /** Creates a key; the returned secret is shown once and never stored. */
  async create(name: string, role: Role): Promise<{ apiKey: ApiKey; secret: string }> {
    const { key, prefix, hash } = generateApiKey();
    const apiKey = await this.keys.save(
      this.keys.create({
        id: randomUUID(),
        name,
        role,
        prefix,
        keyHash: hash,
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { apiKey, secret: key };
  }

  async list(page: number, perPage: number): Promise<{ items: ApiKey[]; total: number }> {
    const [items, total] = await this.keys.findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
    return { items, total };
  }

  async get(id: string): Promise<ApiKey> {
    const apiKey = await this.keys.findOneBy({ id });
    if (!apiKey)
      throw new DomainError(AccountErrorCode.ApiKeyNotFound, `No API key with id ${id}.`);
    return apiKey;
  }

  /** Revoking is idempotent: a revoked key stays revoked with its first revocation time. */
  async revoke(id: string): Promise<ApiKey> {
    const apiKey = await this.get(id);
    if (!apiKey.revokedAt) {
      await this.keys.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
    return (await this.keys.findOneBy({ id }))!;
  }

  /** The principal for a presented key, or null when it is unknown or revoked. */
  async authenticate(presented: string): Promise<Principal | null> {
    if (presented.length < 16 || presented.length > 200) return null;
    const apiKey = await this.keys.findOneBy({ keyHash: hashApiKey(presented) });
    if (!apiKey || apiKey.revokedAt) return null;
    const now = Date.now();
    if (!apiKey.lastUsedAt || now - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.keys.update({ id: apiKey.id }, { lastUsedAt: new Date(now) });
    }
    return {
      kind: 'api-key',
      keyId: apiKey.id,
      userId: null,
      role: apiKey.role,
      name: apiKey.name,
    };
  }

  /**
   * Makes ADMIN_API_KEY a working admin key. If that key was revoked, it stays revoked: a
   * restart must not undo a revocation (set a new ADMIN_API_KEY instead).
   */
  async ensureBootstrapAdminKey(secret: string): Promise<void> {
    const keyHash = hashApiKey(secret);
    const existing = await this.keys.findOneBy({ keyHash });
    if (existing) {
      if (existing.revokedAt) {
        this.logger.warn(
          'ADMIN_API_KEY was revoked; it does not work. Set a new ADMIN_API_KEY to bootstrap.',
        );
      }
      return;
    }
    await this.keys
      .createQueryBuilder()
      .insert()
      .values({
        id: randomUUID(),
        name: 'bootstrap admin (ADMIN_API_KEY)',
        role: 'admin',
        prefix: visiblePrefix(secret),
        keyHash,
      })
      .orIgnore()
      .execute();
  }
}
