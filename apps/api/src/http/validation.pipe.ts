import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { VALIDATION_OPTIONS, validationDetails } from '../application/input/validation';

export function invalidInput(errors: readonly ValidationError[]): BadRequestException {
  const details = validationDetails(errors);
  return new BadRequestException({ message: `invalid input: ${details.join('; ')}`, details });
}

/** Unknown properties, wrong types and impossible dates are 400, before any command runs. */
export const validationPipe = new ValidationPipe({
  ...VALIDATION_OPTIONS,
  transform: true,
  exceptionFactory: (errors) => invalidInput(errors),
});
