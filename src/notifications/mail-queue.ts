import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../outbox/outbox.service.js';
import { MailMessage } from './mail-message.entity.js';

/** A rendered e-mail, ready to queue. */
export interface OutgoingMail {
  kind: string;
  subjectRef: string;
  to: string[];
  cc?: string[];
  language: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. RFC 8058's List-Unsubscribe and List-Unsubscribe-Post. */
  headers?: Record<string, string>;
}

/**
 * Queues mail inside the caller's transaction: the mail exists if and only if the change that
 * caused it commits, and the relay delivers it later, so a mail server that is down never
 * blocks or loses the change.
 */
@Injectable()
export class MailQueue {
  constructor(private readonly outbox: OutboxService) {}

  async enqueue(m: EntityManager, mail: OutgoingMail): Promise<string> {
    const id = randomUUID();
    await m.insert(MailMessage, {
      id,
      kind: mail.kind,
      subjectRef: mail.subjectRef,
      recipients: mail.to,
      cc: mail.cc ?? [],
      language: mail.language,
      subject: mail.subject.slice(0, 300),
      bodyText: mail.text,
      bodyHtml: mail.html,
      headers: mail.headers ?? null,
      sentAt: null,
    });
    await this.outbox.enqueue(m, 'mail', id);
    return id;
  }
}
