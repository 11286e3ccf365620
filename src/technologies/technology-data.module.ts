import { Module } from '@nestjs/common';
import { TechnologyRepository } from './technology.repository.js';

/**
 * The listings' repository alone, for modules that read listings but must not depend on the
 * curator API (search, changes, web): it needs nothing but the database.
 */
@Module({
  providers: [TechnologyRepository],
  exports: [TechnologyRepository],
})
export class TechnologyDataModule {}
