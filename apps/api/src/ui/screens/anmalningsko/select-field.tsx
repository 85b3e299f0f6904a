import { fieldId } from '../../components';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly name: string;
  readonly label: string;
  readonly options: readonly SelectOption[];
  /** the option chosen; '' is the first, "all" option */
  readonly value: string;
}

/** A labelled drop-down for a GET filter form; its first option means "no filter". */
export function SelectField({ name, label, options, value }: SelectFieldProps) {
  const id = fieldId(name);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
