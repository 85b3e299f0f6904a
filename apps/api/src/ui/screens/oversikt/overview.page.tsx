import type { BoardView } from '../../../projections/boards/boards.queries';
import {
  ErrorSummary,
  type FieldError,
  Field,
  Form,
  Layout,
  SubmitButton,
  Table,
} from '../../components';
import type { UiUser } from '../../session/ui-user';
import { FLAG_TEXTS, formatDate, formatNumber } from '../../texts';
import { screenPath } from '../../ui-paths';
import { queryString } from '../board-screen';
import type { BodyMeetings, FlagCount, NextMeeting } from './overview.view-model';

interface MeetingRow {
  readonly key: string;
  readonly body: string;
  /** none when the organ has no meeting planned */
  readonly meeting?: NextMeeting;
}

export interface OverviewPageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: BoardView;
  readonly today: string;
  /** whether the day was chosen (it then goes with the links) */
  readonly todayChosen: boolean;
  readonly todayText: string;
  readonly errors: readonly FieldError[];
  readonly counts: { readonly pending: number; readonly overdue: number };
  readonly bodies: readonly BodyMeetings[];
  readonly flagPeriod: { readonly from: string; readonly to: string };
  readonly flags: readonly FlagCount[];
}

/** Översikt: the queue's counts, each organ's next meetings with their lists, and recent flags. */
export function OverviewPage(props: OverviewPageProps) {
  const { board, today, flagPeriod } = props;
  const lage = props.todayChosen ? today : undefined;
  const queue = (status: string) =>
    `${screenPath(board.boardId, 'anmalningsko')}${queryString({ status, lage })}`;
  const decisions = (flag: string) =>
    `${screenPath(board.boardId, 'beslut')}${queryString({ flagga: flag, fran: flagPeriod.from, till: flagPeriod.to, lage: today })}`;
  const meetingRows: MeetingRow[] = props.bodies.flatMap((body) =>
    body.meetings.length === 0
      ? [{ key: body.bodyId, body: body.name }]
      : body.meetings.map((meeting) => ({ key: meeting.meetingId, body: body.name, meeting })),
  );
  return (
    <Layout
      title="Översikt"
      user={props.user}
      board={board}
      current="oversikt"
      csrfToken={props.csrfToken}
    >
      <h1>Översikt per {formatDate(today)}</h1>
      <ErrorSummary errors={props.errors} />
      <Form action={screenPath(board.boardId, 'oversikt')} csrfToken={props.csrfToken} method="get">
        <div class="filters">
          <Field
            name="lage"
            label="Visa läget per"
            type="date"
            value={props.todayText}
            error={props.errors.find((e) => e.field === 'lage')?.message}
          />
          <SubmitButton>Visa</SubmitButton>
        </div>
      </Form>

      <h2>Anmälningskön</h2>
      <ul class="figures">
        <li>
          <a href={queue('overdue')}>
            <span class="figure">{formatNumber(props.counts.overdue)}</span> ej anmälda i tid
          </a>
        </li>
        <li>
          <a href={queue('pending')}>
            <span class="figure">{formatNumber(props.counts.pending)}</span> väntar på anmälan
          </a>
        </li>
      </ul>

      <h2>Nästa sammanträden</h2>
      <Table
        caption="Nästa sammanträden per organ, med antal beslut på listan"
        rows={meetingRows}
        rowKey={(r) => r.key}
        empty="Nämnden har inga organ."
        columns={[
          { header: 'Organ', cell: (r) => r.body },
          {
            header: 'Sammanträde',
            cell: (r) =>
              r.meeting ? (
                <a href={screenPath(board.boardId, 'sammantraden', r.meeting.meetingId)}>
                  {formatDate(r.meeting.date)}
                </a>
              ) : (
                'Inget planerat sammanträde'
              ),
          },
          {
            header: 'Beslut på listan',
            numeric: true,
            cell: (r) => (r.meeting ? formatNumber(r.meeting.listSize) : '–'),
          },
        ]}
      />

      <h2>
        Flaggor {formatDate(flagPeriod.from)} – {formatDate(flagPeriod.to)}
      </h2>
      <p>Beslut fattade de senaste 90 dagarna, per flagga.</p>
      <Table
        caption="Antal beslut per flagga de senaste 90 dagarna"
        rows={props.flags}
        rowKey={(r) => r.flag}
        empty="Inga flaggor."
        columns={[
          { header: 'Flagga', cell: (r) => FLAG_TEXTS[r.flag].title },
          {
            header: 'Antal beslut',
            numeric: true,
            cell: (r) =>
              r.count === 0 ? (
                '0'
              ) : (
                <a href={decisions(r.flag)}>
                  {formatNumber(r.count)}
                  <span class="visually-hidden"> beslut: {FLAG_TEXTS[r.flag].title}</span>
                </a>
              ),
          },
        ]}
      />
      <p>
        <a href={screenPath(board.boardId, 'flaggor')}>Alla flaggor, med förklaringar</a>
      </p>
    </Layout>
  );
}
