import { Layout, Table } from '../../components';
import type { UiUser } from '../../session/ui-user';
import {
  FLAG_TEXTS,
  REPORTING_RULE_TEXTS,
  STATUS_TEXTS,
  formatAmount,
  formatDate,
  formatDateTime,
} from '../../texts';
import { screenPath } from '../../ui-paths';
import { maskedText } from './decision-row';
import { type DecisionPageModel, type HistoryRow, bodyNameOf } from './decision-page.view-model';

export interface DecisionPageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly model: DecisionPageModel;
  readonly mayChange: boolean;
  /** what the last action did, shown once after its redirect */
  readonly notice?: string;
  /** "Visa läget per" was not a date: the page shows today, and says so */
  readonly lageError?: string;
}

const yesNo = (value: boolean): string => (value ? 'Ja' : 'Nej');

/** One decision: its facts, the order it was judged by, its route, its flags and its history. */
export function DecisionPage({
  user,
  csrfToken,
  model,
  mayChange,
  notice,
  lageError,
}: DecisionPageProps) {
  const { view, board, version, item, maySeeConfidential } = model;
  const title = `Beslut ${view.externalId}`;
  const decisionPath = screenPath(board.boardId, 'beslut', view.decisionId);
  const bodyName = bodyNameOf(board);
  return (
    <Layout title={title} user={user} csrfToken={csrfToken} board={board} current="beslut">
      <p>
        <a href={screenPath(board.boardId, 'beslut')}>Alla beslut</a>
      </p>
      <h1>{title}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p class="lead">
        Status: <strong>{STATUS_TEXTS[view.status]}</strong> (läget per {formatDate(model.today)})
      </p>
      {mayChange && view.status !== 'annulled' && (
        <ul class="actions">
          <li>
            <a class="button" href={`${decisionPath}/andra`}>
              Ändra beslutet
            </a>
          </li>
          <li>
            <a class="button button--danger" href={`${decisionPath}/upphav`}>
              Upphäv beslutet
            </a>
          </li>
        </ul>
      )}
      <form method="get" action={decisionPath} class="inline-form">
        <label for="falt-lage">Visa läget per</label>{' '}
        {lageError && (
          <p class="field__error" id="falt-lage-fel">
            <span class="visually-hidden">Fel: </span>
            {lageError}
          </p>
        )}
        <input
          id="falt-lage"
          name="lage"
          type="date"
          value={model.today}
          aria-invalid={lageError ? 'true' : undefined}
          aria-describedby={lageError ? 'falt-lage-fel' : undefined}
        />{' '}
        <button type="submit" class="button button--plain">
          Visa
        </button>
      </form>

      <h2>Uppgifter</h2>
      <dl class="facts">
        <dt>Beslutsdatum</dt>
        <dd>{formatDate(view.decidedAt)}</dd>
        <dt>Punkt</dt>
        <dd>{item ? `${view.itemCode} ${item.title}` : view.itemCode}</dd>
        <dt>Delegat</dt>
        <dd>
          {view.decidedBy.name} ({view.decidedBy.role})
        </dd>
        <dt>Diarienummer</dt>
        <dd>{maskedText(view.caseRef, view, maySeeConfidential)}</dd>
        <dt>Sammanfattning</dt>
        <dd>{maskedText(view.summary, view, maySeeConfidential)}</dd>
        <dt>Sekretess</dt>
        <dd>{yesNo(view.confidential)}</dd>
        <dt>Belopp</dt>
        <dd>{view.amount === null ? '–' : formatAmount(view.amount)}</dd>
        <dt>Brådskande</dt>
        <dd>{yesNo(view.urgent)}</dd>
        <dt>Registrerat</dt>
        <dd>{formatDate(view.registeredAt)}</dd>
        <dt>Mottaget</dt>
        <dd>{formatDateTime(view.recordedAt)}</dd>
        <dt>Källsystem</dt>
        <dd>{view.sourceSystem}</dd>
        <dt>Externt id</dt>
        <dd>{view.externalId}</dd>
      </dl>

      <h2>Delegationsordning</h2>
      {version ? (
        <>
          <p>
            Gällande på beslutsdagen:{' '}
            <a href={screenPath(board.boardId, 'delegationsordning', version.versionId)}>
              version {version.versionId}
            </a>
            , gäller från {formatDate(version.effectiveFrom)}
            {version.adoptedRef && ` (${version.adoptedRef})`}.
          </p>
          {item ? (
            <dl class="facts">
              <dt>Punkt</dt>
              <dd>
                {item.code} {item.title}
              </dd>
              <dt>Delegater</dt>
              <dd>{item.delegates.join(', ')}</dd>
              <dt>Anmälan</dt>
              <dd>{REPORTING_RULE_TEXTS[item.reporting]}</dd>
              <dt>Anmälningsväg</dt>
              <dd>{(item.route ?? version.defaultRoute).map(bodyName).join(' → ')}</dd>
              <dt>Lagrum</dt>
              <dd>{item.legalBasis ?? '–'}</dd>
              <dt>Högsta belopp</dt>
              <dd>{item.maxAmount === null ? '–' : formatAmount(item.maxAmount)}</dd>
            </dl>
          ) : (
            <p>Punkten {view.itemCode} finns inte i den versionen.</p>
          )}
        </>
      ) : (
        <p>Ingen version av delegationsordningen gällde på beslutsdagen.</p>
      )}

      <h2>Anmälan</h2>
      <Route model={model} />

      <h2>Flaggor</h2>
      {view.flags.length === 0 ? (
        <p>Beslutet har inga flaggor.</p>
      ) : (
        <ul class="flag-explanations">
          {view.flags.map((flag) => (
            <li key={flag}>
              <h3>{FLAG_TEXTS[flag].title}</h3>
              <p>{FLAG_TEXTS[flag].meaning}</p>
              <p>
                <strong>Regel:</strong> {FLAG_TEXTS[flag].rule}
              </p>
              <p>
                <strong>Lag:</strong> {FLAG_TEXTS[flag].law}
              </p>
            </li>
          ))}
        </ul>
      )}

      <h2>Historik</h2>
      <Table<HistoryRow>
        caption="Händelser för beslutet"
        empty="Inga händelser."
        rows={model.history}
        rowKey={(r) => String(r.position)}
        columns={[
          { header: 'Tidpunkt', cell: (r) => r.when },
          { header: 'Händelse', cell: (r) => r.what },
          { header: 'Av', cell: (r) => r.who },
          {
            header: 'Detaljer',
            cell: (r) =>
              r.details.length === 0 ? (
                '–'
              ) : (
                <ul class="details">
                  {r.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </Layout>
  );
}

function Route({ model }: { readonly model: DecisionPageModel }) {
  const { view } = model;
  if (view.status === 'annulled') return <p>Beslutet är upphävt och ska inte anmälas.</p>;
  if (view.reporting.mode === 'none' || view.reporting.mode === 'separate-minutes') {
    return <p>{REPORTING_RULE_TEXTS[view.reporting.mode]}.</p>;
  }
  if (model.steps.length === 0) return <p>Beslutet har ingen anmälningsväg.</p>;
  return (
    <ol class="timeline">
      {model.steps.map((step, i) => (
        <li key={i}>
          <h3>
            Steg {i + 1}: {step.bodyName}
          </h3>
          <ol>
            {step.lines.map((line, j) => (
              <li key={j} class={`timeline__${line.state}`}>
                {line.text}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
