import { fieldId } from '../components';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly name: string;
  readonly label: string;
  readonly options: readonly SelectOption[];
  readonly value?: string;
  readonly error?: string;
  readonly hint?: string;
}

/** A labelled select, its hint and error tied to it as Field does for an input. */
export function SelectField({ name, label, options, value, error, hint }: SelectFieldProps) {
  const id = fieldId(name);
  const described = [hint && `${id}-hint`, error && `${id}-fel`].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
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
      <select
        id={id}
        name={name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === (value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
