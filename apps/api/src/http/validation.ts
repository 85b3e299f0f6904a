import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidCalendarDate } from '@delegationsbeslut/domain';

export const ID_PATTERN = /^[a-z0-9._-]{1,64}$/;

/** Flattens class-validator's tree into `field: problem` lines for the error's details. */
export function validationDetails(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((problem) => `${path}: ${problem}`);
    return [...own, ...validationDetails(error.children ?? [], `${path}.`)];
  });
}

export function invalidInput(errors: readonly ValidationError[]): BadRequestException {
  const details = validationDetails(errors);
  return new BadRequestException({ message: `invalid input: ${details.join('; ')}`, details });
}

/** Unknown properties, wrong types and impossible dates are 400, before any command runs. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => invalidInput(errors),
});

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
