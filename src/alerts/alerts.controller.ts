import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../accounts/roles.decorator.js';
import { ApiProblems } from '../common/http/api-errors.decorator.js';
import { noStore } from '../common/http/cache-control.js';
import { RateLimited } from '../common/rate-limit/rate-limit.guard.js';
import { AlertRequestedDto, CreateAlertDto } from './alert.dto.js';
import { AlertsService } from './alerts.service.js';

/** Partners follow a search by e-mail; confirming, managing and unsubscribing are web pages. */
@ApiTags('alerts')
@Controller('api/v1/alerts')
@Public()
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Post()
  @HttpCode(202)
  @RateLimited('alert-create')
  @ApiOperation({
    operationId: 'followSearch',
    summary: 'Follow a search by e-mail',
    description:
      'Sends a confirmation link to the address (double opt-in); nothing else is sent until it is followed. Then a digest (weekly or daily) lists the listings newly published or substantially updated that match. Every mail links to one-click unsubscribe (RFC 8058) and to a page with all alerts of the address. The answer is the same whether or not the address already follows the search.',
  })
  @ApiAcceptedResponse({ type: AlertRequestedDto })
  @ApiProblems(400, 413, 422, 429)
  async follow(
    @Body() body: CreateAlertDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AlertRequestedDto> {
    await this.alerts.follow({
      email: body.email,
      language: body.language ?? 'en',
      cadence: body.cadence ?? 'weekly',
      query: { ...(body.search ?? {}) },
      website: body.website,
    });
    noStore(res);
    return {
      status: 'pending',
      detail: 'If the address can receive mail, a confirmation link is on its way.',
    };
  }
}
