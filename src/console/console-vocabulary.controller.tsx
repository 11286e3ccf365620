import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../accounts/auth.guard.js';
import { Roles } from '../accounts/roles.decorator.js';
import { ValidationFailedError } from '../common/errors/validation-failed.error.js';
import { LiveVocabulary } from '../search/live-vocabulary.js';
import { CONSOLE_ANALYTICS_UI } from './console-analytics-i18n.js';
import { ConsoleErrorFilter } from './console-error.filter.js';
import { type Form, formStrings } from './console-forms.js';
import { ConsolePages } from './console-pages.js';
import { type VocabularyForm, VocabularyPage } from './views/vocabulary-page.js';

const NOTICES = ['added', 'removed'] as const;

/** The office's labels for the search vocabulary, added from searches that found nothing. */
@ApiExcludeController()
@Controller('console/vocabulary')
@UseFilters(ConsoleErrorFilter)
@Roles('admin', 'curator')
export class ConsoleVocabularyController {
  constructor(
    private readonly pages: ConsolePages,
    private readonly vocabulary: LiveVocabulary,
  ) {}

  /** `?label=` fills the form (the analytics page's "add to vocabulary" link). */
  @Get()
  async page(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query('label') label: unknown,
    @Query('notice') notice: unknown,
  ) {
    const words = typeof label === 'string' ? label.trim().slice(0, 80) : '';
    const form = {
      values: { label: words, lang: LiveVocabulary.guessLang(words), conceptId: '' },
      errors: {},
    };
    await this.render(
      req,
      res,
      200,
      form,
      NOTICES.find((n) => n === notice),
    );
  }

  @Post()
  async add(@Req() req: AuthenticatedRequest, @Res() res: Response, @Body() body: Form) {
    const { label, lang, conceptId } = formStrings(body, ['label', 'lang', 'conceptId']);
    const values = { label, lang, conceptId };
    try {
      await this.vocabulary.add({ ...values, staffUserId: req.staffUser!.id });
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      const errors = Object.fromEntries(error.errors.map((e) => [e.field, e.message]));
      return this.render(req, res, 422, { values, errors });
    }
    res.redirect(303, '/console/vocabulary?notice=added');
  }

  @Post(':id/remove')
  async remove(@Res() res: Response, @Param('id', new ParseUUIDPipe()) id: string) {
    // Already gone (removed in another tab): the list again, without claiming a removal.
    const removed = await this.vocabulary.remove(id);
    res.redirect(303, removed ? '/console/vocabulary?notice=removed' : '/console/vocabulary');
  }

  private async render(
    req: AuthenticatedRequest,
    res: Response,
    status: number,
    form: VocabularyForm,
    notice?: string,
  ) {
    const lang = req.staffUser!.language;
    const name = (id: string) => {
      const c = this.vocabulary.conceptById(id);
      return c ? `${c.prefLabel[lang]} (${c.prefLabel[lang === 'ko' ? 'en' : 'ko']})` : id;
    };
    this.pages.send(
      res,
      lang,
      status,
      CONSOLE_ANALYTICS_UI[lang].vocabulary.title,
      '/console/vocabulary',
      <VocabularyPage
        lang={lang}
        csrfToken={req.session.csrfToken!}
        concepts={this.vocabulary.concepts(lang)}
        conceptName={name}
        added={await this.vocabulary.added()}
        form={form}
        notice={notice}
      />,
    );
  }
}
