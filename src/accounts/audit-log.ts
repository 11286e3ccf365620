import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, type AuditAction } from './audit-event.entity.js';

/** Who acts, and from where: the signed-in person (if any) and the request's client address. */
export interface Actor {
  userId: string | null;
  clientAddress: string | null;
}

export const CLI_ACTOR: Actor = { userId: null, clientAddress: null };

/** The accounts audit trail: written in the transaction of the change it records. */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(
    action: AuditAction,
    actor: Actor,
    subjectUserId: string | null,
    details: Record<string, unknown> = {},
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.insert(AuditEvent, {
      action,
      actorUserId: actor.userId,
      subjectUserId,
      clientAddress: actor.clientAddress?.slice(0, 64) ?? null,
      details: details as never, // jsonb: TypeORM's insert type cannot express a free-form object
    });
  }

  async list(
    page: number,
    perPage: number,
    subjectUserId?: string,
  ): Promise<{ items: AuditEvent[]; total: number }> {
    const [items, total] = await this.db.manager.findAndCount(AuditEvent, {
      where: subjectUserId ? { subjectUserId } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
    return { items, total };
  }
}
