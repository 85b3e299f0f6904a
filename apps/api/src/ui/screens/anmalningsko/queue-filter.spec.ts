import type { BoardView } from '../../../projections/boards/boards.queries';
import { queueQuery, readQueueFilter } from './queue-filter';

const board: BoardView = {
  boardId: 'ifon',
  name: 'Individ- och familjeomsorgsnämnden',
  bodies: [
    { bodyId: 'ifon', name: 'Individ- och familjeomsorgsnämnden', kind: 'board' },
    { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' },
  ],
};
const TODAY = '2026-12-03';

describe('the queue’s filter form', () => {
  it('given nothing, then the whole queue as of today, page 1', () => {
    expect(readQueueFilter({}, board, TODAY)).toEqual({
      bodyId: undefined,
      status: undefined,
      flag: undefined,
      today: TODAY,
      todayChosen: false,
      todayText: TODAY,
      page: 1,
      errors: [],
    });
  });

  it('given an organ, a status, a flag, a day and a page, then those', () => {
    expect(
      readQueueFilter(
        {
          organ: 'socialt-utskott',
          status: 'overdue',
          flagga: 'UNKNOWN_ITEM',
          lage: '2023-04-28',
          sida: '3',
        },
        board,
        TODAY,
      ),
    ).toMatchObject({
      bodyId: 'socialt-utskott',
      status: 'overdue',
      flag: 'UNKNOWN_ITEM',
      today: '2023-04-28',
      todayChosen: true,
      page: 3,
    });
  });

  it('given an organ of no body of the board, an unknown status or flag, or a bad page, then no such filter', () => {
    expect(
      readQueueFilter(
        { organ: 'annat', status: 'reported', flagga: 'NOPE', sida: '-1' },
        board,
        TODAY,
      ),
    ).toMatchObject({ bodyId: undefined, status: undefined, flag: undefined, page: 1, errors: [] });
    expect(readQueueFilter({ sida: '2.5' }, board, TODAY).page).toBe(1);
  });

  it('given a day that is not a date, then the error for its field, the text kept, and today', () => {
    expect(readQueueFilter({ lage: '2023-02-30' }, board, TODAY)).toMatchObject({
      today: TODAY,
      todayChosen: false,
      todayText: '2023-02-30',
      errors: [{ field: 'lage', message: 'Datumet är inte ett giltigt datum (ÅÅÅÅ-MM-DD).' }],
    });
  });

  it('writes the links of a page with the filters, leaving out what is not set', () => {
    const filter = readQueueFilter({ organ: 'ifon', lage: '2023-04-28' }, board, TODAY);
    expect(queueQuery(filter, 2)).toBe('?organ=ifon&lage=2023-04-28&sida=2');
    expect(queueQuery(filter, 1)).toBe('?organ=ifon&lage=2023-04-28');
    expect(queueQuery(readQueueFilter({}, board, TODAY), 1)).toBe('');
  });
});
