import type { InquiryLanguage } from '../inquiries/inquiry.types.js';
import type { Jurisdiction, PatentStatus, PatentType } from '../patents/patent.types.js';
import type { LicenseType, Stage } from '../technologies/technology.types.js';

/** The languages of the web catalog; each page exists once per language under /ko and /en. */
export const LANGS = ['en', 'ko'] as const satisfies readonly InquiryLanguage[];
export type Lang = (typeof LANGS)[number];

export const otherLang = (lang: Lang): Lang => (lang === 'ko' ? 'en' : 'ko');

/** The language an unprefixed URL goes to: the first of ko/en the browser asks for, else en. */
export function preferredLang(acceptLanguage: string | undefined): Lang {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { base: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((t) => t.q > 0 && (t.base === 'ko' || t.base === 'en'))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.base as Lang | undefined) ?? 'en';
}

type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const STAGE_LABELS: Labels<Stage> = {
  discovery: { en: 'Discovery', ko: '탐색 연구' },
  preclinical: { en: 'Preclinical', ko: '비임상' },
  clinical: { en: 'Clinical', ko: '임상' },
  approved: { en: 'Approved', ko: '허가 완료' },
  prototype: { en: 'Prototype', ko: '시제품' },
  validated: { en: 'Validated', ko: '검증 완료' },
  cleared: { en: 'Cleared (regulatory)', ko: '인허가 완료' },
};

export const LICENSE_TYPE_LABELS: Labels<LicenseType> = {
  exclusive: { en: 'Exclusive license', ko: '전용실시권' },
  non_exclusive: { en: 'Non-exclusive license', ko: '통상실시권' },
  option: { en: 'Option', ko: '옵션 계약' },
  co_development: { en: 'Co-development', ko: '공동 개발' },
  sponsored_research: { en: 'Sponsored research', ko: '위탁 연구' },
};

export const PATENT_STATUS_LABELS: Labels<PatentStatus> = {
  pending: { en: 'Pending', ko: '출원 중' },
  granted: { en: 'Granted', ko: '등록' },
  abandoned: { en: 'Abandoned', ko: '포기' },
  expired: { en: 'Expired', ko: '만료' },
  withdrawn: { en: 'Withdrawn', ko: '취하' },
};

export const PATENT_TYPE_LABELS: Labels<PatentType> = {
  application: { en: 'Application', ko: '출원' },
  publication: { en: 'Publication', ko: '공개' },
  grant: { en: 'Grant', ko: '등록' },
};

export const JURISDICTION_LABELS: Labels<Jurisdiction> = {
  KR: { en: 'Korea (KR)', ko: '한국 (KR)' },
  US: { en: 'United States (US)', ko: '미국 (US)' },
  EP: { en: 'Europe (EP)', ko: '유럽 (EP)' },
  PCT: { en: 'PCT application', ko: 'PCT 출원' },
  WO: { en: 'PCT publication (WO)', ko: 'PCT 공개 (WO)' },
  JP: { en: 'Japan (JP)', ko: '일본 (JP)' },
  CN: { en: 'China (CN)', ko: '중국 (CN)' },
};

