import { randomUUID } from 'node:crypto';
import type { FieldError } from '../common/errors/domain-error.js';
import type { CreatePatentDto } from './patent.dto.js';
import { Patent } from './patent.entity.js';
import { parsePatentNumber } from './patent-number.js';

/**
 * Validates and normalizes patent input into rows for `technologyId`. Errors carry field paths
 * under `path` (e.g. `patents[1].number`) so one response lists every bad patent.
 */
export function buildPatents(
  technologyId: string,
  inputs: CreatePatentDto[],
  path: string,
): { patents: Patent[]; errors: FieldError[] } {
  const patents: Patent[] = [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const parsed = parsePatentNumber(input.jurisdiction, input.number, input.type);
    const at = `${path}[${index}]`;
    if (!parsed.ok) {
      errors.push({ field: `${at}.number`, message: parsed.error });
      return;
    }
    const key = `${parsed.value.jurisdiction}|${parsed.value.type}|${parsed.value.normalized}`;
    if (seen.has(key)) {
      errors.push({ field: `${at}.number`, message: 'the same patent is listed twice' });
      return;
    }
    seen.add(key);
    const patent = new Patent();
    Object.assign(patent, {
      id: randomUUID(),
      technologyId,
      jurisdiction: parsed.value.jurisdiction,
      numberRaw: input.number,
      numberNormalized: parsed.value.normalized,
      numberDisplay: parsed.value.display,
      kindCode: input.kindCode ?? parsed.value.kindCode,
      type: parsed.value.type,
      status: input.status,
      filingDate: input.filingDate ?? null,
      priorityDate: input.priorityDate ?? null,
      publicationDate: input.publicationDate ?? null,
      grantDate: input.grantDate ?? null,
      familyId: input.familyId ?? null,
      title: input.title ?? null,
    });
    patents.push(patent);
  });
  return { patents, errors };
}
