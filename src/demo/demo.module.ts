import { Module } from '@nestjs/common';
import { ShowcasesModule } from '../showcases/showcases.module.js';
import { TechnologiesModule } from '../technologies/technologies.module.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({
  imports: [TechnologiesModule, ShowcasesModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
