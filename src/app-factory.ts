import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { answerConditionalsDespiteNoCache } from './common/http/conditional-requests.js';
import { toOpenApi31Schemas } from './common/http/openapi-31.js';
import { ProblemDto } from './common/http/problem.dto.js';
import type { AppConfig } from './config/app-config.js';

/**
 * Builds the configured HTTP app. main.ts and the e2e tests both use this, so tests exercise
 * exactly what users run.
 */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false, // our own parser answers 413/400 as problem+json (see json-body.middleware)
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  answerConditionalsDespiteNoCache(app.getHttpAdapter().getInstance());
  // A client that drips its headers or body is cut off (408) instead of holding a socket for
  // Node's defaults of 60 s and 300 s; Node checks the deadlines every connectionsCheckingInterval
  // (30 s by default, read when the server starts listening).
  const server = app.getHttpServer();
  server.requestTimeout = config.http.requestTimeoutMs;
  server.headersTimeout = Math.min(config.http.headersTimeoutMs, config.http.requestTimeoutMs);
  (server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = 1000;
  // req.ip (rate limits) believes X-Forwarded-For only from these proxies; by default from none.
  app.set('trust proxy', config.trustedProxies.length ? config.trustedProxies : false);
  // Referrer-Policy same-origin (helmet's default is no-referrer): with no-referrer, browsers
  // send `Origin: null` on our own form posts, and the cross-site check needs the real origin.
  // Other sites still get no referrer.
  app.use(helmet({ referrerPolicy: { policy: 'same-origin' } }));
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: [
        'Authorization',
        'Content-Type',
        'If-Match',
        'If-None-Match',
        'X-Request-Id',
      ],
      exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After'],
      maxAge: 600,
    });
  }
  setupOpenApi(app);
  return app;
}

function setupOpenApi(app: NestExpressApplication) {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hospital technology-transfer catalog API')
      .setDescription(
        'Licensable technologies of a university hospital, in Korean and English. Public reads need no key; ' +
          'curator, admin and integrator routes take `Authorization: Bearer <key>`, or a staff session from /console/sign-in ' +
          '(state-changing requests then carry `X-CSRF-Token`, from GET /api/v1/admin/me). Errors are RFC 9457 problem+json.',
      )
      .setVersion('1')
      .setOpenAPIVersion('3.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key (htc_…)' }, 'apiKey')
      .build(),
    { extraModels: [ProblemDto], operationIdFactory: (_controller, method) => method },
  );
  toOpenApi31Schemas(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
