import { Global, Module } from '@nestjs/common';
import { ChangeFeed } from './change-feed.service.js';
import { ChangesController } from './changes.controller.js';

@Global()
@Module({ controllers: [ChangesController], providers: [ChangeFeed], exports: [ChangeFeed] })
export class ChangesModule {}
