import type { ComponentChildren } from 'preact';
import {
  ErrorSummary,
  Field,
  type FieldError,
  Form,
  Layout,
  Pagination,
  SubmitButton,
  Table,
  type Column,
} from '../../components';
import type { UiUser } from '../../session/ui-user';
import { formatDate, formatNumber, rejectionText } from '../../texts';
import { screenPath } from '../../ui-paths';
import { TextAreaField } from '../../components';
import { type DecisionGroup, type ListedDecision, pageOfGroups } from './meeting-list.view-model';
import type { MeetingLists } from './meeting-lists.service';
import type { ListChange } from './meeting-outcome.flash';
import { meetingsPaths } from './meetings-paths';

interface MeetingScreenProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly lists: MeetingLists;
}

const CONFIDENTIAL = '(sekretess)';

function decisionColumns(boardId: string, withParagraph: boolean): Column<ListedDecision>[] {
  return [
    {
      header: 'Beslut',
      cell: (d) => <a href={screenPath(boardId, 'beslut', d.decisionId)}>{d.externalId}</a>,
    },
    { header: 'Beslutsdatum', cell: (d) => formatDate(d.decidedAt) },
    { header: 'Punkt', cell: (d) => `${d.itemCode} ${d.itemTitle}` },
    { header: 'Delegat', cell: (d) => d.delegate },
    { header: 'Diarienummer', cell: (d) => d.caseRef ?? (d.confidential ? CONFIDENTIAL : '') },
    { header: 'Sammanfattning', cell: (d) => d.summary ?? (d.confidential ? CONFIDENTIAL : '') },
    ...(withParagraph
      ? [{ header: 'Paragraf', cell: (d: ListedDecision) => d.minutesParagraph ?? '' }]
      : []),
  ];
}

const choose: Column<ListedDecision> = {
  header: 'Välj',
  cell: (d) => (
    <label class="choose">
      <input type="checkbox" name="beslut" value={d.decisionId} />
      <span class="visually-hidden">Välj beslut {d.externalId}</span>
    </label>
  ),
};

function Groups(props: {
  readonly boardId: string;
  readonly groups: readonly DecisionGroup[];
  readonly withParagraph: boolean;
  readonly choosable: boolean;
  readonly empty: string;
}) {
  if (props.groups.length === 0) return <p>{props.empty}</p>;
  const columns = decisionColumns(props.boardId, props.withParagraph);
  return (
    <>
      {props.groups.map((group) => (
        <Table
          key={group.viaMeetingId}
          caption={`${group.number}. ${group.heading}`}
          rows={group.decisions}
          rowKey={(d) => d.decisionId}
          empty=""
          columns={props.choosable ? [...columns, choose] : columns}
        />
      ))}
    </>
  );
}

function MeetingLayout(
  props: MeetingScreenProps & { readonly title: string; readonly children: ComponentChildren },
) {
  const { user, csrfToken, lists, title, children } = props;
  return (
    <Layout
      title={title}
      user={user}
      csrfToken={csrfToken}
      board={lists.board}
      current="sammantraden"
    >
      {children}
    </Layout>
  );
}

const meetingName = (lists: MeetingLists) =>
  `${lists.context.bodyName(lists.meeting.bodyId)} ${formatDate(lists.meeting.date)}`;

/** At most this many decisions a section of the page (and so a form) shows at once. */
export const ROWS_PER_PAGE = 100;

export interface MeetingPages {
  /** ?sida: the page of the decisions to report */
  readonly toReport: number;
  /** ?anmalda: the page of the decisions reported there */
  readonly reported: number;
}