/** Every piece of interface text, per language. Listing content comes from the catalog. */
const en = {
  htmlLang: 'en',
  locale: 'en_US',
  siteName: 'Hospital Technology Transfer Catalog',
  siteShort: 'Tech Transfer Catalog',
  feedTitle: 'New technologies (Atom feed)',
  skipToContent: 'Skip to main content',
  switchLanguage: '한국어',
  switchLanguageLabel: 'Read this page in Korean',
  nav: { search: 'Search technologies', api: 'API for integrators' },
  footer:
    'Technology Transfer Office, University Hospital. Listings are non-confidential summaries; ask us for details under a confidentiality agreement.',
  home: {
    title: 'Licensable technologies from our hospital',
    intro:
      'Our clinicians and scientists turn bedside questions into patented inventions. Browse them by area, read the patent families behind them, and ask our technology transfer office about licensing, co-development or sponsored research.',
    areas: 'Browse by area',
    recent: 'Recently published',
    allListings: 'See all listings',
    recentUnavailable: 'Recent listings cannot be shown right now.',
  },
  search: {
    label: 'Search the catalog',
    placeholder: 'e.g. lung cancer screening, 심근경색, CAR-T, 10-2023-0123456',
    button: 'Search',
    title: 'Technologies',
    titleFor: (q: string) => `Results for “${q}”`,
    alsoSearching: 'Also searching for the other names of',
    andNarrower: (n: number) => ` and ${n} narrower term${n === 1 ? '' : 's'}`,
    searchLiteral: 'Search only the words as typed',
    literalOnly: 'Showing only listings with the words exactly as typed.',
    widenAgain: 'Include other names and related terms',
    results: (n: number) =>
      n === 1 ? '1 technology' : `${n.toLocaleString('en-US')} technologies`,
    filters: 'Filters',
    activeFilters: 'Active filters',
    remove: (what: string) => `Remove filter: ${what}`,
    clearAll: 'Clear all filters',
    sort: 'Sort by',
    sortApply: 'Sort',
    sorts: { relevance: 'Relevance', newest: 'Newest', trl: 'Readiness (TRL)' },
    facets: {
      area: 'Area',
      stage: 'Stage',
      trl: 'Readiness (TRL)',
      patentStatus: 'Patent status',
      jurisdiction: 'Patent office',
      licenseType: 'License type',
    },
    trlRange: 'TRL range',
    trlMin: 'Minimum TRL',
    trlMax: 'Maximum TRL',
    trlAny: 'Any',
    apply: 'Apply',
    selected: 'selected',
    pagination: 'Pages',
    previous: 'Previous',
    next: 'Next',
    pageN: (n: number) => `Page ${n}`,
    noResults: 'No technologies match this search.',
    noResultsHelp: 'Some things to try:',
    tryWithout: (n: number) =>
      `Remove all filters (${n === 1 ? '1 technology' : `${n.toLocaleString('en-US')} technologies`})`,
    tryRemoving: 'Remove one filter:',
    tryOther: 'The same in the other language:',
    trySpelling:
      'Check the spelling, or use a broader word (for example “cancer” instead of a drug name).',
    unavailable: 'Search is briefly unavailable. Please try again in a moment.',
  },
  listing: {
    reference: 'Reference',
    fallback: 'Shown in Korean: no English text yet',
    summary: 'Summary',
    advantages: 'Advantages',
    applications: 'Applications',
    facts: 'At a glance',
    stage: 'Stage',
    trl: 'Readiness (TRL)',
    modality: 'Modality',
    indications: 'Indications',
    areas: 'Areas',
    licenseTypes: 'Available as',
    inventors: 'Inventors',
    patents: 'Patent family',
    patentCaption: 'Patents and applications for this technology',
    patentCols: {
      jurisdiction: 'Office',
      number: 'Number',
      type: 'Type',
      status: 'Status',
      filed: 'Filed',
      published: 'Published',
      granted: 'Granted',
    },
    patentLink: (n: string) => `${n} in Espacenet (opens the public record)`,
    noPatents: 'No patents are listed yet.',
    related: 'Related technologies',
    lastVerified: (d: string) => `Last verified by the office on ${d}.`,
    published: (d: string) => `Published ${d}`,
    notVerified: 'Not yet verified by the office.',
  },
  inquiry: {
    heading: 'Ask about licensing',
    intro:
      'Tell us who you are and what you have in mind. Our technology transfer office usually answers within two working days. Please do not send confidential information in this form.',
    errorSummary: 'Please correct the following:',
    required: 'required',
    optional: 'optional',
    fields: {
      name: 'Your name',
      email: 'E-mail',
      organization: 'Organization',
      country: 'Country',
      role: 'Role or title',
      phone: 'Phone',
      interest: 'Interest',
      message: 'Message',
      consent:
        'I agree that the office stores these details to answer my inquiry, and deletes them when they are no longer needed.',
      website: 'Leave this field empty',
    },
    messageHint:
      'At least 10 characters: your field, and what you would like to evaluate or license.',
    chooseCountry: 'Choose a country',
    errors: {
      name: 'Enter your name (up to 120 characters).',
      email: 'Enter an e-mail address such as name@company.com.',
      organization: 'Enter your organization (up to 200 characters).',
      country: 'Choose your country.',
      role: 'Keep the role under 120 characters.',
      phone: 'Enter a phone number with digits, spaces, +, - or parentheses.',
      interest: 'Choose what you are interested in.',
      message: 'Write a message of 10 to 5,000 characters.',
      consent: 'Please agree so that we can store and answer your inquiry.',
      other: 'This value is not valid.',
    },
    submit: 'Send inquiry',
    duplicateTitle: 'We already have this inquiry',
    duplicate: (ref: string) =>
      `We received the same message from you recently, under reference ${ref}. The link to follow it was sent to your e-mail address.`,
  },
  status: {
    title: (ref: string) => `Inquiry ${ref}`,
    sentTitle: 'Thank you — your inquiry was sent',
    sent: 'Keep the address of this page: it is your private link to follow the inquiry. We have also e-mailed it to you.',
    yourLink: 'Your status link',
    about: 'About',
    status: 'Status',
    interest: 'Interest',
    submitted: 'Submitted',
    reason: 'Reason',
    history: 'History',
    you: 'You',
    office: 'Technology transfer office',
    created: 'Inquiry received',
    changed: (label: string) => `Status changed to ${label}`,
    writeHeading: 'Write to the office',
    messageLabel: 'Your message',
    send: 'Send message',
    messageError: 'Write a message of 1 to 5,000 characters.',
    withdrawHeading: 'Withdraw this inquiry',
    withdrawConfirm: 'Yes, I want to withdraw this inquiry. It cannot be reopened.',
    withdrawError: 'Tick the box to confirm.',
    withdrawNote: 'Reason (optional)',
    withdraw: 'Withdraw inquiry',
    closed: 'This inquiry is closed; it can no longer be changed.',
    messageSent: 'Your message was sent.',
    withdrawn: 'Your inquiry was withdrawn.',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFound:
      'We could not find this page. The listing may have been withdrawn, or the link is incomplete.',
    inquiryNotFound:
      'This status link is not valid. Check that you copied the whole address from the e-mail we sent.',
    badRequestTitle: 'This link is not valid',
    tooManyTitle: 'Too many requests',
    tooMany: (minutes: number) =>
      `You have sent several inquiries in a short time. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    unavailableTitle: 'Temporarily unavailable',
    unavailable: 'Part of the catalog is briefly unavailable. Please try again in a moment.',
    serverTitle: 'Something went wrong',
    server:
      'Something went wrong on our side. Please try again; if it persists, e-mail the office.',
    tooLargeTitle: 'Too much text',
    tooLarge: 'The form was larger than we accept. Please shorten the message.',
    crossSiteTitle: 'Form sent from another site',
    crossSite:
      "For your safety, this form can only be sent from the catalog's own pages. Please open the listing and send it again.",
    unreadableFormTitle: 'The form could not be read',
    unreadableForm: "Please send the form again from the catalog's page.",
    backHome: 'Go to the catalog home page',
    requestId: 'Request id',
  },
};

export type UiText = typeof en;

const ko: UiText = {
  htmlLang: 'ko',
  locale: 'ko_KR',
  siteName: '병원 기술이전 카탈로그',
  siteShort: '기술이전 카탈로그',
  feedTitle: '새 기술 (Atom 피드)',
  skipToContent: '본문으로 건너뛰기',
  switchLanguage: 'English',
  switchLanguageLabel: '이 페이지를 영어로 보기',
  nav: { search: '기술 검색', api: '연동 API' },
  footer:
    '대학병원 산학협력단 기술이전센터. 목록의 내용은 비밀이 아닌 요약이며, 상세 내용은 비밀유지계약 후 제공합니다.',
  home: {
    title: '우리 병원의 이전 가능 기술',
    intro:
      '임상 현장의 질문에서 출발한 의료진과 연구자의 특허 기술을 분야별로 살펴보고, 특허 패밀리를 확인한 뒤 라이선스, 공동 개발, 위탁 연구를 기술이전센터에 문의하세요.',
    areas: '분야별 보기',
    recent: '최근 등록된 기술',
    allListings: '전체 기술 보기',
    recentUnavailable: '지금은 최근 기술을 표시할 수 없습니다.',
  },
  search: {
    label: '카탈로그 검색',
    placeholder: '예: 폐암 검진, myocardial infarction, CAR-T, 10-2023-0123456',
    button: '검색',
    title: '기술 목록',
    titleFor: (q: string) => `“${q}” 검색 결과`,
    alsoSearching: '다른 이름으로도 함께 찾은 개념:',
    andNarrower: (n: number) => `, 하위 개념 ${n}개 포함`,
    searchLiteral: '입력한 단어로만 검색',
    literalOnly: '입력한 단어가 그대로 들어 있는 기술만 보여 줍니다.',
    widenAgain: '다른 이름과 관련 용어도 함께 찾기',
    results: (n: number) => `기술 ${n.toLocaleString('ko-KR')}건`,
    filters: '필터',
    activeFilters: '적용된 필터',
    remove: (what: string) => `필터 해제: ${what}`,
    clearAll: '필터 모두 해제',
    sort: '정렬',
    sortApply: '정렬',
    sorts: { relevance: '관련도순', newest: '최신순', trl: '기술성숙도순' },
    facets: {
      area: '분야',
      stage: '개발 단계',
      trl: '기술성숙도(TRL)',
      patentStatus: '특허 상태',
      jurisdiction: '특허 관할',
      licenseType: '계약 형태',
    },
    trlRange: 'TRL 범위',
    trlMin: '최소 TRL',
    trlMax: '최대 TRL',
    trlAny: '전체',
    apply: '적용',
    selected: '선택됨',
    pagination: '페이지',
    previous: '이전',
    next: '다음',
    pageN: (n: number) => `${n}페이지`,
    noResults: '조건에 맞는 기술이 없습니다.',
    noResultsHelp: '이렇게 해 보세요:',
    tryWithout: (n: number) => `필터 모두 해제 (기술 ${n.toLocaleString('ko-KR')}건)`,
    tryRemoving: '필터 하나 해제:',
    tryOther: '다른 언어로 검색:',
    trySpelling: '맞춤법을 확인하거나 더 넓은 단어로 검색해 보세요 (예: 약물 이름 대신 “암”).',
    unavailable: '검색을 잠시 사용할 수 없습니다. 잠시 후 다시 시도해 주세요.',
  },
  listing: {
    reference: '관리번호',
    fallback: '영문으로 표시: 아직 국문 내용이 없습니다',
    summary: '요약',
    advantages: '장점',
    applications: '활용 분야',
    facts: '한눈에 보기',
    stage: '개발 단계',
    trl: '기술성숙도(TRL)',
    modality: '유형',
    indications: '적응증',
    areas: '분야',
    licenseTypes: '계약 형태',
    inventors: '발명자',
    patents: '특허 패밀리',
    patentCaption: '이 기술의 특허 및 출원',
    patentCols: {
      jurisdiction: '관할',
      number: '번호',
      type: '구분',
      status: '상태',
      filed: '출원일',
      published: '공개일',
      granted: '등록일',
    },
    patentLink: (n: string) => `Espacenet에서 ${n} 보기 (공개 특허 정보)`,
    noPatents: '아직 등록된 특허 정보가 없습니다.',
    related: '관련 기술',
    lastVerified: (d: string) => `기술이전센터 최종 확인일: ${d}`,
    published: (d: string) => `${d} 게시`,
    notVerified: '아직 기술이전센터의 확인을 거치지 않았습니다.',
  },
  inquiry: {
    heading: '기술이전 문의',
    intro:
      '소속과 관심 내용을 알려 주세요. 기술이전센터가 보통 영업일 기준 2일 안에 답변드립니다. 이 양식으로 비밀 정보를 보내지 마세요.',
    errorSummary: '다음 항목을 확인해 주세요:',
    required: '필수',
    optional: '선택',
    fields: {
      name: '이름',
      email: '이메일',
      organization: '소속 기관',
      country: '국가',
      role: '직책',
      phone: '전화번호',
      interest: '관심 분야',
      message: '문의 내용',
      consent: '문의 답변을 위해 위 정보를 보관하고, 필요가 없어지면 삭제하는 데 동의합니다.',
      website: '이 칸은 비워 두세요',
    },
    messageHint: '10자 이상: 소속 분야와 평가 또는 라이선스하려는 내용을 적어 주세요.',
    chooseCountry: '국가 선택',
    errors: {
      name: '이름을 입력해 주세요 (120자 이내).',
      email: 'name@company.com 같은 이메일 주소를 입력해 주세요.',
      organization: '소속 기관을 입력해 주세요 (200자 이내).',
      country: '국가를 선택해 주세요.',
      role: '직책은 120자 이내로 입력해 주세요.',
      phone: '전화번호는 숫자, 공백, +, -, 괄호로 입력해 주세요.',
      interest: '관심 분야를 선택해 주세요.',
      message: '문의 내용을 10자 이상 5,000자 이내로 입력해 주세요.',
      consent: '문의를 보관하고 답변하려면 동의가 필요합니다.',
      other: '올바르지 않은 값입니다.',
    },
    submit: '문의 보내기',
    duplicateTitle: '이미 접수된 문의입니다',
    duplicate: (ref: string) =>
      `최근에 같은 내용의 문의가 ${ref} 번호로 접수되었습니다. 진행 상황 링크는 이메일로 보내 드렸습니다.`,
  },
  status: {
    title: (ref: string) => `문의 ${ref}`,
    sentTitle: '문의가 접수되었습니다',
    sent: '이 페이지의 주소를 보관해 주세요. 문의 진행 상황을 확인하는 개인 링크이며, 이메일로도 보내 드렸습니다.',
    yourLink: '진행 상황 링크',
    about: '문의 기술',
    status: '상태',
    interest: '관심 분야',
    submitted: '접수일',
    reason: '사유',
    history: '진행 이력',
    you: '문의자',
    office: '기술이전센터',
    created: '문의 접수',
    changed: (label: string) => `상태 변경: ${label}`,
    writeHeading: '기술이전센터에 메시지 보내기',
    messageLabel: '메시지',
    send: '메시지 보내기',
    messageError: '메시지를 1자 이상 5,000자 이내로 입력해 주세요.',
    withdrawHeading: '문의 철회',
    withdrawConfirm: '이 문의를 철회합니다. 철회한 문의는 다시 열 수 없습니다.',
    withdrawError: '확인란을 선택해 주세요.',
    withdrawNote: '사유 (선택)',
    withdraw: '문의 철회',
    closed: '종료된 문의이므로 더 이상 변경할 수 없습니다.',
    messageSent: '메시지를 보냈습니다.',
    withdrawn: '문의를 철회했습니다.',
  },
  errors: {
    notFoundTitle: '페이지를 찾을 수 없습니다',
    notFound: '페이지를 찾을 수 없습니다. 게시가 중단되었거나 주소가 잘못되었을 수 있습니다.',
    inquiryNotFound:
      '유효하지 않은 링크입니다. 이메일로 받은 주소 전체를 복사했는지 확인해 주세요.',
    badRequestTitle: '잘못된 링크입니다',
    tooManyTitle: '요청이 너무 많습니다',
    tooMany: (minutes: number) =>
      `짧은 시간에 여러 번 문의하셨습니다. ${minutes}분 후에 다시 시도해 주세요.`,
    unavailableTitle: '일시적으로 사용할 수 없습니다',
    unavailable: '카탈로그 일부를 잠시 사용할 수 없습니다. 잠시 후 다시 시도해 주세요.',
    serverTitle: '오류가 발생했습니다',
    server:
      '서버에서 오류가 발생했습니다. 다시 시도해 주시고, 계속되면 기술이전센터로 이메일을 보내 주세요.',
    tooLargeTitle: '내용이 너무 깁니다',
    tooLarge: '양식의 내용이 허용 범위를 넘었습니다. 문의 내용을 줄여 주세요.',
    crossSiteTitle: '다른 사이트에서 보낸 양식입니다',
    crossSite:
      '안전을 위해 이 양식은 카탈로그 페이지에서만 보낼 수 있습니다. 기술 페이지를 열어 다시 보내 주세요.',
    unreadableFormTitle: '양식을 읽을 수 없습니다',
    unreadableForm: '카탈로그 페이지에서 양식을 다시 보내 주세요.',
    backHome: '카탈로그 첫 페이지로',
    requestId: '요청 ID',
  },
};

export const UI: Record<Lang, UiText> = { en, ko };

/** A date (ISO date or timestamp) as the reader expects it, in UTC so a date never shifts. */
export function formatDate(value: string | Date | null | undefined, lang: Lang): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

export function formatDateTime(value: string | Date, lang: Lang): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return (
    new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
      hourCycle: 'h23',
    }).format(date) + ' UTC'
  );
}
