import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FieldError } from '../common/errors/domain-error.js';
import { fieldErrors } from '../common/errors/validation-failed.error.js';
import { buildPatents } from '../patents/patent-builder.js';
import type { Patent } from '../patents/patent.entity.js';
import { publishBlockers } from '../technologies/technology-lifecycle.js';
import { CreateTechnologyDto } from '../technologies/technology.dto.js';
import type { ImportRecord } from './import-file.js';

/** A problem with one row: `row 17, patents[1].number: not a valid KR number`. */
export interface RowError {
  row: number;
  referenceCode: string | null;
  field: string;
  message: string;
}

/** A row that passed every check the API would make, ready to write. */
export interface ValidRow {
  row: number;
  dto: CreateTechnologyDto;
  /** Normalized patents (their ids are placeholders until written). */
  patents: Patent[];
  /** The version the file was exported at, when it says: a newer listing is not overwritten. */
  expectedVersion: number | null;
}

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Checks a record with the API's own rules (CreateTechnologyDto, patent number parsing, known
 * areas; with `publish`, the publish rules too) and turns it into a row to write or its errors.
 */
export async function validateRecord(
  record: ImportRecord,
  knownAreas: ReadonlySet<string>,
  publish: boolean,
): Promise<{ valid: ValidRow | null; errors: RowError[] }> {
  const { version, ...values } = record.values;
  const referenceCode = typeof values.referenceCode === 'string' ? values.referenceCode : null;
  const fail = (errors: FieldError[]) => ({
    valid: null,
    errors: onePerField(errors).map((e) => ({ row: record.row, referenceCode, ...e })),
  });
  const dto = plainToInstance(CreateTechnologyDto, values);
  const failures = await validate(dto, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  // No error object per row: building one (and its stack) was ~2% of the importer's CPU profile.
  const errors: FieldError[] = fieldErrors(failures);
  if (
    version !== undefined &&
    version !== null &&
    !(Number.isInteger(version) && Number(version) > 0)
  )
    errors.push({ field: 'version', message: 'version must be a positive whole number' });
  if (errors.length) return fail(errors);

  (dto.areaCodes ?? []).forEach((code, i) => {
    if (!knownAreas.has(code))
      errors.push({ field: `areaCodes[${i}]`, message: `unknown area code "${code}"` });
  });
  const { patents, errors: patentErrors } = buildPatents(
    PLACEHOLDER_ID,
    dto.patents ?? [],
    'patents',
  );
  errors.push(...patentErrors);
  if (publish) {
    errors.push(
      ...publishBlockers({
        titleKo: dto.titleKo ?? null,
        titleEn: dto.titleEn ?? null,
        summaryKo: dto.summaryKo ?? null,
        summaryEn: dto.summaryEn ?? null,
        areaCodes: dto.areaCodes ?? [],
        trl: dto.trl ?? null,
        stage: dto.stage ?? null,
        licenseTypes: dto.licenseTypes ?? [],
      }),
    );
  }
  if (errors.length) return fail(errors);
  return {
    valid: {
      row: record.row,
      dto,
      patents,
      expectedVersion: typeof version === 'number' ? version : null,
    },
    errors: [],
  };
}

/** One line per row and column in the errors file: a field's several complaints joined. */
function onePerField(errors: FieldError[]): FieldError[] {
  const byField = new Map<string, string[]>();
  for (const e of errors) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
  return [...byField].map(([field, messages]) => ({ field, message: messages.join('; ') }));
}
