import {
  BoardNotFoundError,
  type CalendarDate,
  isValidCalendarDate,
} from '@delegationsbeslut/domain';
import type { BoardQueries, BoardView } from '../../projections/boards/boards.queries';
import type { FieldError } from '../components';
import { ERROR_CODE_TEXTS } from '../texts';

/** The board a screen is about, or the API's BOARD_NOT_FOUND (the filter makes it a Swedish 404 page). */
export function requireBoard(boards: BoardQueries, boardId: string): BoardView {
  const board = boards.find(boardId);
  if (!board) throw new BoardNotFoundError(boardId);
  return board;
}

/** One query string value: a repeated parameter counts as its first. */
export function queryValue(value: unknown): string | undefined {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

/**
 * A date from the query string (a date field's value): undefined when left
 * empty, else the date, or the error to show next to the field.
 */
export function queryDate(
  field: string,
  value: unknown,
): { readonly date?: CalendarDate; readonly error?: FieldError } {
  const text = queryValue(value);
  if (text === undefined) return {};
  if (isValidCalendarDate(text)) return { date: text };
  return { error: { field, message: ERROR_CODE_TEXTS.INVALID_DATE } };
}

/** A query string from the values given, leaving out the empty ones. */
export function queryString(values: Readonly<Record<string, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
