import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module.js';
import { SearchModule } from '../search/search.module.js';
import { HealthController } from './health.controller.js';

@Module({
  imports: [OutboxModule, SearchModule],
  controllers: [HealthController],
})
export class HealthModule {}
