import type { ValidationError } from 'class-validator';

/**
 * class-validator's findings on a request DTO (the API's own, so the screen
 * refuses exactly what the API refuses) as Swedish problems, each at the path
 * of the value, e.g. `items.2.reporting`.
 */
export interface ValidationProblem {
  /** the dotted path of the value: `effectiveFrom`, `items.2.reporting` */
  readonly path: string;
  readonly message: string;
}

const CONSTRAINT_TEXTS: Readonly<Record<string, string>> = {
  matches: 'får bara innehålla a–z, 0–9, punkt, understreck och bindestreck (1–64 tecken).',
  isCalendarDate: 'måste vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD.',
  isString: 'måste vara text.',
  isNotEmpty: 'måste fyllas i.',
  isArray: 'måste vara en lista.',
  arrayMaxSize: 'har för många rader.',
  isIn: 'har ett värde som inte finns.',
  isNumber: 'måste vara ett tal.',
  min: 'får inte vara negativt.',
  whitelistValidation: 'är inte ett känt fält.',
  nestedValidation: 'måste vara ett objekt med fält.',
};

const TYPE_CONSTRAINTS: readonly string[] = ['isString', 'isNumber', 'isArray', 'isCalendarDate'];

export function validationProblems(
  errors: readonly ValidationError[],
  prefix = '',
): ValidationProblem[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    const found = Object.entries(error.constraints ?? {});
    // a value of the wrong type fails its other checks too ("not negative"): say only the type
    const typed = found.filter(([constraint]) => TYPE_CONSTRAINTS.includes(constraint));
    const missing =
      (error.value === undefined || error.value === null) &&
      found.some(([constraint]) => constraint !== 'whitelistValidation');
    const own = missing
      ? [{ path, message: 'saknas.' }]
      : (typed.length > 0 ? typed : found).map(([constraint, english]) => ({
          path,
          message: constraintText(constraint, english),
        }));
    return [...own, ...validationProblems(error.children ?? [], `${path}.`)];
  });
}

function constraintText(constraint: string, english: string): string {
  if (constraint === 'maxLength') {
    const limit = /(\d+) characters/.exec(english)?.[1];
    return limit ? `är för lång (högst ${limit} tecken).` : 'är för lång.';
  }
  return CONSTRAINT_TEXTS[constraint] ?? 'är inte giltigt.';
}
