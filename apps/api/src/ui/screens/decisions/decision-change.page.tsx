import type { ComponentChildren } from 'preact';
import {
  CheckboxField,
  ErrorSummary,
  Field,
  type FieldError,
  Form,
  Layout,
  SubmitButton,
  TextAreaField,
} from '../../components';
import type { BoardView } from '../../../projections/boards/boards.queries';
import type { DecisionView } from '../../../projections/decisions/decisions.queries';
import type { UiUser } from '../../session/ui-user';
import { screenPath } from '../../ui-paths';
import type { AmendForm } from './decision-change.form';

interface ChangePageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: BoardView;
  readonly view: DecisionView;
  readonly errors: readonly FieldError[];
}

function ChangeLayout({
  user,
  csrfToken,
  board,
  view,
  errors,
  title,
  children,
}: ChangePageProps & { readonly title: string; readonly children: ComponentChildren }) {
  return (
    <Layout title={title} user={user} csrfToken={csrfToken} board={board} current="beslut">
      <p>
        <a href={screenPath(board.boardId, 'beslut', view.decisionId)}>
          Tillbaka till beslut {view.externalId}
        </a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      {children}
    </Layout>
  );
}

/** Amend: the recordable fields, prefilled, and a required reason. */
export function AmendPage(
  props: ChangePageProps & { readonly form: AmendForm; readonly maySeeConfidential: boolean },
) {
  const { form, errors, view, board } = props;
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const masked = view.confidential && !props.maySeeConfidential;
  return (
    <ChangeLayout {...props} title={`Ändra beslut ${view.externalId}`}>
      <p class="lead">
        Ändra det som är fel och ange varför. Det som inte ändras lämnas som det är.
      </p>
      <Form
        action={`${screenPath(board.boardId, 'beslut', view.decisionId)}/andra`}
        csrfToken={props.csrfToken}
      >
        <Field name="punkt" label="Punkt" value={form.punkt} error={errorOf('punkt')} />
        <Field
          name="beslutsdatum"
          label="Beslutsdatum"
          type="date"
          value={form.beslutsdatum}
          error={errorOf('beslutsdatum')}
        />
        <fieldset>
          <legend>Delegat</legend>
          <Field
            name="delegatNamn"
            label="Namn"
            value={form.delegatNamn}
            error={errorOf('delegatNamn')}
          />
          <Field
            name="delegatRoll"
            label="Roll"
            value={form.delegatRoll}
            error={errorOf('delegatRoll')}
          />
          <Field name="delegatId" label="Id" value={form.delegatId} error={errorOf('delegatId')} />
        </fieldset>
        <Field
          name="registrerat"
          label="Registrerat"
          type="date"
          value={form.registrerat}
          error={errorOf('registrerat')}
        />
        {masked ? (
          <p>Diarienummer och sammanfattning omfattas av sekretess och kan inte ändras här.</p>
        ) : (
          <>
            <Field
              name="diarienummer"
              label="Diarienummer"
              value={form.diarienummer}
              error={errorOf('diarienummer')}
            />
            <TextAreaField
              rows={4}
              name="sammanfattning"
              label="Sammanfattning"
              value={form.sammanfattning}
              error={errorOf('sammanfattning')}
            />
          </>
        )}
        <Field
          name="belopp"
          label="Belopp (kr)"
          value={form.belopp}
          error={errorOf('belopp')}
          hint="Tomt om beslutet inte gäller ett belopp."
        />
        <CheckboxField name="sekretess" label="Omfattas av sekretess" checked={form.sekretess} />
        <CheckboxField
          name="bradskande"
          label="Brådskande ordförandebeslut"
          checked={form.bradskande}
        />
        <TextAreaField
          rows={4}
          name="motivering"
          label="Motivering"
          required
          value={form.motivering}
          error={errorOf('motivering')}
          hint="Varför beslutet ändras. Motiveringen sparas i beslutets historik."
        />
        <SubmitButton>Spara ändringen</SubmitButton>
      </Form>
    </ChangeLayout>
  );
}

/** Annul: the confirmation, with a required reason. */
export function AnnulPage(props: ChangePageProps & { readonly reason: string }) {
  const { view, board, errors } = props;
  return (
    <ChangeLayout {...props} title={`Upphäv beslut ${view.externalId}`}>
      <p class="lead">
        Ett upphävt beslut ska inte anmälas och kan inte ändras efteråt. Händelsen sparas i
        beslutets historik.
      </p>
      <Form
        action={`${screenPath(board.boardId, 'beslut', view.decisionId)}/upphav`}
        csrfToken={props.csrfToken}
      >
        <TextAreaField
          rows={4}
          name="motivering"
          label="Motivering"
          required
          value={props.reason}
          error={errors.find((e) => e.field === 'motivering')?.message}
        />
        <SubmitButton>Ja, upphäv beslutet</SubmitButton>
      </Form>
    </ChangeLayout>
  );
}
