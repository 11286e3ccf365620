import { describe, expect, it } from '@jest/globals';
import { patentNumbersInQuery } from './patent-number-query.js';

describe('patentNumbersInQuery', () => {
  it.each([
    ['US 11,234,567', 'US11234567'],
    ['us11234567', 'US11234567'],
    ['EP 3 123 456', 'EP3123456'],
    ['KR 10-2023-0123456', 'KR1020230123456'],
    ['KR1020230123456', 'KR1020230123456'],
    ['US 11,234,567 B2', 'US11234567'],
    ['US2023/0123456', 'US20230123456'],
    ['PCT/KR2023/012345', 'PCTKR2023012345'],
    ['WO 2024/123456', 'WO2024123456'],
  ])('reads %s as a patent number', (q, normalized) => {
    expect(patentNumbersInQuery(q)).toContain(normalized);
  });

  it.each(['cancer', 'CAR-T', '2023', 'trl 7', 'US patent', '안과 2024', 'EP'])(
    'leaves %s to word search',
    (q) => {
      expect(patentNumbersInQuery(q)).toBeNull();
    },
  );
});
