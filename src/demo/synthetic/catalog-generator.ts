/**
 * A synthetic catalog for benchmarks and load tests: bilingual listings varied from the demo
 * catalog's 120 templates, spread over the whole area tree, each with inventors and a patent
 * family. Deterministic: the same seed and count give the same listings, byte for byte. The
 * output is the import format (`npm run import` and POST /api/v1/admin/imports take it as is).
 */

export interface TemplateListing {
  slug: string;
  titleKo: string;
  titleEn: string;
  summaryKo: string;
  summaryEn: string;
  keywords: string[];
  areas: string[];
  trl: number;
  stage: string;
  modality: string;
  indications: string[];
  licenseTypes: string[];
  inventors: { departmentKo?: string; departmentEn?: string }[];
  contactName?: string;
  contactEmail?: string;
}

/** One listing as the import file holds it (the API's create body plus `slug`). */
export interface GeneratedListing {
  referenceCode: string;
  slug: string;
  titleKo: string;
  titleEn: string;
  summaryKo: string;
  summaryEn: string;
  advantagesKo: string[];
  advantagesEn: string[];
  applicationsKo: string[];
  applicationsEn: string[];
  keywords: string[];
  areaCodes: string[];
  trl: number;
  stage: string;
  modality: string;
  indications: string[];
  licenseTypes: string[];
  inventors: { nameKo: string; nameEn: string; departmentKo?: string; departmentEn?: string }[];
  patents: {
    jurisdiction: string;
    number: string;
    type: string;
    status: string;
    kindCode?: string;
    filingDate: string;
    priorityDate: string;
    familyId: string;
  }[];
  contactName?: string;
  contactEmail?: string;
  lastVerifiedAt: string;
}

export interface GenerateOptions {
  count: number;
  seed: number;
  templates: TemplateListing[];
  /** Leaf area codes (two-level), for the occasional listing that spans a second area. */
  leafAreas: string[];
}

/** mulberry32: small, fast and good enough to vary test data; the same seed, the same stream. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Korean qualifier (goes before the title) and its English form (goes after). */
const ASPECTS: [string, string][] = [
  ['소아 환자를 위한', 'for pediatric patients'],
  ['고령 환자를 위한', 'for elderly patients'],
  ['민감도를 높인', 'with improved sensitivity'],
  ['비용을 낮춘', 'at lower cost'],
  ['가정에서 쓰는', 'for home use'],
  ['외래 진료용', 'for outpatient clinics'],
  ['중환자실용', 'for intensive care units'],
  ['다기관 검증된', 'validated across multiple centers'],
  ['부작용을 줄인', 'with fewer side effects'],
  ['응급실용', 'for emergency departments'],
  ['원격 진료용', 'for telemedicine'],
  ['재발 위험을 예측하는', 'predicting recurrence risk'],
];

const ADVANTAGES: [string, string][] = [
  ['기존 방법보다 검사 시간이 짧습니다', 'Shorter turnaround than current methods'],
  ['추가 장비 없이 기존 워크플로에 통합됩니다', 'Fits existing workflows without new equipment'],
  ['전향적 코호트에서 성능이 확인되었습니다', 'Performance confirmed in a prospective cohort'],
  ['제조 원가가 낮습니다', 'Low manufacturing cost'],
  ['국내외 특허로 보호됩니다', 'Protected by Korean and foreign patents'],
  ['비침습적입니다', 'Non-invasive'],
  ['의료진 교육이 거의 필요 없습니다', 'Needs little staff training'],
];

const APPLICATIONS: [string, string][] = [
  ['대학병원 및 종합병원', 'University and general hospitals'],
  ['건강검진 센터', 'Health screening centers'],
  ['제약사 임상시험', 'Pharmaceutical clinical trials'],
  ['의료기기 제조사', 'Medical device makers'],
  ['원격 모니터링 서비스', 'Remote monitoring services'],
  ['동반진단', 'Companion diagnostics'],
];

const COHORT_SENTENCES: [string, string][] = [
  ['{n}명의 환자 데이터로 검증되었습니다.', 'Validated on data from {n} patients.'],
  [
    '{n}건의 임상 검체에서 성능을 확인했습니다.',
    'Performance was confirmed on {n} clinical samples.',
  ],
  [
    '{n}명을 대상으로 한 연구에서 효과가 관찰되었습니다.',
    'An effect was seen in a study of {n} people.',
  ],
];

const SURNAMES: [string, string][] = [
  ['김', 'Kim'],
  ['이', 'Lee'],
  ['박', 'Park'],
  ['최', 'Choi'],
  ['정', 'Jung'],
  ['강', 'Kang'],
  ['조', 'Cho'],
  ['윤', 'Yoon'],
  ['장', 'Jang'],
  ['임', 'Lim'],
  ['한', 'Han'],
  ['오', 'Oh'],
  ['서', 'Seo'],
  ['신', 'Shin'],
  ['권', 'Kwon'],
];

const GIVEN_NAMES: [string, string][] = [
  ['민준', 'Min-jun'],
  ['서연', 'Seo-yeon'],
  ['지훈', 'Ji-hoon'],
  ['수빈', 'Su-bin'],
  ['현우', 'Hyun-woo'],
  ['지민', 'Ji-min'],
  ['예린', 'Ye-rin'],
  ['도윤', 'Do-yoon'],
  ['하은', 'Ha-eun'],
  ['준호', 'Jun-ho'],
  ['은지', 'Eun-ji'],
  ['태영', 'Tae-young'],
  ['성민', 'Sung-min'],
  ['유진', 'Yu-jin'],
];

