import { Injectable } from '@nestjs/common';
import type { DispatchOutcome } from './decision-message.dispatcher';

export interface ErrorReport {
  readonly at: string;
  readonly message: string;
  /** passing: being retried; permanent: sent to the DLQ; kafka: the client itself */
  readonly kind: 'passing' | 'permanent' | 'kafka';
  readonly code?: string;
  readonly topic?: string;
  readonly partition?: number;
  readonly offset?: string;
}

interface Retrying {
  readonly offset: string;
  readonly attempts: number;
  readonly since: string;
}

type Counter = DispatchOutcome['status'] | 'deadLettered' | 'retries';

/** A message retried this long means something needs a person: /health turns 503. */
const STUCK_AFTER_MS = 60_000;

/** What the consumer has done and is stuck on, for /health; in memory, since the start. */
@Injectable()
export class ConsumerStatus {
  private state: 'starting' | 'running' | 'reconnecting' | 'stopped' = 'starting';
  private lastError: ErrorReport | undefined;
  private readonly retrying = new Map<string, Retrying>();
  private readonly counts: Record<Counter, number> = {
    created: 0,
    changed: 0,
    unchanged: 0,
    duplicate: 0,
    deadLettered: 0,
    retries: 0,
  };

  running(): void {
    this.state = 'running';
  }

  reconnecting(error: unknown): void {
    this.state = 'reconnecting';
    this.kafkaError(error);
  }

  stopped(): void {
    this.state = 'stopped';
  }

  kafkaError(error: unknown): void {
    this.lastError = { at: now(), message: String(error), kind: 'kafka' };
  }

  dispatched(outcome: DispatchOutcome['status']): void {
    this.counts[outcome] += 1;
  }

  deadLettered(
    where: { topic: string; partition: number; offset: string },
    code: string,
    message: string,
  ): void {
    this.counts.deadLettered += 1;
    this.lastError = { at: now(), message, code, kind: 'permanent', ...where };
  }

  retryScheduled(
    where: { topic: string; partition: number; offset: string },
    attempts: number,
    message: string,
  ): void {
    this.counts.retries += 1;
    const key = `${where.topic}/${where.partition}`;
    const since =
      this.retrying.get(key)?.offset === where.offset ? this.retrying.get(key)!.since : now();
    this.retrying.set(key, { offset: where.offset, attempts, since });
    this.lastError = { at: now(), message, kind: 'passing', ...where };
  }

  recovered(where: { topic: string; partition: number }): void {
    this.retrying.delete(`${where.topic}/${where.partition}`);
  }

  snapshot() {
    return {
      state: this.state,
      counts: { ...this.counts },
      retrying: Object.fromEntries(this.retrying),
      lastError: this.lastError ?? null,
    };
  }

  /** Why the consumer is not fit, or undefined: a message retried for a minute or more. */
  problem(at: Date = new Date()): string | undefined {
    for (const [partition, retrying] of this.retrying) {
      if (at.getTime() - Date.parse(retrying.since) >= STUCK_AFTER_MS) {
        return `${partition}@${retrying.offset} has been retried ${retrying.attempts} times since ${retrying.since}`;
      }
    }
    return undefined;
  }
}

const now = (): string => new Date().toISOString();
