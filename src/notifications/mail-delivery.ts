import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { type OutboxHandler, OutboxRejection, OutboxRelay } from '../outbox/outbox-relay.js';
import { MailMessage } from './mail-message.entity.js';
import { MailTransport } from './mail-transport.js';

/**
 * The `mail` topic: delivers queued messages. Each one is marked sent (and its bodies purged)
 * right after its own delivery, so when a batch fails half-way, or the relay dies and another
 * picks the rows up, the messages already delivered are not sent again.
 */
@Injectable()
export class MailDelivery implements OutboxHandler, OnModuleInit, OnModuleDestroy {
  readonly topic = 'mail' as const;
  private readonly logger = new Logger(MailDelivery.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    @Inject(MailTransport) private readonly transport: MailTransport,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
  }

  onModuleDestroy(): void {
    this.transport.close();
  }

  async handle(ids: string[]): Promise<void> {
    const messages = await this.db
      .getRepository(MailMessage)
      .find({ where: { id: In(ids), sentAt: IsNull() }, order: { createdAt: 'ASC' } });
    const failures: string[] = [];
    let allRefused = true;
    for (const message of messages) {
      try {
        await this.deliver(message);
      } catch (error) {
        // Ids and the error only: recipients and bodies are personal data.
        this.logger.warn({ mailId: message.id, kind: message.kind, err: error }, 'mail not sent');
        failures.push(`${message.id}: ${error instanceof Error ? error.message : String(error)}`);
        allRefused &&= isPermanentSmtpFailure(error);
      }
    }
    if (failures.length) {
      const text = `mail delivery failed for ${failures.join('; ')}`;
      // A server that refuses for good (5xx) is a rejection; a server we cannot reach is not.
      throw allRefused ? new OutboxRejection(text) : new Error(text);
    }
  }

  private async deliver(message: MailMessage): Promise<void> {
    await this.transport.deliver({
      id: message.id,
      from: this.config.mail.from,
      to: message.recipients,
      cc: message.cc,
      subject: message.subject,
      text: message.bodyText ?? '',
      html: message.bodyHtml ?? '',
      headers: message.headers ?? undefined,
      date: message.createdAt,
      label: `${compactUtc(message.createdAt)}-${message.kind}-${message.subjectRef}`,
    });
    await this.db
      .getRepository(MailMessage)
      .update(
        { id: message.id, sentAt: IsNull() },
        { sentAt: new Date(), bodyText: null, bodyHtml: null, headers: null },
      );
    this.logger.log({ mailId: message.id, kind: message.kind }, 'mail sent');
  }
}

function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** 2026-11-25T10:15:00.000Z → 20261125T101500Z, for file names that sort by time. */
function compactUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
