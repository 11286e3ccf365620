import { Module } from '@nestjs/common';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TechnologiesModule } from '../technologies/technologies.module.js';
import { AdminInquiriesController } from './admin-inquiries.controller.js';
import { InquiryChanges } from './inquiry-changes.js';
import { InquiryDeskService } from './inquiry-desk.service.js';
import { InquiryIntakeService } from './inquiry-intake.service.js';
import { InquiryReportsService } from './inquiry-reports.service.js';
import { PublicInquiriesController } from './public-inquiries.controller.js';

@Module({
  imports: [TechnologiesModule, NotificationsModule, RateLimitModule],
  controllers: [PublicInquiriesController, AdminInquiriesController],
  providers: [InquiryChanges, InquiryIntakeService, InquiryDeskService, InquiryReportsService],
  exports: [InquiryIntakeService, InquiryDeskService, InquiryReportsService],
})
export class InquiriesModule {}
