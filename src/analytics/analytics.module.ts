import { Module } from '@nestjs/common';
import { TechnologyDataModule } from '../technologies/technology-data.module.js';
import { AnalyticsRecorder } from './analytics-recorder.js';
import { AnalyticsReports } from './analytics-reports.js';
import { AnalyticsRetention } from './analytics-retention.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { VisitIds } from './visit-ids.js';

/**
 * Search analytics without personal data: public searches, clicks on results and listing views,
 * recorded in batches (AnalyticsRecorder), reported to the office (AnalyticsReports, shown in
 * the console) and deleted after the retention period (AnalyticsRetention).
 */
@Module({
  imports: [TechnologyDataModule],
  providers: [
    AnalyticsRepository,
    VisitIds,
    AnalyticsRecorder,
    AnalyticsReports,
    AnalyticsRetention,
  ],
  exports: [AnalyticsRecorder, AnalyticsReports, AnalyticsRetention],
})
export class AnalyticsModule {}
