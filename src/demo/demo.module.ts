import { Module } from '@nestjs/common';
import { TechnologiesModule } from '../technologies/technologies.module.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({
  imports: [TechnologiesModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
