const MASKED_FIELDS: readonly string[] = ['caseRef', 'summary'];

function hide(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      MASKED_FIELDS.includes(key) && value !== null ? null : value,
    ]),
  );
}

/** An event's data with caseRef and summary hidden, at the top level and in an amendment's changes. */
export function maskedEventData(data: unknown): unknown {
  const record = data as Record<string, unknown>;
  const changes = record.changes as Record<string, unknown> | undefined;
  return changes ? { ...record, changes: hide(changes) } : hide(record);
}

/**
 * Masks the events of confidential decisions for a caller who may not see
 * them: the log is the facts, but sekretess holds there as in every other read.
 */
export function maskConfidentialEvents<E extends { readonly data: unknown }>(
  events: readonly E[],
  isConfidential: (decisionId: string) => boolean,
  maySee: (boardId: string) => boolean,
): E[] {
  return events.map((event) => {
    const data = event.data as { boardId?: unknown; decisionId?: unknown };
    const hidden =
      typeof data?.decisionId === 'string' &&
      typeof data.boardId === 'string' &&
      !maySee(data.boardId) &&
      isConfidential(data.decisionId);
    return hidden ? { ...event, data: maskedEventData(event.data) } : event;
  });
}
