import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { createMeiliClient, MEILI_CLIENT } from './meili.client.js';

@Global()
@Module({
  providers: [
    {
      provide: MEILI_CLIENT,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createMeiliClient(config.meili),
    },
  ],
  exports: [MEILI_CLIENT],
})
export class SearchModule {}
