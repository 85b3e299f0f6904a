import { type DecisionStatus, FLAGS, type Flag } from '@delegationsbeslut/domain';
import {
  ErrorSummary,
  Field,
  Form,
  Layout,
  Pagination,
  SubmitButton,
  Table,
} from '../../components';
import type { UiUser } from '../../session/ui-user';
import { FLAG_TEXTS, STATUS_TEXTS, formatDate, formatNumber } from '../../texts';
import { screenPath } from '../../ui-paths';
import { QUEUE_PAGE_SIZE, type QueueFilter, queueQuery } from './queue-filter';
import { SelectField } from '../../components';

/** One row of the queue as the page shows it. */
export interface QueueRow {
  readonly decisionId: string;
  readonly externalId: string;
  readonly decidedAt: string;
  readonly itemCode: string;
  readonly bodyName: string;
  /** the meeting where it is to be reported (its date and the last day for its list), if one is planned */
  readonly dueMeeting: {
    readonly meetingId: string;
    readonly date: string;
    readonly listCutoff?: string;
  } | null;
  readonly status: DecisionStatus;
  readonly flags: readonly Flag[];
}

export interface QueuePageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: {
    readonly boardId: string;
    readonly name: string;
    readonly bodies: readonly { readonly bodyId: string; readonly name: string }[];
  };
  readonly filter: QueueFilter;
  /** the queue's counts for the organ chosen (as the API counts them) */
  readonly counts: { readonly pending: number; readonly overdue: number };
  /** how many decisions match every filter */
  readonly matching: number;
  readonly rows: readonly QueueRow[];
}

/** Anmälningskö: every decision waiting for anmälan at its current step, overdue first. */
export function QueuePage({
  user,
  csrfToken,
  board,
  filter,
  counts,
  matching,
  rows,
}: QueuePageProps) {
  const { boardId } = board;
  const totalPages = Math.max(1, Math.ceil(matching / QUEUE_PAGE_SIZE));
  const first = (filter.page - 1) * QUEUE_PAGE_SIZE + 1;
  const here = screenPath(boardId, 'anmalningsko');
  return (
    <Layout
      title="Anmälningskö"
      user={user}
      board={board}
      current="anmalningsko"
      csrfToken={csrfToken}
    >
      <h1>Anmälningskö per {formatDate(filter.today)}</h1>
      <ErrorSummary errors={filter.errors} />
      <p class="lead">
        Beslut som ska anmälas, de som inte anmäldes i tid först och sedan de som väntar på anmälan,
        det som skulle ha anmälts tidigast först.
      </p>
      <ul class="figures" aria-label="Antal i kön">
        <li>
          <a href={`${here}${queueQuery({ ...filter, status: 'overdue', flag: undefined }, 1)}`}>
            <span class="figure">{formatNumber(counts.overdue)}</span> ej anmälda i tid
          </a>
        </li>
        <li>
          <a href={`${here}${queueQuery({ ...filter, status: 'pending', flag: undefined }, 1)}`}>
            <span class="figure">{formatNumber(counts.pending)}</span> väntar på anmälan
          </a>
        </li>
      </ul>
      <Form action={here} csrfToken={csrfToken} method="get">
        <fieldset class="filters">
          <legend>Filtrera kön</legend>
          <SelectField
            name="organ"
            label="Organ"
            value={filter.bodyId ?? ''}
            options={[
              { value: '', label: 'Alla organ' },
              ...board.bodies.map((b) => ({ value: b.bodyId, label: b.name })),
            ]}
          />
          <SelectField
            name="status"
            label="Status"
            value={filter.status ?? ''}
            options={[
              { value: '', label: 'Alla' },
              { value: 'overdue', label: STATUS_TEXTS.overdue },
              { value: 'pending', label: STATUS_TEXTS.pending },
            ]}
          />
          <SelectField
            name="flagga"
            label="Flagga"
            value={filter.flag ?? ''}
            options={[
              { value: '', label: 'Alla' },
              ...FLAGS.map((f) => ({ value: f, label: FLAG_TEXTS[f].title })),
            ]}
          />
          <Field
            name="lage"
            label="Visa läget per"
            type="date"
            value={filter.todayText}
            hint="Kön som den ser ut den dagen (ÅÅÅÅ-MM-DD)."
            error={filter.errors.find((e) => e.field === 'lage')?.message}
          />
          <SubmitButton>Visa</SubmitButton>
        </fieldset>
      </Form>
      <p role="status">
        {matching === 0
          ? 'Inga beslut matchar filtret.'
          : `Visar ${formatNumber(first)}–${formatNumber(first + rows.length - 1)} av ${formatNumber(matching)} beslut.`}
      </p>
      <Table
        caption={`Beslut i kön per ${formatDate(filter.today)}`}
        rows={rows}
        rowKey={(r) => r.decisionId}
        empty="Inga beslut att visa."
        columns={[
          {
            header: 'Beslutsdatum',
            cell: (r) => (
              <a href={screenPath(boardId, 'beslut', r.decisionId)}>
                {formatDate(r.decidedAt)}
                <span class="visually-hidden"> – beslut {r.externalId}</span>
              </a>
            ),
          },
          { header: 'Punkt', cell: (r) => r.itemCode },
          { header: 'Organ', cell: (r) => r.bodyName },
          {
            header: 'Sammanträde',
            cell: (r) =>
              r.dueMeeting ? (
                <a href={screenPath(boardId, 'sammantraden', r.dueMeeting.meetingId)}>
                  {formatDate(r.dueMeeting.date)}
                </a>
              ) : (
                'Inget planerat'
              ),
          },
          {
            header: 'Senast',
            cell: (r) => (r.dueMeeting?.listCutoff ? formatDate(r.dueMeeting.listCutoff) : '–'),
          },
          { header: 'Status', cell: (r) => STATUS_TEXTS[r.status] },
          {
            header: 'Flaggor',
            cell: (r) =>
              r.flags.length === 0 ? '–' : r.flags.map((f) => FLAG_TEXTS[f].title).join(', '),
          },
        ]}
      />
      <p class="table-note">
        Sammanträde är det sammanträde där beslutet ska anmälas; Senast är sista dag för
        sammanträdets lista.
      </p>
      <Pagination
        page={filter.page}
        hasNext={filter.page < totalPages}
        totalPages={totalPages}
        href={(page) => `${here}${queueQuery(filter, page)}`}
      />
    </Layout>
  );
}
