import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

export const PASSWORD_MIN_LENGTH = 12;
/** Long passphrases are welcome; this only bounds the work of hashing one. */
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's scale 0–4: 3 is "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

export type PasswordProblem = 'too_short' | 'too_long' | 'too_weak';

/**
 * The only rules: at least 12 characters, and not rated weak by a strength estimator (which
 * also knows the person's own address and name). No composition rules.
 */
export function passwordProblem(password: string, personal: string[] = []): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  // The whole value, its local part and each word: "minji.kim2026" is as weak as "minji2026".
  const words = personal.flatMap((p) => {
    const lower = p.toLowerCase();
    return [lower, lower.split('@')[0], ...lower.split(/[^\p{L}\p{N}]+/u)];
  });
  const inputs = [...new Set(words.filter(Boolean)), 'hospital', 'catalog', 'tto'];
  const result = estimator.check(password, inputs);
  return result.score < MIN_SCORE ? 'too_weak' : null;
}

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash to verify against when there is no account, so unknown addresses take as long. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string) {
  if (password.length > PASSWORD_MAX_LENGTH * 4) return false;
  if (!passwordHash) {
    decoy ??= hash('decoy password that matches nothing');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
