import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { toApiError } from '../application/api-error';

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const error = toApiError(exception);
    if (error.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception : String(exception));
    }
    // RFC 9110 § 11.6.1: a 401 says which scheme would be accepted
    if (error.statusCode === 401)
      response.set('www-authenticate', 'Bearer realm="delegationsbeslut"');
    response.status(error.statusCode).json(error);
  }
}