/** A meeting's page: its reporting list, what was reported there, and the exports. */
export function MeetingPage(
  props: MeetingScreenProps & { readonly mayAct: boolean; readonly pages: MeetingPages },
) {
  const { lists, mayAct, pages } = props;
  const { board, meeting } = lists;
  // as the API: a cancelled meeting refuses every report (MEETING_CANCELLED); one not
  // planned for reports is never due, but a report there is taken (docs/domain-rules.md)
  const canReport = mayAct && !meeting.cancelled;
  const toReport = pageOfGroups(lists.toReportGroups, pages.toReport, ROWS_PER_PAGE);
  const reported = pageOfGroups(lists.reportedGroups, pages.reported, ROWS_PER_PAGE);
  const href = (next: Partial<MeetingPages>) => {
    const { toReport: sida, reported: anmalda } = { ...pages, ...next };
    return `?${new URLSearchParams({ sida: String(sida), anmalda: String(anmalda) }).toString()}`;
  };
  return (
    <MeetingLayout {...props} title={`Delegationsbeslut till sammanträdet ${meetingName(lists)}`}>
      <h1>Delegationsbeslut till sammanträdet</h1>
      <p class="lead">
        {meetingName(lists)} ({meeting.meetingId}). Sista dag för listan{' '}
        {formatDate(meeting.listCutoff)}.
        {meeting.cancelled && (
          <strong> Inställt{meeting.cancelReason ? `: ${meeting.cancelReason}` : ''}.</strong>
        )}
        {!meeting.receivesReports &&
          ' Sammanträdet är inte planerat för anmälan av delegationsbeslut: inget beslut blir försenat till det, men en anmälan här tas emot.'}
      </p>
      <section aria-labelledby="export">
        <h2 id="export">Exportera listan</h2>
        <ul class="actions">
          <li>
            <a href={meetingsPaths.export(board.boardId, meeting.meetingId, 'pdf', false)}>
              PDF, offentlig version
            </a>
          </li>
          <li>
            <a href={meetingsPaths.export(board.boardId, meeting.meetingId, 'csv', false)}>
              CSV, offentlig version
            </a>
          </li>
          {lists.maySeeConfidential && (
            <>
              <li>
                <a href={meetingsPaths.export(board.boardId, meeting.meetingId, 'pdf', true)}>
                  PDF, intern version
                </a>
              </li>
              <li>
                <a href={meetingsPaths.export(board.boardId, meeting.meetingId, 'csv', true)}>
                  CSV, intern version
                </a>
              </li>
            </>
          )}
        </ul>
      </section>
      <section aria-labelledby="att-anmala">
        <h2 id="att-anmala">Att anmäla ({formatNumber(lists.toReport.length)})</h2>
        {canReport && lists.toReport.length > 0 ? (
          <Form
            action={meetingsPaths.report(board.boardId, meeting.meetingId)}
            method="get"
            csrfToken=""
          >
            <Groups
              boardId={board.boardId}
              groups={toReport.groups}
              withParagraph={false}
              choosable
              empty=""
            />
            <SubmitButton>Anmäl valda beslut</SubmitButton>
          </Form>
        ) : (
          <Groups
            boardId={board.boardId}
            groups={toReport.groups}
            withParagraph={false}
            choosable={false}
            empty="Inga beslut att anmäla till sammanträdet."
          />
        )}
        <Pagination
          page={pages.toReport}
          hasNext={toReport.hasNext}
          href={(p) => href({ toReport: p })}
        />
      </section>
      <section aria-labelledby="anmalda">
        <h2 id="anmalda">Anmälda vid sammanträdet ({formatNumber(lists.reported.length)})</h2>
        {mayAct && lists.reported.length > 0 ? (
          <Form
            action={meetingsPaths.withdraw(board.boardId, meeting.meetingId)}
            method="get"
            csrfToken=""
          >
            <Groups
              boardId={board.boardId}
              groups={reported.groups}
              withParagraph
              choosable
              empty=""
            />
            <SubmitButton>Återkalla anmälan</SubmitButton>
          </Form>
        ) : (
          <Groups
            boardId={board.boardId}
            groups={reported.groups}
            withParagraph
            choosable={false}
            empty="Inga beslut är anmälda vid sammanträdet."
          />
        )}
        <Pagination
          page={pages.reported}
          hasNext={reported.hasNext}
          href={(p) => href({ reported: p })}
        />
      </section>
      <p>
        <a href={meetingsPaths.list(board.boardId, { ar: meeting.date.slice(0, 4) })}>
          Till sammanträdena
        </a>
      </p>
    </MeetingLayout>
  );
}

function Chosen(props: {
  readonly boardId: string;
  readonly chosen: readonly ListedDecision[];
  readonly caption: string;
}) {
  return (
    <Table
      caption={props.caption}
      rows={props.chosen}
      rowKey={(d) => d.decisionId}
      empty="Inga beslut är valda."
      columns={decisionColumns(props.boardId, false)}
    />
  );
}

