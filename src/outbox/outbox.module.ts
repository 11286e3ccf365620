import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PgListener } from '../database/pg-listener.js';
import { OutboxEntry } from './outbox.entity.js';
import { OutboxRelay } from './outbox-relay.js';
import { OutboxService } from './outbox.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntry])],
  providers: [OutboxService, OutboxRelay, PgListener],
  exports: [OutboxService, OutboxRelay, PgListener],
})
export class OutboxModule {}
