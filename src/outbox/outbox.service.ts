import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEntry } from './outbox.entity.js';

export const OUTBOX_TOPICS = ['search', 'mail'] as const;
export type OutboxTopic = (typeof OUTBOX_TOPICS)[number];
/** Postgres NOTIFY channel announcing new outbox rows. */
export const OUTBOX_CHANNEL = 'outbox';

@Injectable()
export class OutboxService {
  /**
   * Records work for another system inside the caller's transaction: it happens if and only if
   * the caller's change commits.
   */
  async enqueue(
    manager: EntityManager,
    topic: OutboxTopic,
    aggregateKey: string,
    payload: Record<string, unknown> = {},
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEntry)
      .values({ topic, aggregateKey, payload: () => ':payload' })
      .setParameter('payload', JSON.stringify(payload))
      .execute();
    // Delivered at commit (and dropped on rollback): wakes an idle relay at once.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, topic]);
  }

  /** One row per key in one statement (bulk imports), with one wake-up for the relay. */
  async enqueueMany(
    manager: EntityManager,
    topic: OutboxTopic,
    aggregateKeys: string[],
    payload: Record<string, unknown> = {},
  ): Promise<void> {
    if (aggregateKeys.length === 0) return;
    await manager.query(
      `INSERT INTO outbox (topic, aggregate_key, payload)
       SELECT $1, unnest($2::varchar[]), $3::jsonb`,
      [topic, aggregateKeys, JSON.stringify(payload)],
    );
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, topic]);
  }
}