/**
 * Serial numbers that never repeat for up to ten million listings: i ↦ (i·k + c) mod 10⁷ is a
 * bijection because k is coprime with 10⁷.
 */
const serial = (i: number, salt: number) =>
  String((i * 7_654_321 + salt * 1_000_003) % 10_000_000).padStart(7, '0');

const pad2 = (n: number) => String(n).padStart(2, '0');

export function generateCatalog(options: GenerateOptions): GeneratedListing[] {
  return [...catalogListings(options)];
}

/** The listings one at a time (a 100k catalog is written without holding it all as text). */
export function* catalogListings(options: GenerateOptions): Generator<GeneratedListing> {
  const { count, seed, templates, leafAreas } = options;
  if (!templates.length) throw new Error('at least one template listing is needed');
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < n && pool.length)
      chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]);
    return chosen;
  };

  for (let i = 0; i < count; i++) {
    const t = templates[int(0, templates.length - 1)];
    const [aspectKo, aspectEn] = pick(ASPECTS);
    const [cohortKo, cohortEn] = pick(COHORT_SENTENCES);
    const cohort = String(int(40, 4000));
    const advantages = some(ADVANTAGES, int(1, 3));
    const applications = some(APPLICATIONS, int(1, 2));
    const areaCodes = [...t.areas];
    if (random() < 0.15) {
      const extra = pick(leafAreas);
      if (!areaCodes.includes(extra)) areaCodes.push(extra);
    }
    const departments = t.inventors.length ? t.inventors : [{}];
    const inventors = Array.from({ length: int(1, 3) }, () => {
      const [surKo, surEn] = pick(SURNAMES);
      const [givenKo, givenEn] = pick(GIVEN_NAMES);
      return { nameKo: surKo + givenKo, nameEn: `${givenEn} ${surEn}`, ...pick(departments) };
    });

    const year = int(2015, 2025);
    const priority = `${year}-${pad2(int(1, 12))}-${pad2(int(1, 28))}`;
    const familyId = `SYN-FAM-${seed}-${i + 1}`;
    const family = { priorityDate: priority, familyId };
    const granted = random() < 0.35;
    const patents: GeneratedListing['patents'] = [
      granted
        ? {
            jurisdiction: 'KR',
            number: `10-2${serial(i, 1).slice(1)}`,
            type: 'grant',
            kindCode: 'B1',
            status: 'granted',
            filingDate: priority,
            ...family,
          }
        : {
            jurisdiction: 'KR',
            number: `10-${year}-${serial(i, 2)}`,
            type: 'application',
            status: 'pending',
            filingDate: priority,
            ...family,
          },
    ];
    const nextYear = `${year + 1}-${priority.slice(5)}`;
    if (random() < 0.6)
      patents.push({
        jurisdiction: 'PCT',
        number: `PCT/KR${year + 1}/${serial(i, 3).slice(1)}`,
        type: 'application',
        status: 'pending',
        filingDate: nextYear,
        ...family,
      });
    if (random() < 0.35) {
      const s = serial(i, 4).slice(1);
      patents.push({
        jurisdiction: 'US',
        number: `${year < 2020 ? 17 : 18}/${s.slice(0, 3)},${s.slice(3)}`,
        type: 'application',
        status: random() < 0.3 ? 'abandoned' : 'pending',
        filingDate: nextYear,
        ...family,
      });
    }
    if (random() < 0.2) {
      const s = serial(i, 5);
      patents.push({
        jurisdiction: 'EP',
        number: `EP ${year < 2020 ? 3 : 4} ${s.slice(1, 4)} ${s.slice(4)} A1`,
        type: 'publication',
        kindCode: 'A1',
        status: 'pending',
        filingDate: nextYear,
        ...family,
      });
    }

    yield {
      referenceCode: `SYN-${String(i + 1).padStart(7, '0')}`,
      slug: `${t.slug}-syn-${i + 1}`,
      titleKo: `${aspectKo} ${t.titleKo}`,
      titleEn: `${t.titleEn} ${aspectEn}`,
      summaryKo: `${t.summaryKo} ${cohortKo.replace('{n}', cohort)}`,
      summaryEn: `${t.summaryEn} ${cohortEn.replace('{n}', cohort)}`,
      advantagesKo: advantages.map(([ko]) => ko),
      advantagesEn: advantages.map(([, en]) => en),
      applicationsKo: applications.map(([ko]) => ko),
      applicationsEn: applications.map(([, en]) => en),
      keywords: t.keywords,
      areaCodes,
      trl: Math.min(9, Math.max(1, t.trl + int(-1, 1))),
      stage: t.stage,
      modality: t.modality,
      indications: t.indications,
      licenseTypes: t.licenseTypes,
      inventors,
      patents,
      contactName: t.contactName,
      contactEmail: t.contactEmail,
      lastVerifiedAt: `${int(2024, 2026)}-${pad2(int(1, 9))}-${pad2(int(1, 28))}`,
    };
  }
}
