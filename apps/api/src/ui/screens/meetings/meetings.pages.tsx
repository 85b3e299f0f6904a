import {
  ErrorSummary,
  Field,
  type FieldError,
  Form,
  Layout,
  SubmitButton,
  Table,
} from '../../components';
import type { BoardView } from '../../../projections/boards/boards.queries';
import type { MeetingView } from '../../../projections/meetings/meetings.queries';
import type { UiUser } from '../../session/ui-user';
import { BODY_KIND_TEXTS, formatDate, formatNumber } from '../../texts';
import type { MeetingPlanError } from '../../meeting-plan';
import { CheckboxField, SelectField, TextAreaField } from '../../components';
import type { PlanImport } from './meeting-outcome.flash';
import { meetingsPaths } from './meetings-paths';

interface ScreenProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: BoardView;
}

const bodyOptions = (board: BoardView) =>
  board.bodies.map((b) => ({ value: b.bodyId, label: `${b.name} (${BODY_KIND_TEXTS[b.kind]})` }));

const errorOf = (errors: readonly FieldError[], field: string) =>
  errors.find((e) => e.field === field)?.message;

export interface MeetingsPageProps extends ScreenProps {
  readonly meetings: readonly MeetingView[];
  readonly filter: { readonly organ?: string; readonly ar: string };
  readonly mayAct: boolean;
}

