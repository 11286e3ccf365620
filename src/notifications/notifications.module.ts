import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { MailDelivery } from './mail-delivery.js';
import { MailQueue } from './mail-queue.js';
import { createMailTransport, MailTransport } from './mail-transport.js';

/** Mail through the outbox: MailQueue in a transaction, MailDelivery from the relay. */
@Module({
  imports: [OutboxModule],
  providers: [
    { provide: MailTransport, inject: [AppConfig], useFactory: createMailTransport },
    MailQueue,
    MailDelivery,
  ],
  exports: [MailQueue],
})
export class NotificationsModule {}
