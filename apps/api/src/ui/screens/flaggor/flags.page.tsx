import type { BoardView } from '../../../projections/boards/boards.queries';
import { ErrorSummary, Field, Form, Layout, SubmitButton, Table } from '../../components';
import type { UiUser } from '../../session/ui-user';
import { FLAG_TEXTS, formatDate, formatNumber } from '../../texts';
import { screenPath } from '../../ui-paths';
import { queryString } from '../board-screen';
import type { FlagCount } from '../oversikt/overview.view-model';
import type { FlagsPeriod } from './flags-period';

export interface FlagsPageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: BoardView;
  readonly period: FlagsPeriod;
  /** the day OVERDUE is judged on */
  readonly today: string;
  readonly flags: readonly FlagCount[];
}

/** Flaggor: how many decisions of a period carry each flag, and what each flag means. */
export function FlagsPage({ user, csrfToken, board, period, today, flags }: FlagsPageProps) {
  const decisions = (flag: string) =>
    `${screenPath(board.boardId, 'beslut')}${queryString({ flagga: flag, fran: period.from, till: period.to, lage: today })}`;
  const fieldError = (field: string) => period.errors.find((e) => e.field === field)?.message;
  return (
    <Layout title="Flaggor" user={user} board={board} current="flaggor" csrfToken={csrfToken}>
      <h1>
        Flaggor {formatDate(period.from)} – {formatDate(period.to)}
      </h1>
      <ErrorSummary errors={period.errors} />
      <p class="lead">
        Hur många av nämndens delegationsbeslut med beslutsdatum i perioden som har varje flagga. Ej
        anmält i tid räknas som läget är {formatDate(today)}.
      </p>
      <Form action={screenPath(board.boardId, 'flaggor')} csrfToken={csrfToken} method="get">
        <fieldset class="filters">
          <legend>Period (beslutsdatum)</legend>
          <Field
            name="fran"
            label="Från och med"
            type="date"
            value={period.fromText}
            error={fieldError('fran')}
          />
          <Field
            name="till"
            label="Till och med"
            type="date"
            value={period.toText}
            error={fieldError('till')}
          />
          <SubmitButton>Visa</SubmitButton>
        </fieldset>
      </Form>
      <Table
        caption={`Antal beslut per flagga ${formatDate(period.from)} – ${formatDate(period.to)}`}
        rows={flags}
        rowKey={(r) => r.flag}
        empty="Inga flaggor."
        columns={[
          { header: 'Flagga', cell: (r) => FLAG_TEXTS[r.flag].title },
          { header: 'Betydelse', cell: (r) => FLAG_TEXTS[r.flag].meaning },
          {
            header: 'Antal beslut',
            numeric: true,
            cell: (r) => (
              <a href={decisions(r.flag)}>
                {formatNumber(r.count)}
                <span class="visually-hidden"> beslut: {FLAG_TEXTS[r.flag].title}</span>
              </a>
            ),
          },
        ]}
      />
      <h2>Vad flaggorna betyder</h2>
      {flags.map(({ flag }) => (
        <section key={flag} class="flag-explained" aria-labelledby={`flagga-${flag}`}>
          <h3 id={`flagga-${flag}`}>{FLAG_TEXTS[flag].title}</h3>
          <p>{FLAG_TEXTS[flag].meaning}</p>
          <dl>
            <dt>Regel</dt>
            <dd>{FLAG_TEXTS[flag].rule}</dd>
            <dt>Lagstöd</dt>
            <dd>{FLAG_TEXTS[flag].law}</dd>
          </dl>
        </section>
      ))}
    </Layout>
  );
}
