import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { FieldError } from '../errors/domain-error.js';
import { ValidationFailedError } from '../errors/validation-failed.error.js';

/** Keys that would reach object prototypes in code that copies bodies around. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (text: string) => !LONE_SURROGATE.test(text);

/**
 * The one edge check every request passes before anything reads its input: no NUL characters
 * (Postgres refuses them in text, which used to surface as a 500), no unpaired UTF-16
 * surrogates (they cannot be stored as UTF-8), no prototype keys in bodies, and query strings
 * that decode as UTF-8 (instead of silently becoming U+FFFD). Runs as the first global guard.
 */
@Injectable()
export class InputHygieneGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    const errors: FieldError[] = [];
    const query = req.originalUrl.indexOf('?');
    const path = query >= 0 ? req.originalUrl.slice(0, query) : req.originalUrl;
    if (!decodes(path)) errors.push({ field: '(path)', message: 'is not valid UTF-8' });
    if (query >= 0) {
      for (const part of req.originalUrl.slice(query + 1).split('&')) {
        const name = part.split('=')[0];
        if (!decodes(part.replace(/\+/g, ' '))) {
          errors.push({ field: safeName(name), message: 'is not valid UTF-8' });
        }
      }
    }
    inspect(req.params, 'path', errors);
    inspect(req.query, '', errors);
    inspect(req.body, '', errors);
    if (errors.length) throw new ValidationFailedError(errors.slice(0, 20));
    return true;
  }
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

function safeName(name: string): string {
  try {
    return (
      decodeURIComponent(name)
        .replace(/[^\w.[\]-]/g, '?')
        .slice(0, 100) || '(query)'
    );
  } catch {
    return '(query)';
  }
}

/** Walks a parsed input (its depth is bounded by the body parser) and notes what is refused. */
function inspect(value: unknown, field: string, errors: FieldError[]): void {
  if (errors.length >= 20) return;
  if (typeof value === 'string') {
    if (value.includes(NUL))
      errors.push({ field: field || '(value)', message: 'contains a NUL character' });
    else if (!wellFormed(value)) {
      errors.push({ field: field || '(value)', message: 'contains an unpaired surrogate' });
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => inspect(item, `${field}[${i}]`, errors));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    const at = field ? `${field}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) {
      errors.push({ field: at, message: 'is not an allowed field name' });
      continue;
    }
    if (key.includes(NUL) || !wellFormed(key)) {
      errors.push({
        field: field || '(key)',
        message: 'has a field name with a NUL or unpaired surrogate',
      });
      continue;
    }
    inspect((value as Record<string, unknown>)[key], at, errors);
  }
}
