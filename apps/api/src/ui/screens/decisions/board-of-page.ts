import { BoardNotFoundError } from '@delegationsbeslut/domain';
import type { BoardQueries, BoardView } from '../../../projections/boards/boards.queries';

/** The board a page is about; an unknown board is the API's 404 (BOARD_NOT_FOUND). */
export function boardOrThrow(boards: BoardQueries, boardId: string): BoardView {
  const board = boards.find(boardId);
  if (!board) throw new BoardNotFoundError(boardId);
  return board;
}
