import { Module } from '@nestjs/common';
import { ChangesModule } from '../changes/changes.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { TechnologyRepository } from './technology.repository.js';

/**
 * The listings' repository alone, for modules that read listings but must not depend on the
 * curator API (search, changes, web): it needs nothing but the database.
 */
@Module({
  imports: [OutboxModule, ChangesModule],
  providers: [TechnologyRepository],
  exports: [TechnologyRepository],
})
export class TechnologyDataModule {}
