import { ErrorSummary, Field, Form, Layout, SubmitButton } from '../components';
import { UI_PATHS } from '../ui-paths';

export interface SignInPageProps {
  readonly csrfToken: string;
  readonly error?: string;
  readonly signedOut?: boolean;
  /** where to go after signing in (a local path) */
  readonly returnTo?: string;
}

/**
 * The token is entered once and becomes a session; the form never echoes it.
 * The section after the form is where "Logga in via kommunens inloggning"
 * (OIDC) goes when it comes.
 */
export function SignInPage({ csrfToken, error, signedOut, returnTo }: SignInPageProps) {
  return (
    <Layout title="Logga in">
      <h1>Logga in</h1>
      {signedOut && (
        <p class="notice" role="status">
          Du är utloggad.
        </p>
      )}
      {error && <ErrorSummary errors={[{ field: 'token', message: error }]} />}
      <p class="lead">
        Logga in med den nyckel (API-token) du har fått av den som förvaltar tjänsten. Du behöver
        bara ange den en gång; den sparas inte i webbläsaren.
      </p>
      <Form action={UI_PATHS.signIn} csrfToken={csrfToken}>
        {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
        <Field
          name="token"
          label="Nyckel"
          type="password"
          required
          autoComplete="off"
          autoFocus
          error={error}
        />
        <SubmitButton>Logga in</SubmitButton>
      </Form>
      <section class="alternatives" aria-labelledby="andra-satt">
        <h2 id="andra-satt">Andra sätt att logga in</h2>
        <p>Inloggning via kommunens inloggningstjänst kommer senare.</p>
      </section>
    </Layout>
  );
}
