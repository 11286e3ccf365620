import type { Response } from 'express';
import type { VNode } from 'preact';
import { PageRenderer } from '../web/page-renderer.js';
import type { Lang } from '../web/web-i18n.js';
import { CONSOLE_UI } from './console-i18n.js';
import { Injectable } from '@nestjs/common';

/** Every console page: private, never cached or indexed, no search box in the header. */
@Injectable()
export class ConsolePages {
  constructor(private readonly pages: PageRenderer) {}

  /**
   * `signedIn`: the page is in the user's own language (their setting), so the header offers
   * no language switch; the sign-in and link pages keep it (`?lang=`). `refreshSeconds`: the
   * browser reloads the page (progress without JavaScript).
   */
  send(
    res: Response,
    lang: Lang,
    status: number,
    title: string,
    path: string,
    body: VNode,
    options: { signedIn?: boolean; refreshSeconds?: number } = {},
  ) {
    const signedIn = options.signedIn ?? true;
    this.pages.send(
      res,
      {
        lang,
        status,
        caching: 'private',
        hideHeaderSearch: true,
        hideLanguageSwitch: signedIn,
        consoleScript: signedIn,
        meta: {
          title: `${title} · ${CONSOLE_UI[lang].console}`,
          noindex: true,
          refreshSeconds: options.refreshSeconds,
          paths: { ko: `${path}?lang=ko`, en: `${path}?lang=en` },
        },
      },
      body,
    );
  }
}
