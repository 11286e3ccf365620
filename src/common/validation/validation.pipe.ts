import { ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from '../errors/validation-failed.error.js';

/**
 * The global pipe: unknown body fields and unknown query parameters are errors (400), values are
 * converted to the DTO's types, and errors come out as `[{ field, message }]`.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // Query strings are converted by explicit @Type/@Transform decorators, not guessed.
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ValidationFailedError.fromClassValidator(errors),
  });
}
