import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from '../auth/auth.guard';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@delegationsbeslut/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { HealthContributors } from './health-contributors';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contributors: HealthContributors,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Ready when it answers 200; no token needed' })
  async health(): Promise<Record<string, unknown>> {
    return {
      status: 'ok',
      eventStore: { kind: this.config.eventStore, headPosition: (await this.store.headPosition()) ?? 0 },
      ...(await this.contributors.collect()),
    };
  }
}
