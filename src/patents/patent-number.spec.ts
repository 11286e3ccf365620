import { describe, it, expect } from '@jest/globals';
import { parsePatentNumber, patentNumberSearchForms } from './patent-number.js';
import type { Jurisdiction, PatentType } from './patent.types.js';

type Case = [Jurisdiction, string, PatentType | undefined, string, PatentType, string | null];

describe('parsePatentNumber', () => {
  // [office, typed, type hint, normalized, type, kind code]
  const valid: Case[] = [
    ['KR', '10-2023-0123456', undefined, 'KR1020230123456', 'application', null],
    ['KR', '1020230123456', undefined, 'KR1020230123456', 'application', null],
    ['KR', 'KR 10-2023-0123456', undefined, 'KR1020230123456', 'application', null],
    ['KR', ' 10 2023 0123456 ', 'application', 'KR1020230123456', 'application', null],
    ['KR', '10-2023-0123456 A', 'publication', 'KR1020230123456', 'publication', 'A'],
    ['KR', '10-2345678', undefined, 'KR102345678', 'grant', 'B1'],
    ['KR', 'KR102345678B1', 'grant', 'KR102345678', 'grant', 'B1'],
    ['KR', '10-2345678-0000', 'grant', 'KR102345678', 'grant', 'B1'],
    ['KR', '10‐2640939', undefined, 'KR102640939', 'grant', 'B1'],
    ['US', '17/123,456', undefined, 'US17123456', 'application', null],
    ['US', '17123456', undefined, 'US17123456', 'application', null],
    ['US', 'US 17/123,456', 'application', 'US17123456', 'application', null],
    ['US', 'US 2023/0123456 A1', undefined, 'US20230123456', 'publication', 'A1'],
    ['US', '20230123456', 'publication', 'US20230123456', 'publication', 'A1'],
    ['US', '11,234,567 B2', undefined, 'US11234567', 'grant', 'B2'],
    ['US', 'US11234567B2', 'grant', 'US11234567', 'grant', 'B2'],
    ['US', '11234567', undefined, 'US11234567', 'grant', 'B2'],
    ['US', '9,876,543', 'grant', 'US9876543', 'grant', 'B2'],
    ['US', 'RE49,123 E', 'grant', 'USRE49123', 'grant', 'E'],
    ['US', 'D987,654', undefined, 'USD987654', 'grant', 'S'],
    ['EP', 'EP 3 123 456', undefined, 'EP3123456', 'publication', 'A1'],
    ['EP', 'EP3123456A1', 'publication', 'EP3123456', 'publication', 'A1'],
    ['EP', 'EP 3 123 456 B1', undefined, 'EP3123456', 'grant', 'B1'],
    ['EP', 'EP 18 123 456.7', undefined, 'EP18123456', 'application', null],
    ['EP', '18123456.7', 'application', 'EP18123456', 'application', null],
    ['PCT', 'PCT/KR2023/012345', undefined, 'PCTKR2023012345', 'application', null],
    ['PCT', 'pct/kr2023/012345', 'application', 'PCTKR2023012345', 'application', null],
    ['PCT', 'PCTKR2023012345', undefined, 'PCTKR2023012345', 'application', null],
    ['PCT', 'PCT/KR03/01234', undefined, 'PCTKR2003001234', 'application', null],
    ['WO', 'WO 2024/123456 A1', undefined, 'WO2024123456', 'publication', 'A1'],
    ['WO', 'WO2024123456', 'publication', 'WO2024123456', 'publication', 'A1'],
    ['WO', 'WO 03/012345', undefined, 'WO2003012345', 'publication', 'A1'],
    ['JP', '2023-123456', undefined, 'JP2023123456', 'application', null],
    ['JP', '特願2023-123456', 'application', 'JP2023123456', 'application', null],
    ['JP', 'JP 2023-123456 A', undefined, 'JP2023123456', 'publication', 'A'],
    ['JP', 'JP 7123456 B2', undefined, 'JP7123456', 'grant', 'B2'],
    ['JP', '特許第7123456号', 'grant', 'JP7123456', 'grant', 'B2'],
    ['CN', '202310123456.7', undefined, 'CN2023101234567', 'application', null],
    ['CN', 'CN 202310123456.X', 'application', 'CN202310123456X', 'application', null],
    ['CN', 'CN 116123456 A', undefined, 'CN116123456', 'publication', 'A'],
    ['CN', 'CN116123456B', 'grant', 'CN116123456', 'grant', 'B'],
  ];

  it.each(valid)('%s %p (%p) → %s', (office, typed, hint, normalized, type, kind) => {
    const result = parsePatentNumber(office, typed, hint);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ jurisdiction: office, normalized, type, kindCode: kind }),
    });
  });

  it('normalizes whitespace, comma, dash and slash variants of one number to one form', () => {
    const forms = ['10-2023-0123456', '1020230123456', '10 2023 0123456', 'KR10-2023-0123456'];
    const normalized = forms.map((f) => {
      const r = parsePatentNumber('KR', f);
      return r.ok ? r.value.normalized : r.error;
    });
    expect(new Set(normalized)).toEqual(new Set(['KR1020230123456']));
  });

  const invalid: [Jurisdiction, string, PatentType | undefined][] = [
    ['KR', '10-2023-012345', undefined], // serial too short
    ['KR', '10-1823-0123456', undefined], // year out of range
    ['KR', '99-2023-0123456', undefined],
    ['KR', '10-2023-0123456', 'grant'], // application form given as a grant
    ['KR', 'abc', undefined],
    ['US', '17/123,45', undefined],
    ['US', '17/123,456', 'grant'],
    ['US', '123', undefined],
    ['EP', 'EP 31 23', undefined],
    ['PCT', 'PCT/2023/012345', undefined],
    ['PCT', 'PCT/KR2023/012345', 'grant'],
    ['WO', 'WO 2024/12', undefined],
    ['JP', '20231234', undefined],
    ['CN', '1234', undefined],
    ['KR', '', undefined],
    ['KR', '1'.repeat(61), undefined],
  ];

  it.each(invalid)(
    'rejects %s %p (%p) with a message naming the expected form',
    (office, typed, hint) => {
      const result = parsePatentNumber(office, typed, hint);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    },
  );

  it('gives display forms that parse back to the same number', () => {
    for (const [office, typed, hint] of valid) {
      const first = parsePatentNumber(office, typed, hint);
      if (!first.ok) throw new Error(first.error);
      const again = parsePatentNumber(office, first.value.display, first.value.type);
      expect(again.ok && again.value.normalized).toBe(first.value.normalized);
    }
  });

  it('lists the typed forms a searcher might use', () => {
    const parsed = parsePatentNumber('KR', '10-2023-0123456');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(patentNumberSearchForms(parsed.value)).toEqual(
      expect.arrayContaining(['KR1020230123456', '1020230123456', '10-2023-0123456']),
    );
  });
});
