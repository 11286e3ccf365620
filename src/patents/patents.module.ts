import { Module } from '@nestjs/common';
import { TechnologiesModule } from '../technologies/technologies.module.js';
import { PatentsController } from './patents.controller.js';
import { PatentsService } from './patents.service.js';

@Module({
  imports: [TechnologiesModule],
  controllers: [PatentsController],
  providers: [PatentsService],
  exports: [PatentsService],
})
export class PatentsModule {}
