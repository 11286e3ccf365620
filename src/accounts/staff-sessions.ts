import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import connectPgSimple from 'connect-pg-simple';
import type { Request, RequestHandler } from 'express';
import session from 'express-session';
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { AppConfig } from '../config/app-config.js';
import { AppMeta } from '../database/app-meta.entity.js';
import type { StaffUser } from './staff-user.entity.js';

declare module 'express-session' {
  interface SessionData {
    userId: string;
    /** The user's session epoch at sign-in; a bumped epoch ends the session. */
    epoch: number;
    /** Epoch milliseconds of sign-in, for the absolute timeout. */
    signedInAt: number;
    /** The synchronizer token every state-changing request of this session must carry. */
    csrfToken: string;
  }
}

const SECRET_KEY = 'session-secret';

/** The cookie's name and flags: `__Host-` and Secure when the catalog is served over https. */
export function sessionCookieOptions(config: AppConfig) {
  const https = new URL(config.baseUrl).protocol === 'https:';
  return {
    name: https ? '__Host-tto_session' : 'tto_session',
    // Behind a TLS-terminating proxy, trust its X-Forwarded-Proto for the Secure cookie.
    proxy: https ? true : undefined,
    cookie: {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: https,
      path: '/',
      maxAge: config.staffSessions.idleTimeoutMinutes * 60_000,
    },
  };
}

/**
 * Staff sessions in Postgres (express-session + connect-pg-simple on the app's own pool): every
 * instance shares them and a restart keeps them. The idle timeout is the cookie's and the row's
 * lifetime, renewed by each request; the absolute timeout is checked against `signedInAt`.
 */
@Injectable()
export class StaffSessions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(StaffSessions.name);
  private store?: InstanceType<ReturnType<typeof connectPgSimple>>;
  private middleware?: RequestHandler;
  private readonly options: ReturnType<typeof sessionCookieOptions>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {
    this.options = sessionCookieOptions(config);
  }

  async onModuleInit(): Promise<void> {
    const PgStore = connectPgSimple(session);
    this.store = new PgStore({
      pool: (this.db.driver as PostgresDriver).master as Pool,
      tableName: 'staff_session',
      createTableIfMissing: false, // the migrations made it
      pruneSessionInterval: 15 * 60,
      errorLog: (...args: unknown[]) => this.logger.warn({ args }, 'session store'),
    });
    const options = this.options;
    this.middleware = session({
      store: this.store,
      secret: this.config.staffSessions.secret ?? (await this.storedSecret()),
      name: options.name,
      proxy: options.proxy,
      cookie: options.cookie,
      resave: false,
      saveUninitialized: false, // no row (and no cookie) before sign-in
      rolling: true,
      unset: 'destroy',
    });
  }

  onModuleDestroy(): void {
    void this.store?.close();
  }

  /** Loads the request's session (if its cookie names one); a store failure rejects. */
  load(req: Request, res: Parameters<RequestHandler>[1]): Promise<void> {
    return settled((done) => this.middleware!(req, res, done));
  }

  /** A new session for a user who just signed in: a new id, so no earlier id is ever reused. */
  async start(req: Request, user: StaffUser): Promise<void> {
    await settled((done) => req.session.regenerate(done));
    Object.assign(req.session, {
      userId: user.id,
      epoch: user.sessionEpoch,
      signedInAt: Date.now(),
      csrfToken: randomBytes(24).toString('base64url'),
    });
    await settled((done) => req.session.save(done));
  }

  /** Ends this request's session (its row and its cookie). */
  async end(req: Request, res: Parameters<RequestHandler>[1]): Promise<void> {
    await this.discard(req);
    const { name, cookie } = this.options;
    res.clearCookie(name, {
      path: cookie.path,
      httpOnly: cookie.httpOnly,
      sameSite: cookie.sameSite,
      secure: cookie.secure,
    });
  }

  /** Deletes this request's session row; the request goes on without a session. */
  async discard(req: Request): Promise<void> {
    if (!req.session) return;
    await settled((done) => req.session.destroy(done));
  }

  /** Whether the request brought a session cookie (live or not): an ended session says so. */
  cookieSent(req: Request): boolean {
    const { name } = this.options;
    return (req.headers.cookie ?? '').split(';').some((c) => c.trim().startsWith(`${name}=`));
  }

  /** Whether the session outlived the absolute timeout. */
  expired(signedInAt: number): boolean {
    return Date.now() - signedInAt > this.config.staffSessions.absoluteTimeoutHours * 3_600_000;
  }

  /** One secret for every instance: generated by whichever starts first, kept in app_meta. */
  private async storedSecret(): Promise<string> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(AppMeta)
      .values({ key: SECRET_KEY, value: randomBytes(32).toString('base64url') })
      .orIgnore()
      .execute();
    const row = await this.db.manager.findOneByOrFail(AppMeta, { key: SECRET_KEY });
    return row.value as string;
  }
}

/** A callback-style call (express-session's) as a promise. */
function settled(call: (done: (error?: unknown) => void) => void): Promise<void> {
  return new Promise((resolve, reject) =>
    call((error) =>
      error
        ? reject(
            error instanceof Error ? error : new Error('session store failed', { cause: error }),
          )
        : resolve(),
    ),
  );
}
