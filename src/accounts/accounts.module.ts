import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ApiKey } from './api-key.entity.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysService } from './api-keys.service.js';
import { AuditLog } from './audit-log.js';
import { SignInService } from './sign-in.service.js';
import { StaffAccountsService } from './staff-accounts.service.js';
import { StaffSessionMiddleware } from './staff-session.middleware.js';
import { StaffSessions } from './staff-sessions.js';
import { StaffUserRepository } from './staff-user.repository.js';
import { StaffUsersController } from './staff-users.controller.js';

/**
 * Who may call what: API keys for integrators and automation, staff accounts with sessions for
 * people (invitations, passwords, sign-in limits, the audit log), and the guard that checks both.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ApiKey]), NotificationsModule, RateLimitModule],
  controllers: [ApiKeysController, StaffUsersController],
  providers: [
    ApiKeysService,
    AuditLog,
    SignInService,
    StaffAccountsService,
    StaffSessions,
    StaffSessionMiddleware,
    StaffUserRepository,
  ],
  exports: [
    ApiKeysService,
    SignInService,
    StaffAccountsService,
    StaffSessions,
    StaffSessionMiddleware,
  ],
})
export class AccountsModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    // The admin API accepts a session too (the console calls it); public routes never load one.
    consumer
      .apply(StaffSessionMiddleware)
      .forRoutes({ path: 'api/v1/admin/{*path}', method: RequestMethod.ALL });
  }
}
