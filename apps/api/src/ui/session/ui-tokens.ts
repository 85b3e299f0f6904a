import { Logger, type Provider } from '@nestjs/common';
import { loadApiTokens } from '../../auth/api-tokens';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export const UI_TOKENS = Symbol('UI_TOKENS');

/**
 * The same tokens the API accepts (API_TOKENS, or the admin token under
 * DATA_DIR), loaded here because AppModule keeps its API_TOKENS provider to
 * itself; loadApiTokens reads the same file, so both agree.
 */
export const uiTokensProvider: Provider = {
  provide: UI_TOKENS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    const logger = new Logger('Ui');
    return loadApiTokens(config, (message) => logger.debug(message));
  },
};
