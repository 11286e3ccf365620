import { describe, it, expect } from '@jest/globals';
import { ValidationFailedError } from '../errors/validation-failed.error.js';
import { expectedVersion } from './if-match.js';

describe('expectedVersion', () => {
  it.each([
    ['"3"', undefined, 3],
    ['W/"3"', undefined, 3],
    ['3', undefined, 3],
    [undefined, 4, 4],
    ['"5"', 5, 5],
    [undefined, undefined, undefined],
    ['', undefined, undefined],
  ])('If-Match %p with body version %p → %p', (header, body, expected) => {
    expect(expectedVersion(header, body)).toBe(expected);
  });

  it('rejects an If-Match that is not a version', () => {
    expect(() => expectedVersion('"abc"', undefined)).toThrow(ValidationFailedError);
    expect(() => expectedVersion('*', undefined)).toThrow(ValidationFailedError);
  });

  it('rejects a header and body that disagree', () => {
    expect(() => expectedVersion('"2"', 3)).toThrow(/If-Match says 2/);
  });
});
