import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../accounts/roles.decorator.js';
import { noStore } from '../common/http/cache-control.js';
import { RateLimited } from '../common/rate-limit/rate-limit.guard.js';
import { ApiProblems } from '../common/http/api-errors.decorator.js';
import { InquiryIntakeService } from './inquiry-intake.service.js';
import {
  CreateInquiryDto,
  InquiryCreatedDto,
  PartnerInquiryDto,
  PartnerMessageDto,
  PartnerWithdrawDto,
  StatusTokenQueryDto,
} from './inquiry.dto.js';

const REFERENCE_PARAM = { name: 'reference', example: 'INQ-2026-000042' };

/**
 * The partner's routes: no account, rate limited per client address. The status token is the
 * only key to an inquiry; a wrong one answers exactly like an unknown reference.
 */
@ApiTags('inquiries')
@Controller('api/v1')
@Public()
export class PublicInquiriesController {
  constructor(private readonly intake: InquiryIntakeService) {}

  @Post('technologies/:idOrSlug/inquiries')
  @RateLimited('inquiry-create')
  @ApiOperation({
    operationId: 'createInquiry',
    summary: 'Ask about licensing a published listing',
    description:
      'Answers 201 with a reference and a secret status link (also e-mailed). The same e-mail, listing and message sent again within the duplicate window answer 200 with the existing reference and no new link.',
  })
  @ApiParam({ name: 'idOrSlug', description: 'Listing id (UUID) or slug' })
  @ApiCreatedResponse({ type: InquiryCreatedDto })
  @ApiOkResponse({ type: InquiryCreatedDto, description: 'A repeated submission' })
  @ApiProblems(400, 404, 413, 429)
  async create(
    @Param('idOrSlug') idOrSlug: string,
    @Body() body: CreateInquiryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<InquiryCreatedDto> {
    const created = await this.intake.create(idOrSlug, body);
    res.status(created.duplicate ? 200 : 201);
    noStore(res);
    return created;
  }

  @Get('inquiries/:reference')
  @RateLimited('inquiry-follow-up')
  @ApiOperation({
    operationId: 'getInquiryStatus',
    summary: "The partner's view of an inquiry: status and the history shared with them",
  })
  @ApiParam(REFERENCE_PARAM)
  @ApiOkResponse({ type: PartnerInquiryDto })
  @ApiProblems(400, 404, 429)
  view(
    @Param('reference') reference: string,
    @Query() query: StatusTokenQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PartnerInquiryDto> {
    noStore(res);
    return this.intake.view(reference, query.token);
  }

  @Post('inquiries/:reference/withdraw')
  @HttpCode(200)
  @RateLimited('inquiry-follow-up')
  @ApiOperation({ operationId: 'withdrawInquiry', summary: 'Withdraw an open inquiry' })
  @ApiParam(REFERENCE_PARAM)
  @ApiOkResponse({ type: PartnerInquiryDto })
  @ApiProblems(400, 404, 409, 413, 429)
  withdraw(
    @Param('reference') reference: string,
    @Body() body: PartnerWithdrawDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PartnerInquiryDto> {
    noStore(res);
    return this.intake.withdraw(reference, body);
  }

  @Post('inquiries/:reference/messages')
  @HttpCode(201)
  @RateLimited('inquiry-follow-up')
  @ApiOperation({
    operationId: 'sendInquiryMessage',
    summary: 'Write to the office about an open inquiry',
  })
  @ApiParam(REFERENCE_PARAM)
  @ApiCreatedResponse({ type: PartnerInquiryDto })
  @ApiProblems(400, 404, 409, 413, 429)
  message(
    @Param('reference') reference: string,
    @Body() body: PartnerMessageDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PartnerInquiryDto> {
    noStore(res);
    return this.intake.message(reference, body);
  }
}
