import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { API_TOKENS, loadApiTokens } from './api-tokens';

/** The tokens, loaded once for every door that signs people or systems in (the API, the web interface). */
@Module({
  providers: [
    {
      provide: API_TOKENS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const logger = new Logger('Auth');
        return loadApiTokens(config, (message) => logger.log(message));
      },
    },
  ],
  exports: [API_TOKENS],
})
export class AuthModule {}
