import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
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
  @ApiOperation({
    summary:
      'Ready when it answers 200; 503 with the problems when a part is failing; no token needed',
  })
  async health(@Res({ passthrough: true }) response: Response): Promise<Record<string, unknown>> {
    const problems = this.contributors.problems();
    const degraded = Object.keys(problems).length > 0;
    // a load balancer should stop sending reads that would come back stale
    response.status(degraded ? 503 : 200);
    return {
      status: degraded ? 'degraded' : 'ok',
      ...(degraded && { problems }),
      eventStore: {
        kind: this.config.eventStore,
        headPosition: (await this.store.headPosition()) ?? 0,
      },
      ...(await this.contributors.collect()),
    };
  }
}
