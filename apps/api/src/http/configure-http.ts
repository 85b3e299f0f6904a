import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';
import { configureJsonBody } from './json-body';

function parseQueryWithoutEmpty(query: string): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    if (value === '') continue;
    const existing = result[key];
    result[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  }
  return result;
}

/** JSON bodies (413 past the limit), the query parser and the OpenAPI document at /api/docs and /api/docs-json. */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  // nosniff, no framing, no X-Powered-By, …; each kind of answer sets its own CSP
  // (the web interface its pages', the API none of any content, Swagger UI its own)
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use('/api/v1', (_request: Request, response: Response, next: NextFunction) => {
    // answers carry confidential fields: no cache may keep them
    response.set({
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
    next();
  });
  configureJsonBody(app, config.bodyLimit);
  // `?bodyId=&status=` (as api.md writes the templates) means "not given"
  app.set('query parser', parseQueryWithoutEmpty);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('delegationsbeslut')
      .setDescription(
        'Delegationsbeslut from the source system until the nämnd has received them (anmälan). ' +
          'Contract: docs/api.md in the project.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
