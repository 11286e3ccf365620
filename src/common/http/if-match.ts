import { CommonErrorCode } from '../errors/common-error-codes.js';
import { DomainError } from '../errors/domain-error.js';
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

/** A versioned resource as a response body, with its version as the ETag. */
export function withVersionEtag<T extends { version: number }>(
  res: { setHeader(name: string, value: string): unknown },
  body: T,
): T {
  res.setHeader('ETag', versionEtag(body.version));
  return body;
}

/** The If-Match header as OpenAPI documents it on routes that change a versioned resource. */
export const IF_MATCH_HEADER = {
  name: 'If-Match',
  required: false,
  description: 'The ETag (version) you read, e.g. "3"',
};

/** The version a change needs, or the given "version required" error (400). */
export function requireVersion(version: number | undefined, code: string): number {
  if (version === undefined) {
    throw new DomainError(
      code,
      'Send the version you read, as an If-Match header or a "version" field, so that concurrent edits are not lost.',
    );
  }
  return version;
}

/** Refuses a change made from a stale read (409 with `currentVersion`); no version: no check. */
export function assertCurrentVersion(
  expected: number | undefined,
  current: number,
  code: string,
  noun: string,
): void {
  if (expected !== undefined && expected !== current) {
    throw new DomainError(
      code,
      `You sent version ${expected}, but the ${noun} is now at version ${current}. Reload it and apply your change again.`,
      { currentVersion: current },
    );
  }
}
