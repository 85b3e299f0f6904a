import { fieldId } from '../../components';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly name: string;
  readonly label: string;
  readonly options: readonly SelectOption[];
  readonly value?: string;
  /** the first option, which means "no choice" (value "") */
  readonly any: string;
  readonly error?: string;
}

/** A labelled select with its error tied to it, as Field is for inputs. */
export function SelectField({ name, label, options, value, any, error }: SelectFieldProps) {
  const id = fieldId(name);
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
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
        aria-describedby={error ? `${id}-fel` : undefined}
      >
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
