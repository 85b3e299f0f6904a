import { Injectable } from '@nestjs/common';

/** Parts of the service (projections, the Kafka consumer) add what they know to /health. */
@Injectable()
export class HealthContributors {
  private readonly parts = new Map<string, () => unknown | Promise<unknown>>();

  register(name: string, report: () => unknown | Promise<unknown>): void {
    this.parts.set(name, report);
  }

  async collect(): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const [name, report] of this.parts) result[name] = await report();
    return result;
  }
}