/** The confirmation step of "Anmäl valda beslut": the chosen decisions and the minutes' paragraph. */
export function ConfirmReportPage(
  props: MeetingScreenProps & {
    readonly chosen: readonly ListedDecision[];
    readonly paragraph?: string;
    readonly errors: readonly FieldError[];
  },
) {
  const { lists, chosen, csrfToken, paragraph, errors } = props;
  const { board, meeting } = lists;
  return (
    <MeetingLayout {...props} title="Anmäl valda beslut">
      <h1>Anmäl valda beslut</h1>
      <ErrorSummary errors={errors} />
      <p class="lead">Till sammanträdet {meetingName(lists)}.</p>
      <Chosen
        boardId={board.boardId}
        chosen={chosen}
        caption={`Valda beslut (${formatNumber(chosen.length)})`}
      />
      {chosen.length > 0 && (
        <Form action={meetingsPaths.report(board.boardId, meeting.meetingId)} csrfToken={csrfToken}>
          {chosen.map((d) => (
            <input key={d.decisionId} type="hidden" name="beslut" value={d.decisionId} />
          ))}
          <Field
            name="paragraf"
            label="Paragraf i protokollet"
            hint="T.ex. § 123. Kan lämnas tom."
            value={paragraph}
            error={errors.find((e) => e.field === 'paragraf')?.message}
          />
          <SubmitButton>
            Anmäl {chosen.length === 1 ? 'beslutet' : `${formatNumber(chosen.length)} beslut`}
          </SubmitButton>
        </Form>
      )}
      <p>
        <a href={meetingsPaths.meeting(board.boardId, meeting.meetingId)}>Tillbaka till listan</a>
      </p>
    </MeetingLayout>
  );
}

/** The confirmation step of "Återkalla anmälan": the chosen reports and the required reason. */
export function ConfirmWithdrawPage(
  props: MeetingScreenProps & {
    readonly chosen: readonly ListedDecision[];
    readonly reason?: string;
    readonly errors: readonly FieldError[];
  },
) {
  const { lists, chosen, csrfToken, reason, errors } = props;
  const { board, meeting } = lists;
  return (
    <MeetingLayout {...props} title="Återkalla anmälan">
      <h1>Återkalla anmälan</h1>
      <ErrorSummary errors={errors} />
      <p class="lead">
        Anmälan vid sammanträdet {meetingName(lists)} återkallas. Besluten bedöms då som om de inte
        anmälts där; historiken behåller båda händelserna.
      </p>
      <Chosen
        boardId={board.boardId}
        chosen={chosen}
        caption={`Valda beslut (${formatNumber(chosen.length)})`}
      />
      {chosen.length > 0 && (
        <Form
          action={meetingsPaths.withdraw(board.boardId, meeting.meetingId)}
          csrfToken={csrfToken}
        >
          {chosen.map((d) => (
            <input key={d.decisionId} type="hidden" name="beslut" value={d.decisionId} />
          ))}
          <TextAreaField
            name="skal"
            label="Skäl"
            required
            value={reason}
            error={errors.find((e) => e.field === 'skal')?.message}
          />
          <SubmitButton>Återkalla anmälan</SubmitButton>
        </Form>
      )}
      <p>
        <a href={meetingsPaths.meeting(board.boardId, meeting.meetingId)}>Tillbaka till listan</a>
      </p>
    </MeetingLayout>
  );
}

/** What reporting or withdrawing did, and in Swedish why any decision was rejected. */
export function ListChangeResultPage(
  props: MeetingScreenProps & {
    readonly kind: 'reported' | 'withdrawn';
    readonly outcome: ListChange;
    readonly decisionsById: ReadonlyMap<string, ListedDecision>;
  },
) {
  const { lists, kind, outcome, decisionsById } = props;
  const { board, meeting } = lists;
  const title = kind === 'reported' ? 'Besluten är anmälda' : 'Anmälan är återkallad';
  const done = outcome.done.map((id) => decisionsById.get(id) ?? unknownDecision(id));
  const rejected = outcome.rejected.map((r) => ({
    decision: decisionsById.get(r.decisionId) ?? unknownDecision(r.decisionId),
    reason: rejectionText(r.error),
  }));
  return (
    <MeetingLayout {...props} title={title}>
      <h1>{title}</h1>
      <p class="lead">Sammanträdet {meetingName(lists)}.</p>
      <Chosen
        boardId={board.boardId}
        chosen={done}
        caption={`${kind === 'reported' ? 'Anmälda' : 'Återkallade'} (${formatNumber(done.length)})`}
      />
      <Table
        caption={`Avvisade (${formatNumber(rejected.length)})`}
        rows={rejected}
        rowKey={(r) => r.decision.decisionId}
        empty="Inget beslut avvisades."
        columns={[
          { header: 'Beslut', cell: (r) => r.decision.externalId },
          {
            header: 'Beslutsdatum',
            cell: (r) => (r.decision.decidedAt ? formatDate(r.decision.decidedAt) : ''),
          },
          { header: 'Skäl', cell: (r) => r.reason },
        ]}
      />
      <p>
        <a href={meetingsPaths.meeting(board.boardId, meeting.meetingId)}>Tillbaka till listan</a>
      </p>
    </MeetingLayout>
  );
}

const unknownDecision = (decisionId: string): ListedDecision => ({
  decisionId,
  externalId: decisionId,
  decidedAt: '',
  itemCode: '',
  itemTitle: '',
  delegate: '',
  caseRef: null,
  summary: null,
  confidential: false,
  minutesParagraph: null,
});
