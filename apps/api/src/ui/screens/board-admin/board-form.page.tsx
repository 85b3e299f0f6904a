import { ErrorSummary, Field, type FieldError, Form, Layout } from '../../components';
import type { UiUser } from '../../session/ui-user';
import { UI_PATHS } from '../../ui-paths';
import { SelectField } from '../../components';
import { BODY_KIND_OPTIONS, type BoardForm, bodyField } from './board-form.view-model';

export interface BoardFormPageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  /** a new board (its id is asked for) or an existing one */
  readonly mode: 'new' | 'edit';
  readonly action: string;
  readonly form: BoardForm;
  readonly errors?: readonly FieldError[];
  readonly saved?: boolean;
}

/**
 * A board and its bodies (organ), for the admin. The bodies are rows of plain
 * fields; "Lägg till rad" sends the form back with one more empty row, so it
 * works without JavaScript. An empty row is left out.
 */
export function BoardFormPage({
  user,
  csrfToken,
  mode,
  action,
  form,
  errors = [],
  saved,
}: BoardFormPageProps) {
  const title = mode === 'new' ? 'Ny nämnd' : `Ändra ${form.name}`;
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <Layout title={title} user={user} csrfToken={csrfToken}>
      <h1>{title}</h1>
      {saved && (
        <p class="notice" role="status">
          Nämnden är sparad.
        </p>
      )}
      <ErrorSummary errors={errors} />
      <Form action={action} csrfToken={csrfToken}>
        <input type="hidden" name="rader" value={String(form.rows.length)} />
        {mode === 'new' ? (
          <Field
            name="boardId"
            label="Id"
            hint="Kort id i adresser och i API:t, t.ex. ifon (a–z, 0–9, punkt, understreck, bindestreck)."
            value={form.boardId}
            error={errorOf('boardId')}
            required
          />
        ) : (
          <p>
            Id: <code>{form.boardId}</code>
          </p>
        )}
        <Field name="name" label="Namn" value={form.name} error={errorOf('name')} required />
        <fieldset class="rows">
          <legend>Organ</legend>
          <p class="field__hint">
            Nämnden själv är ett organ av typen Nämnd, och det ska finnas exakt ett sådant. Lämna en
            rad tom om den inte behövs.
          </p>
          {form.rows.map((row, i) => (
            <fieldset class="row" key={String(i)}>
              <legend>Organ {i + 1}</legend>
              <Field
                name={bodyField(i, 'bodyId')}
                label="Id"
                value={row.bodyId}
                error={errorOf(bodyField(i, 'bodyId'))}
              />
              <Field
                name={bodyField(i, 'name')}
                label="Namn"
                value={row.name}
                error={errorOf(bodyField(i, 'name'))}
              />
              <SelectField
                name={bodyField(i, 'kind')}
                label="Typ"
                options={BODY_KIND_OPTIONS}
                value={row.kind}
                error={errorOf(bodyField(i, 'kind'))}
              />
            </fieldset>
          ))}
        </fieldset>
        <div class="actions">
          {/* first, so Enter in a field saves (the default button is the first in the form) */}
          <button type="submit" name="atgard" value="spara" class="button">
            Spara nämnden
          </button>
          <button
            type="submit"
            name="atgard"
            value="lagg-till-rad"
            class="button button--secondary"
          >
            Lägg till rad
          </button>
          <a href={UI_PATHS.boards}>Tillbaka till nämnderna</a>
        </div>
      </Form>
    </Layout>
  );
}
