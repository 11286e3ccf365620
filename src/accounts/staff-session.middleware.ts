import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { StaffSessions } from './staff-sessions.js';

/**
 * Loads the staff session on the routes that accept one (the console and the admin API). A
 * request that brings an API key is not a session's: it skips the store entirely.
 */
@Injectable()
export class StaffSessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: StaffSessions) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (req.headers.authorization === undefined) await this.sessions.load(req, res);
    next();
  }
}