/** The meetings of the board's bodies, in one year, with a filter by body. */
export function MeetingsPage({
  user,
  csrfToken,
  board,
  meetings,
  filter,
  mayAct,
}: MeetingsPageProps) {
  const name = (bodyId: string) => board.bodies.find((b) => b.bodyId === bodyId)?.name ?? bodyId;
  return (
    <Layout
      title="Sammanträden"
      user={user}
      csrfToken={csrfToken}
      board={board}
      current="sammantraden"
    >
      <h1>Sammanträden</h1>
      {mayAct && (
        <ul class="actions">
          <li>
            <a href={meetingsPaths.schedule(board.boardId)}>Planera ett sammanträde</a>
          </li>
          <li>
            <a href={meetingsPaths.import(board.boardId)}>Importera en sammanträdesplan</a>
          </li>
        </ul>
      )}
      <Form action={meetingsPaths.list(board.boardId)} method="get" csrfToken={csrfToken}>
        <fieldset>
          <legend>Visa sammanträden</legend>
          <SelectField
            name="organ"
            label="Organ"
            value={filter.organ ?? ''}
            options={[{ value: '', label: 'Alla organ' }, ...bodyOptions(board)]}
          />
          <Field name="ar" label="År" type="number" value={filter.ar} />
          <SubmitButton>Visa</SubmitButton>
        </fieldset>
      </Form>
      <Table
        caption={`Sammanträden ${filter.ar}${filter.organ ? `, ${name(filter.organ)}` : ''}`}
        rows={meetings}
        rowKey={(m) => m.meetingId}
        empty="Inga sammanträden det året."
        columns={[
          {
            header: 'Datum',
            cell: (m) => (
              <a href={meetingsPaths.meeting(board.boardId, m.meetingId)}>{formatDate(m.date)}</a>
            ),
          },
          { header: 'Organ', cell: (m) => name(m.bodyId) },
          { header: 'Sammanträdets id', cell: (m) => m.meetingId },
          { header: 'Sista dag för listan', cell: (m) => formatDate(m.listCutoff) },
          { header: 'Tar emot anmälan', cell: (m) => (m.receivesReports ? 'Ja' : 'Nej') },
          { header: 'Anmälda beslut', cell: (m) => formatNumber(m.reportedCount), numeric: true },
          {
            header: 'Status',
            cell: (m) =>
              m.cancelled ? (
                <strong class="status status--cancelled">
                  Inställt{m.cancelReason ? `: ${m.cancelReason}` : ''}
                </strong>
              ) : (
                'Planerat'
              ),
          },
          ...(mayAct
            ? [
                {
                  header: 'Åtgärd',
                  cell: (m: MeetingView) =>
                    !m.cancelled && m.reportedCount === 0 ? (
                      <a href={meetingsPaths.cancel(board.boardId, m.meetingId)}>
                        Ställ in<span class="visually-hidden"> sammanträdet {m.meetingId}</span>
                      </a>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Layout>
  );
}

export interface ScheduleValues {
  readonly organ?: string;
  readonly datum?: string;
  readonly id?: string;
  readonly sistaDag?: string;
  readonly tarEmotAnmalan: boolean;
}

export function SchedulePage(
  props: ScreenProps & { readonly values: ScheduleValues; readonly errors: readonly FieldError[] },
) {
  const { user, csrfToken, board, values, errors } = props;
  return (
    <Layout
      title="Planera ett sammanträde"
      user={user}
      csrfToken={csrfToken}
      board={board}
      current="sammantraden"
    >
      <h1>Planera ett sammanträde</h1>
      <ErrorSummary errors={errors} />
      <Form action={meetingsPaths.list(board.boardId)} csrfToken={csrfToken}>
        <SelectField
          name="organ"
          label="Organ"
          value={values.organ}
          options={bodyOptions(board)}
          error={errorOf(errors, 'organ')}
        />
        <Field
          name="datum"
          label="Datum"
          type="date"
          value={values.datum}
          required
          error={errorOf(errors, 'datum')}
        />
        <Field
          name="id"
          label="Sammanträdets id"
          value={values.id}
          hint="Lämna tomt för organ-datum, t.ex. socialt-utskott-2023-06-01. Små bokstäver, siffror, punkt, bindestreck."
          error={errorOf(errors, 'id')}
        />
        <Field
          name="sistaDag"
          label="Sista dag för listan"
          type="date"
          value={values.sistaDag}
          hint="Lämna tomt för dagen före sammanträdet."
          error={errorOf(errors, 'sistaDag')}
        />
        <CheckboxField
          name="tarEmotAnmalan"
          label="Tar emot anmälan av delegationsbeslut"
          checked={values.tarEmotAnmalan}
        />
        <SubmitButton>Planera sammanträdet</SubmitButton>
      </Form>
      <p>
        <a href={meetingsPaths.list(board.boardId)}>Tillbaka till sammanträdena</a>
      </p>
    </Layout>
  );
}

export function ImportPage(
  props: ScreenProps & {
    readonly organ?: string;
    readonly errors: readonly FieldError[];
    readonly lineErrors: readonly MeetingPlanError[];
  },
) {
  const { user, csrfToken, board, organ, errors, lineErrors } = props;
  // an upload's body is parsed after the guards, so its CSRF token goes in the query string
  const action = meetingsPaths.import(board.boardId);
  return (
    <Layout
      title="Importera en sammanträdesplan"
      user={user}
      csrfToken={csrfToken}
      board={board}
      current="sammantraden"
    >
      <h1>Importera en sammanträdesplan</h1>
      <ErrorSummary errors={errors} />
      {lineErrors.length > 0 && (
        <section class="error-summary" aria-labelledby="radfel">
          <h2 id="radfel">Filen har fel, inget har importerats</h2>
          <ul>
            {lineErrors.map((e) => (
              <li key={`${e.line}-${e.message}`}>{e.message}</li>
            ))}
          </ul>
        </section>
      )}
      <p>
        Årets plan som iCalendar (.ics) eller CSV (rubriker Organ; Datum; Sista dag för listan; Tar
        emot anmälan). Har filen ett fel importeras ingenting.
      </p>
      <Form action={action} csrfToken={csrfToken} enctype="multipart/form-data">
        <SelectField
          name="organ"
          label="Organ för rader utan organ"
          value={organ}
          options={[{ value: '', label: 'Inget (varje rad anger organ)' }, ...bodyOptions(board)]}
        />
        <Field
          name="plan"
          label="Fil med sammanträdesplanen"
          type="file"
          required
          error={errorOf(errors, 'plan')}
        />
        <SubmitButton>Importera planen</SubmitButton>
      </Form>
      <p>
        <a href={meetingsPaths.list(board.boardId)}>Tillbaka till sammanträdena</a>
      </p>
    </Layout>
  );
}

export function ImportResultPage(props: ScreenProps & { readonly outcome: PlanImport }) {
  const { user, csrfToken, board, outcome } = props;
  return (
    <Layout
      title="Sammanträdesplanen är importerad"
      user={user}
      csrfToken={csrfToken}
      board={board}
      current="sammantraden"
    >
      <h1>Sammanträdesplanen är importerad</h1>
      <Table
        caption={`Planerade sammanträden (${formatNumber(outcome.scheduled.length)})`}
        rows={outcome.scheduled}
        rowKey={(m) => m.meetingId}
        empty="Inget sammanträde planerades."
        columns={[
          {
            header: 'Sammanträde',
            cell: (m) => (
              <a href={meetingsPaths.meeting(board.boardId, m.meetingId)}>{m.meetingId}</a>
            ),
          },
          { header: 'Datum', cell: (m) => formatDate(m.date) },
        ]}
      />
      <Table
        caption={`Ej planerade (${formatNumber(outcome.refused.length)})`}
        rows={outcome.refused}
        rowKey={(m) => m.meetingId}
        empty="Alla sammanträden i filen planerades."
        columns={[
          { header: 'Sammanträde', cell: (m) => m.meetingId },
          { header: 'Datum', cell: (m) => formatDate(m.date) },
          { header: 'Skäl', cell: (m) => m.reason },
        ]}
      />
      <p>
        <a href={meetingsPaths.list(board.boardId)}>Till sammanträdena</a>
      </p>
    </Layout>
  );
}

export function CancelPage(
  props: ScreenProps & {
    readonly meeting: MeetingView;
    readonly reason?: string;
    readonly errors: readonly FieldError[];
  },
) {
  const { user, csrfToken, board, meeting, reason, errors } = props;
  const bodyName = board.bodies.find((b) => b.bodyId === meeting.bodyId)?.name ?? meeting.bodyId;
  return (
    <Layout
      title="Ställ in sammanträdet"
      user={user}
      csrfToken={csrfToken}
      board={board}
      current="sammantraden"
    >
      <h1>Ställ in sammanträdet</h1>
      <ErrorSummary errors={errors} />
      <p class="lead">
        {bodyName} {formatDate(meeting.date)} ({meeting.meetingId}) ställs in. Det kan inte ångras.
      </p>
      <Form action={meetingsPaths.cancel(board.boardId, meeting.meetingId)} csrfToken={csrfToken}>
        <TextAreaField
          name="skal"
          label="Skäl"
          value={reason}
          required
          error={errorOf(errors, 'skal')}
        />
        <SubmitButton>Ställ in sammanträdet</SubmitButton>
      </Form>
      <p>
        <a href={meetingsPaths.list(board.boardId, { ar: meeting.date.slice(0, 4) })}>Avbryt</a>
      </p>
    </Layout>
  );
}
