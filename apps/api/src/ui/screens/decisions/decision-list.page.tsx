import { DECISION_STATUSES, FLAGS, type DelegationOrderVersion } from '@delegationsbeslut/domain';
import type { BoardView } from '../../../projections/boards/boards.queries';
import type { DecisionView } from '../../../projections/decisions/decisions.queries';
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
import { FLAG_TEXTS, STATUS_TEXTS, formatDate } from '../../texts';
import { screenPath } from '../../ui-paths';
import { type ListRequest, listHref, pageHref } from './decision-list.view-model';
import { itemTitle, maskedText } from './decision-row';
import { SelectField } from '../../components';

export interface DecisionListPageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: BoardView;
  readonly request: ListRequest;
  readonly maySeeConfidential: boolean;
  readonly sourceSystems: readonly string[];
  /** undefined when the filters were refused */
  readonly result?: { readonly items: readonly DecisionView[]; readonly nextCursor: string | null };
  readonly versions: ReadonlyMap<string, DelegationOrderVersion | undefined>;
}

/** Beslut: the board's decisions, searched and filtered by a GET form, 50 a page. */
export function DecisionListPage(props: DecisionListPageProps) {
  const { user, csrfToken, board, request, result } = props;
  const errorOf = (field: string) => request.errors.find((e) => e.field === field)?.message;
  return (
    <Layout title="Beslut" user={user} csrfToken={csrfToken} board={board} current="beslut">
      <h1>Beslut</h1>
      <ErrorSummary errors={request.errors} />
      <div role="search">
        <Form action={screenPath(board.boardId, 'beslut')} csrfToken={csrfToken} method="get">
          <fieldset class="decision-filters">
            <legend>Sök och filtrera</legend>
            <SelectField
              name="status"
              label="Status"
              any="Alla statusar"
              value={request.form.status}
              error={errorOf('status')}
              options={DECISION_STATUSES.map((s) => ({ value: s, label: STATUS_TEXTS[s] }))}
            />
            <SelectField
              name="flagga"
              label="Flagga"
              any="Alla flaggor"
              value={request.form.flagga}
              error={errorOf('flagga')}
              options={FLAGS.map((f) => ({ value: f, label: FLAG_TEXTS[f].title }))}
            />
            <Field name="punkt" label="Punkt" value={request.form.punkt} error={errorOf('punkt')} />
            <SelectField
              name="organ"
              label="Ska anmälas till (organ)"
              any="Alla organ"
              value={request.form.organ}
              error={errorOf('organ')}
              options={board.bodies.map((b) => ({ value: b.bodyId, label: b.name }))}
            />
            <Field
              name="fran"
              label="Beslutsdatum från"
              type="date"
              value={request.form.fran}
              error={errorOf('fran')}
            />
            <Field
              name="till"
              label="Beslutsdatum till"
              type="date"
              value={request.form.till}
              error={errorOf('till')}
            />
            <SelectField
              name="system"
              label="Verksamhetssystem"
              any="Alla system"
              value={request.form.system}
              error={errorOf('system')}
              options={props.sourceSystems.map((s) => ({ value: s, label: s }))}
            />
            {props.maySeeConfidential && (
              <Field
                name="diarienummer"
                label="Diarienummer"
                type="search"
                hint="Hela diarienumret eller dess början."
                value={request.form.diarienummer}
                error={errorOf('diarienummer')}
              />
            )}
            <Field
              name="lage"
              label="Visa läget per"
              type="date"
              hint="Status och flaggor som de var, eller blir, den dagen. Tomt: i dag."
              value={request.form.lage}
              error={errorOf('lage')}
            />
          </fieldset>
          <SubmitButton>Sök</SubmitButton>{' '}
          <a href={screenPath(board.boardId, 'beslut')}>Rensa filtren</a>
        </Form>
      </div>
      {result && <Results {...props} result={result} />}
    </Layout>
  );
}

function Results({
  board,
  request,
  result,
  versions,
  maySeeConfidential,
}: DecisionListPageProps & { readonly result: NonNullable<DecisionListPageProps['result']> }) {
  const lage = request.form.lage ? `?lage=${encodeURIComponent(request.form.lage)}` : '';
  return (
    <>
      <Table
        caption={`Beslut, sida ${request.page}`}
        empty="Inga beslut motsvarar filtren."
        rows={result.items}
        rowKey={(d) => d.decisionId}
        columns={[
          {
            header: 'Beslutsdatum',
            cell: (d) => (
              <a href={`${screenPath(board.boardId, 'beslut', d.decisionId)}${lage}`}>
                {formatDate(d.decidedAt)}
                <span class="visually-hidden">, beslut {d.externalId}</span>
              </a>
            ),
          },
          {
            header: 'Punkt',
            cell: (d) => {
              const title = itemTitle(versions, d);
              return title ? `${d.itemCode} ${title}` : d.itemCode;
            },
          },
          { header: 'Beslutsfattare', cell: (d) => `${d.decidedBy.name} (${d.decidedBy.role})` },
          { header: 'Diarienummer', cell: (d) => maskedText(d.caseRef, d, maySeeConfidential) },
          { header: 'Status', cell: (d) => STATUS_TEXTS[d.status] },
          {
            header: 'Flaggor',
            cell: (d) =>
              d.flags.length === 0 ? (
                '–'
              ) : (
                <ul class="flag-list">
                  {d.flags.map((f) => (
                    <li key={f}>{FLAG_TEXTS[f].title}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <Pagination
        page={request.page}
        hasNext={result.nextCursor !== null}
        href={pageHref(board.boardId, request, result.nextCursor)}
      />
      {request.page > 1 && (
        <p>
          <a href={listHref(board.boardId, request.form)}>Till första sidan</a>
        </p>
      )}
    </>
  );
}
