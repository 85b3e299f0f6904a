import type { VersionSummary } from '../../../projections/delegation-order/delegation-order.queries';
import type { BoardView } from '../../../projections/boards/boards.queries';
import { ErrorSummary, Field, type FieldError, Form, Layout } from '../../components';
import type { UiUser } from '../../session/ui-user';
import { formatDate } from '../../texts';
import { SelectField } from '../../components';
import {
  type AdoptForm,
  REPORTING_OPTIONS,
  itemField,
  itemRouteField,
  routeField,
} from './adopt-version.view-model';
import { delegationOrderPaths as paths } from './delegation-order-paths';

export interface AdoptVersionPageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: BoardView;
  readonly versions: readonly VersionSummary[];
  readonly form: AdoptForm;
  /** the errors of the form or of the upload, whichever was sent */
  readonly errors?: readonly FieldError[];
}

/**
 * Adopt a new version (board-admin): by form, the items as rows ("Lägg till
 * rad" sends the form back with one more), or by uploading the JSON that the
 * API's POST …/delegation-order/versions takes.
 */
export function AdoptVersionPage({
  user,
  csrfToken,
  board,
  versions,
  form,
  errors = [],
}: AdoptVersionPageProps) {
  const errorOf = (field: string) =>
    errors
      .filter((e) => e.field === field)
      .map((e) => e.message)
      .join(' ') || undefined;
  const bodyOptions = (none: string) => [
    { value: '', label: none },
    ...board.bodies.map((b) => ({ value: b.bodyId, label: b.name })),
  ];
  const latest = versions.at(-1);
  const uploadErrors = errors.filter((e) => e.field === 'fil');
  return (
    <Layout
      title="Anta ny version"
      user={user}
      board={board}
      current="delegationsordning"
      csrfToken={csrfToken}
    >
      <p>
        <a href={paths.versions(board.boardId)}>Alla versioner</a>
      </p>
      <h1>Anta ny version av delegationsordningen</h1>
      <ErrorSummary errors={errors} />
      <p class="lead">
        En version kan inte ändras när den är antagen. Den nya versionen ska börja gälla senare än
        alla tidigare
        {latest ? ` (den senaste gäller från ${formatDate(latest.effectiveFrom)})` : ''}.
      </p>
      <section aria-labelledby="formular">
        <h2 id="formular">Fyll i versionen</h2>
        <Form action={paths.adopt(board.boardId)} csrfToken={csrfToken}>
          <input type="hidden" name="rader" value={String(form.rows.length)} />
          <Field
            name="versionId"
            label="Versionens id"
            hint="T.ex. ifon-2023-01 (a–z, 0–9, punkt, understreck, bindestreck)."
            value={form.versionId}
            error={errorOf('versionId')}
            required
          />
          <Field
            name="effectiveFrom"
            label="Gäller från"
            hint="Datum som ÅÅÅÅ-MM-DD, t.ex. 2023-01-03."
            value={form.effectiveFrom}
            error={errorOf('effectiveFrom')}
            required
          />
          <Field
            name="adoptedRef"
            label="Antagen genom"
            hint="Nämndens beslut, t.ex. IFON 2022-12-13 § 140."
            value={form.adoptedRef}
            error={errorOf('adoptedRef')}
          />
          <fieldset class="rows">
            <legend>Huvudregel för anmälan</legend>
            <p class="field__hint">
              De organ som besluten anmäls till, i tur och ordning. Gäller för varje punkt utan egen
              anmälningsväg.
            </p>
            <div class="row-fields">
              {form.defaultRoute.map((bodyId, step) => (
                <SelectField
                  key={String(step)}
                  name={routeField(step)}
                  label={`Steg ${step + 1}`}
                  options={bodyOptions('Inget')}
                  value={bodyId}
                  error={errorOf(routeField(step))}
                />
              ))}
            </div>
          </fieldset>
          <fieldset class="rows">
            <legend>Punkter</legend>
            <p class="field__hint">Lämna en rad tom om den inte behövs.</p>
            {form.rows.map((row, i) => (
              <fieldset class="row" key={String(i)}>
                <legend>Rad {i + 1}</legend>
                <div class="row-fields">
                  <Field
                    name={itemField(i, 'code')}
                    label="Punkt"
                    hint="T.ex. 3.7.2"
                    value={row.code}
                    error={errorOf(itemField(i, 'code'))}
                  />
                  <Field
                    name={itemField(i, 'title')}
                    label="Ärende"
                    value={row.title}
                    error={errorOf(itemField(i, 'title'))}
                  />
                  <Field
                    name={itemField(i, 'legalBasis')}
                    label="Lagrum"
                    value={row.legalBasis}
                    error={errorOf(itemField(i, 'legalBasis'))}
                  />
                  <Field
                    name={itemField(i, 'delegates')}
                    label="Delegat"
                    hint="Roller, åtskilda med kommatecken."
                    value={row.delegates}
                    error={errorOf(itemField(i, 'delegates'))}
                  />
                  <SelectField
                    name={itemField(i, 'reporting')}
                    label="Anmälan"
                    options={REPORTING_OPTIONS}
                    value={row.reporting}
                    error={errorOf(itemField(i, 'reporting'))}
                  />
                  <Field
                    name={itemField(i, 'maxAmount')}
                    label="Högsta belopp (kr)"
                    value={row.maxAmount}
                    error={errorOf(itemField(i, 'maxAmount'))}
                  />
                </div>
                <div class="row-fields">
                  {row.route.map((bodyId, step) => (
                    <SelectField
                      key={String(step)}
                      name={itemRouteField(i, step)}
                      label={`Egen anmälningsväg, steg ${step + 1}`}
                      options={bodyOptions(step === 0 ? 'Enligt huvudregeln' : 'Inget')}
                      value={bodyId}
                      error={errorOf(itemRouteField(i, step))}
                    />
                  ))}
                </div>
              </fieldset>
            ))}
          </fieldset>
          <div class="actions">
            {/* first, so Enter in a field adopts (the default button is the first in the form) */}
            <button type="submit" name="atgard" value="anta" class="button">
              Anta versionen
            </button>
            <button
              type="submit"
              name="atgard"
              value="lagg-till-rad"
              class="button button--secondary"
            >
              Lägg till rad
            </button>
          </div>
        </Form>
      </section>
      <section aria-labelledby="uppladdning">
        <h2 id="uppladdning">Ladda upp versionen som JSON</h2>
        <p>
          Samma innehåll som API:ts <code>POST …/delegation-order/versions</code> tar emot:
          versionId, effectiveFrom, adoptedRef, defaultRoute och items.
        </p>
        <Form
          action={paths.upload(board.boardId)}
          csrfToken={csrfToken}
          enctype="multipart/form-data"
        >
          <Field
            name="fil"
            label="JSON-fil"
            type="file"
            error={
              uploadErrors.length === 0
                ? undefined
                : `Filen har ${uploadErrors.length === 1 ? 'ett fel' : `${uploadErrors.length} fel`}. Ingenting är antaget.`
            }
          />
          {uploadErrors.length > 0 && (
            <ul class="field__error" id="fil-felrader">
              {uploadErrors.map((e, i) => (
                <li key={String(i)}>{e.message}</li>
              ))}
            </ul>
          )}
          <button type="submit" class="button">
            Ladda upp och anta
          </button>
        </Form>
      </section>
    </Layout>
  );
}
