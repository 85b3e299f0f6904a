import type { LoggedEvent } from '../../../projections/event-log/event-log.queries';
import type { BoardView } from '../../../projections/boards/boards.queries';
import { Field, Form, Layout, Table } from '../../components';
import type { UiUser } from '../../session/ui-user';
import { formatDateTime, formatNumber } from '../../texts';
import { EVENT_TEXTS, EVENT_TYPES, eventText } from '../../texts/events.sv';
import { screenPath } from '../../ui-paths';
import { SelectField } from '../../components';
import { type RevisionFilter, compactData, revisionHref } from './revision.view-model';

export interface RevisionPageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: BoardView;
  readonly filter: RevisionFilter;
  /** already masked as the API masks them for this person */
  readonly events: readonly LoggedEvent[];
  readonly nextPosition: number;
  readonly hasNext: boolean;
}

/** The board's event log for auditors, a page at a time by position. */
export function RevisionPage({
  user,
  csrfToken,
  board,
  filter,
  events,
  nextPosition,
  hasNext,
}: RevisionPageProps) {
  const path = screenPath(board.boardId, 'revision');
  return (
    <Layout title="Revision" user={user} board={board} current="revision" csrfToken={csrfToken}>
      <h1>Revision</h1>
      <p class="lead">
        Händelseloggen för nämnden i den ordning händelserna sparades. Uppgifter som omfattas av
        sekretess visas bara för den som har behörighet till nämnden.
      </p>
      <Form action={path} csrfToken={csrfToken} method="get">
        <div class="row-fields">
          <SelectField
            name="handelse"
            label="Händelse"
            options={[
              { value: '', label: 'Alla händelser' },
              ...EVENT_TYPES.map((type) => ({ value: type, label: EVENT_TEXTS[type] })),
            ]}
            value={filter.type ?? ''}
          />
          <Field
            name="franPosition"
            label="Från position"
            type="number"
            value={String(filter.fromPosition)}
          />
        </div>
        <button type="submit" class="button">
          Visa
        </button>
      </Form>
      <Table
        caption="Händelser"
        columns={[
          { header: 'Position', cell: (e: LoggedEvent) => formatNumber(e.position), numeric: true },
          { header: 'Tidpunkt', cell: (e) => formatDateTime(e.recordedAt) },
          { header: 'Händelse', cell: (e) => eventText(e.type) },
          { header: 'Ström', cell: (e) => e.streamId },
          { header: 'Av', cell: (e) => e.actor ?? '–' },
          { header: 'Data', cell: (e) => <code class="event-data">{compactData(e.data)}</code> },
        ]}
        rows={events}
        rowKey={(e) => String(e.position)}
        empty="Inga händelser från den positionen."
      />
      <nav class="pagination" aria-label="Sidor">
        <ul>
          {filter.fromPosition > 0 && (
            <li>
              <a href={revisionHref(path, { ...filter, fromPosition: 0 })}>Till början</a>
            </li>
          )}
          {hasNext && (
            <li>
              <a href={revisionHref(path, { ...filter, fromPosition: nextPosition })} rel="next">
                Nästa sida
              </a>
            </li>
          )}
        </ul>
      </nav>
    </Layout>
  );
}
