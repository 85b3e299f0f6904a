import { type ClassConstructor, plainToInstance } from 'class-transformer';
import {
  registerDecorator,
  validate,
  type ValidationError,
  type ValidationOptions,
} from 'class-validator';
import { isValidCalendarDate } from '@delegationsbeslut/domain';

/**
 * Input validation both doors share: a Kafka message is validated exactly as
 * the HTTP request for the same command, by the same request DTO.
 */

export const ID_PATTERN = /^[a-z0-9._-]{1,64}$/;
export const ID_MESSAGE = '$property must be 1–64 characters of a-z 0-9 . _ -';

/** Unknown properties are refused, not dropped: a misspelt field must not pass silently. */
export const VALIDATION_OPTIONS = { whitelist: true, forbidNonWhitelisted: true } as const;

/** Flattens class-validator's tree into `field: problem` lines for the error's details. */
export function validationDetails(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((problem) => `${path}: ${problem}`);
    return [...own, ...validationDetails(error.children ?? [], `${path}.`)];
  });
}

export type Validated<T> = { readonly ok: T } | { readonly errors: readonly ValidationError[] };

/** A plain object as an instance of the DTO, or every problem with it. */
export async function validated<T extends object>(
  dto: ClassConstructor<T>,
  plain: object,
): Promise<Validated<T>> {
  const instance = plainToInstance(dto, plain);
  const errors = await validate(instance, VALIDATION_OPTIONS);
  return errors.length === 0 ? { ok: instance } : { errors };
}

/** A real calendar date YYYY-MM-DD (2023-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a calendar date YYYY-MM-DD', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidCalendarDate(value),
      },
    });
}
