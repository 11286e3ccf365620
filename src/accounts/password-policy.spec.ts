import { describe, expect, it } from '@jest/globals';
import { hashPassword, passwordProblem, verifyPassword } from './password-policy.js';

describe('password policy', () => {
  it('refuses passwords shorter than 12 characters, counting characters not bytes', () => {
    expect(passwordProblem('Xk9#vL2q!mR')).toBe('too_short'); // 11
    expect(passwordProblem('기술이전센터비밀번호')).toBe('too_short'); // 10 characters, 30 bytes
  });

  it('refuses long but guessable passwords, and ones built from the person’s own name', () => {
    expect(passwordProblem('password1234')).toBe('too_weak');
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toBe('too_weak');
    expect(passwordProblem('qwertyuiop12')).toBe('too_weak');
    expect(passwordProblem('minji.kim2026', ['minji.kim@hospital.example', 'Minji Kim'])).toBe(
      'too_weak',
    );
  });

  it('accepts passphrases and random passwords without composition rules', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('tq8mlp2vx9rzwk')).toBeNull(); // no capitals, no symbols
  });

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapl')).toBe(false);
    expect(await verifyPassword(null, 'anything at all here')).toBe(false);
  });
});
