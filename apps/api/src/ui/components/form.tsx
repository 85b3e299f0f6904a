import type { ComponentChildren } from 'preact';

export interface FormProps {
  readonly action: string;
  /** every POST carries the session's CSRF token (csrf-sync checks it) */
  readonly csrfToken: string;
  readonly method?: 'post' | 'get';
  readonly enctype?: 'multipart/form-data' | 'application/x-www-form-urlencoded';
  readonly children: ComponentChildren;
}

/** A form that works without JavaScript; the CSRF token goes with every POST. */
export function Form({ action, csrfToken, method = 'post', enctype, children }: FormProps) {
  return (
    <form method={method} action={action} enctype={enctype} noValidate>
      {method === 'post' && <input type="hidden" name="_csrf" value={csrfToken} />}
      {children}
    </form>
  );
}

export interface FieldProps {
  readonly name: string;
  readonly label: string;
  readonly type?: 'text' | 'password' | 'date' | 'number' | 'file' | 'search';
  readonly value?: string;
  /** the Swedish error shown next to the field, e.g. from errorText() */
  readonly error?: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly autoComplete?: string;
  readonly autoFocus?: boolean;
}

export const fieldId = (name: string): string => `falt-${name}`;

/**
 * A labelled field; its hint and error are tied to it by aria-describedby,
 * so a screen reader reads them with the field.
 */
export function Field({
  name,
  label,
  type = 'text',
  value,
  error,
  hint,
  required,
  autoComplete,
  autoFocus,
}: FieldProps) {
  const id = fieldId(name);
  const described = [hint && `${id}-hint`, error && `${id}-fel`].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>
        {label}
        {required && <span class="required"> (obligatoriskt)</span>}
      </label>
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-fel`}>
          <span class="visually-hidden">Fel: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        value={type === 'password' || type === 'file' ? undefined : value}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
      />
    </div>
  );
}

export interface FieldError {
  /** '' for an error of the whole form (shown in the summary, linked to no field) */
  readonly field: string;
  readonly message: string;
}

/** The errors of a form at its top, each a link to its field (WCAG 3.3.1). */
export function ErrorSummary({ errors }: { readonly errors: readonly FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    // focused on load, so keyboard and screen-reader users land on the errors (WCAG 3.3.1)
    <div class="error-summary" role="alert" aria-labelledby="felrubrik" tabindex={-1} autofocus>
      <h2 id="felrubrik">Det finns {errors.length === 1 ? 'ett fel' : `${errors.length} fel`}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={`${i}-${e.field}`}>
            {e.field === '' ? e.message : <a href={`#${fieldId(e.field)}`}>{e.message}</a>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SubmitButton({ children }: { readonly children: ComponentChildren }) {
  return (
    <button type="submit" class="button">
      {children}
    </button>
  );
}
