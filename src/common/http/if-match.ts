import { CommonErrorCode } from '../errors/common-error-codes.js';
import { ValidationFailedError } from '../errors/validation-failed.error.js';

/**
 * The version a client read, from `If-Match: "3"` (ETag as we send it, weak or strong) and/or a
 * body `version` field. Both given and different → 400; neither → undefined.
 */
export function expectedVersion(
  ifMatch: string | undefined,
  bodyVersion: number | undefined,
): number | undefined {
  let fromHeader: number | undefined;
  if (ifMatch !== undefined && ifMatch.trim() !== '') {
    const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
    if (!match) {
      throw new ValidationFailedError(
        [{ field: 'If-Match', message: 'must be the ETag you read, e.g. "3"' }],
        CommonErrorCode.ValidationFailed,
      );
    }
    fromHeader = Number(match[1]);
  }
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw new ValidationFailedError([
      { field: 'version', message: `the body says ${bodyVersion} but If-Match says ${fromHeader}` },
    ]);
  }
  return fromHeader ?? bodyVersion;
}

export const versionEtag = (version: number) => `"${version}"`;
