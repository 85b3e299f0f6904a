import { fieldId } from './form';

/** The hint and error of a field, tied to it by aria-describedby (as Field does for an input). */
function Described({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  const id = fieldId(name);
  return (
    <>
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
    </>
  );
}

const describedBy = (name: string, hint?: string, error?: string): string | undefined =>
  [hint && `${fieldId(name)}-hint`, error && `${fieldId(name)}-fel`].filter(Boolean).join(' ') ||
  undefined;

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly name: string;
  readonly label: string;
  readonly options: readonly SelectOption[];
  readonly value?: string;
  /** a first option meaning "no choice" (value ""), as a filter form has */
  readonly any?: string;
  readonly error?: string;
  readonly hint?: string;
}

/** A labelled select, its hint and error tied to it as Field does for an input. */
export function SelectField({ name, label, options, value, any, error, hint }: SelectFieldProps) {
  const all = any === undefined ? options : [{ value: '', label: any }, ...options];
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={fieldId(name)}>{label}</label>
      <Described name={name} hint={hint} error={error} />
      <select
        id={fieldId(name)}
        name={name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        {all.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === (value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TextAreaField(props: {
  readonly name: string;
  readonly label: string;
  readonly value?: string;
  readonly error?: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly rows?: number;
}) {
  const { name, label, value, error, hint, required, rows = 3 } = props;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={fieldId(name)}>
        {label}
        {required && <span class="required"> (obligatoriskt)</span>}
      </label>
      <Described name={name} hint={hint} error={error} />
      <textarea
        id={fieldId(name)}
        name={name}
        rows={rows}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        {value ?? ''}
      </textarea>
    </div>
  );
}

export function CheckboxField(props: {
  readonly name: string;
  readonly label: string;
  readonly checked: boolean;
  readonly hint?: string;
}) {
  return (
    <div class="field field--checkbox">
      <input
        id={fieldId(props.name)}
        type="checkbox"
        name={props.name}
        value="ja"
        checked={props.checked}
        aria-describedby={describedBy(props.name, props.hint)}
      />
      <label for={fieldId(props.name)}>{props.label}</label>
      <Described name={props.name} hint={props.hint} />
    </div>
  );
}
