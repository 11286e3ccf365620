import { describe, expect, it } from '@jest/globals';
import type { TechnologyDto } from '../technologies/technology.dto.js';
import { PdfRenderer } from './pdf-renderer.js';
import { QrCodeRenderer } from './qr-code-renderer.js';
import { showcaseSlugOfSource, showcaseSource } from './showcase.types.js';

const pages = (pdf: Buffer) =>
  Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);

function listing(n: number, overrides: Partial<TechnologyDto> = {}): TechnologyDto {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    slug: `listing-${n}`,
    referenceCode: `HOSP-T-2026-${n}`,
    titleKo: '저선량 흉부 CT 폐암 검진 인공지능',
    titleEn: 'AI for lung cancer screening on low-dose chest CT',
    summaryKo: '폐결절을 찾아내는 딥러닝 모델입니다.',
    summaryEn: 'A deep-learning model that finds lung nodules.',
    advantagesKo: ['민감도 95%'],
    advantagesEn: ['95% sensitivity'],
    applicationsKo: [],
    applicationsEn: [],
    keywords: [],
    areas: [],
    trl: 6,
    stage: 'validated',
    modality: 'software',
    indications: [],
    licenseTypes: ['exclusive'],
    inventors: [],
    patents: [],
    publishedAt: null,
    lastVerifiedAt: null,
    updatedAt: '2026-12-01T00:00:00.000Z',
    version: n,
    ...overrides,
  };
}

const office = {
  name: { ko: '기술이전센터', en: 'Technology Transfer Office' },
  email: 'tto@hospital.example',
};

describe('PdfRenderer', () => {
  const renderer = new PdfRenderer(new QrCodeRenderer());

  it('keeps a listing on one page however long its texts and patent family are', async () => {
    const long = 'A very long sentence about what the technology does and why it matters. '.repeat(
      120,
    );
    const patent = (i: number) => ({
      id: `p${i}`,
      jurisdiction: 'US' as const,
      numberRaw: '',
      numberNormalized: '',
      numberDisplay: `11,${String(100 + i)},567`,
      kindCode: 'B2',
      type: 'grant' as const,
      status: 'granted' as const,
      filingDate: '2023-01-01',
      priorityDate: null,
      publicationDate: null,
      grantDate: '2025-01-01',
      familyId: null,
      title: null,
    });
    const tech = listing(1, {
      titleEn: long.slice(0, 900),
      summaryEn: long,
      summaryKo: '아주 긴 요약입니다. '.repeat(400),
      advantagesEn: Array.from({ length: 60 }, (_, i) => `Advantage ${i} ${long.slice(0, 200)}`),
      applicationsKo: Array.from({ length: 60 }, (_, i) => `활용 ${i}`),
      patents: Array.from({ length: 25 }, (_, i) => patent(i)),
    });
    for (const text of ['en', 'both'] as const) {
      for (const paper of ['a4', 'letter'] as const) {
        const pdf = await renderer.onePager(
          { technology: tech, qrUrl: 'https://catalog.example/x' },
          office,
          {
            lang: 'en',
            text,
            paper,
          },
        );
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pages(pdf)).toBe(1);
        // The QR code's address is also a link for those reading on a screen.
        expect(pdf.toString('latin1')).toContain('/URI (https://catalog.example/x)');
      }
    }
  });

  it('makes a booklet of a cover and one page per listing, and caches by version', async () => {
    const booklet = {
      cacheKey: 'showcase@1:a@1,b@1,c@1',
      title: { ko: '행사', en: 'Event' },
      intro: { ko: '소개', en: 'Intro' },
      event: { name: 'Night', date: '2026-10-14', place: null, organizer: null },
      qrUrl: 'https://catalog.example/en/showcases/night?via=qr',
      listings: [1, 2, 3].map((n) => ({
        technology: listing(n),
        qrUrl: `https://catalog.example/${n}?source=showcase%3Anight&via=qr`,
      })),
    };
    const options = { lang: 'ko' as const, text: 'ko' as const, paper: 'a4' as const };
    const first = await renderer.booklet(booklet, office, options);
    expect(pages(first)).toBe(4);
    // A click on the printed address is counted as from the PDF; the QR code says "qr".
    expect(first.toString('latin1')).toContain(
      '/URI (https://catalog.example/2?source=showcase%3Anight&via=pdf)',
    );
    expect(await renderer.booklet(booklet, office, options)).toBe(first);
    const changed = await renderer.booklet(
      { ...booklet, cacheKey: 'showcase@1:a@2,b@1,c@1' },
      office,
      options,
    );
    expect(changed).not.toBe(first);
  });
});

describe('showcase sources', () => {
  it('reads back the slug of a source it wrote, and nothing else', () => {
    expect(showcaseSlugOfSource(showcaseSource('boston-night-2026'))).toBe('boston-night-2026');
    for (const bad of [
      'showcase:',
      'showcase:Bad Slug',
      'campaign:x',
      'showcase:a-',
      42,
      undefined,
      ['showcase:x'],
    ]) {
      expect(showcaseSlugOfSource(bad)).toBeNull();
    }
  });
});
