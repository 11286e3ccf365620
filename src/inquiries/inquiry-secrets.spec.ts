import { describe, it, expect } from '@jest/globals';
import {
  formatReference,
  generateStatusToken,
  hashStatusToken,
  messageFingerprint,
  parseReference,
  statusTokenMatches,
} from './inquiry-secrets.js';
import { TOKEN_PATTERN } from './inquiry.dto.js';

describe('inquiry references and tokens', () => {
  it('formats and parses references', () => {
    expect(formatReference(2026, 42)).toBe('INQ-2026-000042');
    expect(parseReference(' inq-2026-000042 ')).toBe('INQ-2026-000042');
    for (const bad of [
      'INQ-26-000042',
      'INQ-2026-42',
      'X-2026-000042',
      "INQ-2026-000042' OR 1=1",
    ]) {
      expect(parseReference(bad)).toBeNull();
    }
  });

  it('makes unguessable tokens that only match their own hash', () => {
    const a = generateStatusToken();
    const b = generateStatusToken();
    expect(a).not.toBe(b);
    expect(a).toMatch(TOKEN_PATTERN);
    expect(hashStatusToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(statusTokenMatches(a, hashStatusToken(a))).toBe(true);
    expect(statusTokenMatches(b, hashStatusToken(a))).toBe(false);
  });

  it('fingerprints a message regardless of spacing and case', () => {
    expect(messageFingerprint('We would like  to\nlicense it')).toBe(
      messageFingerprint('we would like to license it '),
    );
    expect(messageFingerprint('license it')).not.toBe(messageFingerprint('license them'));
  });
});
