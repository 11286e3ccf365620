import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { isCrossSite } from '../common/http/same-origin.js';
import { IMPORT_FILE_LIMIT_BYTES } from '../imports/admin-imports.controller.js';
import { WebFormBodyMiddleware } from '../web/web-form-body.middleware.js';

/**
 * The console's one multipart form, the import upload: refused when cross-site (403) or not
 * multipart (415), then parsed here, before the guard, so it can check the form's CSRF field.
 * The file stays in memory (the job stores it in Postgres); the same limits as the API's.
 */
@Injectable()
export class ImportUploadMiddleware extends WebFormBodyMiddleware {
  private readonly upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: IMPORT_FILE_LIMIT_BYTES, files: 1, fields: 10, fieldSize: 4096 },
  }).single('file');

  override use(req: Request, res: Response, next: NextFunction) {
    if (isCrossSite(req, this.ownOrigins)) return this.refuse(req, res, 403, 'crossSite');
    if (!req.is('multipart/form-data')) return this.refuse(req, res, 415, 'unreadableForm');
    this.upload(req, res, (error?: unknown) => {
      if (!error) return next();
      const tooLarge = error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE';
      this.refuse(req, res, tooLarge ? 413 : 400, tooLarge ? 'tooLarge' : 'unreadableForm');
    });
  }
}
