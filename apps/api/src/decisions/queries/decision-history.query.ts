import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { DecisionNotFoundError } from '@delegationsbeslut/domain';
import { eventLogQueries } from '../../projections/event-log/event-log.projection';
import { READ_MODEL_DB } from '../../projections/read-model-database';
import { maskConfidentialEvents } from './confidential-masking.policy';

export interface HistoryEntry {
  readonly position: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor: string | null;
  readonly data: unknown;
}

@Injectable()
export class DecisionHistoryQuery {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  events(
    boardId: string,
    decisionId: string,
    maySeeConfidential: boolean,
  ): { events: HistoryEntry[] } {
    const logged = eventLogQueries.decisionHistory(this.db, decisionId);
    const first = logged[0]?.data as { boardId?: string } | undefined;
    if (!first || first.boardId !== boardId) throw new DecisionNotFoundError(decisionId);
    const visible = maskConfidentialEvents(this.db, logged, () => maySeeConfidential);
    return {
      events: visible.map((e) => ({
        position: e.position,
        type: e.type,
        recordedAt: e.recordedAt,
        actor: e.actor,
        data: e.data,
      })),
    };
  }
}
