import { Module } from '@nestjs/common';
import { ChangesModule } from '../changes/changes.module.js';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SearchModule } from '../search/search.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { AlertDigests } from './alert-digests.js';
import { AlertScheduler } from './alert-scheduler.js';
import { AlertTokens } from './alert-tokens.js';
import { AlertsController } from './alerts.controller.js';
import { AlertsService } from './alerts.service.js';
import { SavedSearchRepository } from './saved-search.repository.js';

/**
 * Saved-search e-mail alerts: follow with double opt-in (AlertsService), digests from the change
 * feed matched by the search index (AlertDigests, run by AlertScheduler), links derived by
 * AlertTokens. The web pages for them are in web/.
 */
@Module({
  imports: [ChangesModule, NotificationsModule, SearchModule, TaxonomyModule, RateLimitModule],
  controllers: [AlertsController],
  providers: [SavedSearchRepository, AlertTokens, AlertsService, AlertDigests, AlertScheduler],
  exports: [AlertsService, AlertDigests, AlertScheduler],
})
export class AlertsModule {}
