import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { InquiryLanguage } from './inquiry.types.js';

/** INQ-2026-000042: the year it came in and its number in that year. */
export const REFERENCE_PATTERN = /^INQ-(\d{4})-(\d{6,9})$/;

export function formatReference(year: number, n: number): string {
  return `INQ-${year}-${String(n).padStart(6, '0')}`;
}

/** A reference typed by a person (any case, spaces around) in canonical form, or null. */
export function parseReference(value: string): string | null {
  const upper = value.trim().toUpperCase();
  return REFERENCE_PATTERN.test(upper) ? upper : null;
}

/** 192 random bits, URL-safe: the partner's key to their inquiry. Only its hash is stored. */
export function generateStatusToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashStatusToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function statusTokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashStatusToken(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Equal for the same words however they were spaced or cased: a resubmitted form. */
export function messageFingerprint(message: string): string {
  const folded = message.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}

/** Where the partner follows an inquiry: the web status page, in the inquiry's language. */
export function statusUrlFor(
  baseUrl: string,
  reference: string,
  token: string,
  language: InquiryLanguage,
): string {
  return `${baseUrl}/${language}/inquiries/${reference}?token=${encodeURIComponent(token)}`;
}
