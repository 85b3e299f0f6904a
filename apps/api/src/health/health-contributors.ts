import { Injectable } from '@nestjs/common';

/**
 * Parts of the service (projections, the Kafka consumer) add what they know
 * to /health, and may say the service is not fit to serve.
 */
@Injectable()
export class HealthContributors {
  private readonly parts = new Map<string, () => unknown | Promise<unknown>>();
  private readonly checks = new Map<string, () => string | undefined>();

  register(
    name: string,
    report: () => unknown | Promise<unknown>,
    problem?: () => string | undefined,
  ): void {
    this.parts.set(name, report);
    if (problem) this.checks.set(name, problem);
  }

  /** What is wrong, part by part; empty when all is well. */
  problems(): Record<string, string> {
    const found: Record<string, string> = {};
    for (const [name, check] of this.checks) {
      const problem = check();
      if (problem !== undefined) found[name] = problem;
    }
    return found;
  }

  async collect(): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const [name, report] of this.parts) result[name] = await report();
    return result;
  }
}
