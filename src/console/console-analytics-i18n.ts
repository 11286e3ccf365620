import type { Lang } from '../web/web-i18n.js';

const en = {
  title: 'What partners look for',
  intro:
    'Public searches (web and API), clicks on results and listing views. Counts only: no addresses, e-mail or browser details are kept; a visit is recognised for one day at most.',
  from: 'From',
  to: 'To',
  show: 'Show',
  totals: {
    searches: 'Searches',
    zeroResults: 'Found nothing',
    visits: 'Visits',
    views: 'Listing views',
    clicks: 'Clicks on results',
  },
  queries: 'Top searches',
  zeroResults: 'Searches that found nothing',
  zeroHint: 'Each is a need the catalog did not meet, or words it does not know yet: try it.',
  filters: 'Filters used most',
  listings: 'Listings viewed most',
  query: 'Words',
  searches: 'Searches',
  visits: 'Visits',
  avgResults: 'Average results',
  zero: 'Found nothing',
  tryIt: 'Try it',
  filter: 'Filter',
  value: 'Value',
  listing: 'Listing',
  views: 'Views',
  visitors: 'Visitors',
  clicks: 'Clicks from search',
  none: 'Nothing in this period.',
  csv: 'CSV',
  retention: (days: number) => `Kept for ${days} days.`,
};

export type ConsoleAnalyticsText = typeof en;

const ko: ConsoleAnalyticsText = {
  title: '파트너가 찾는 것',
  intro:
    '공개 검색(웹과 API), 검색 결과 클릭, 기술 페이지 조회를 셉니다. 주소, 이메일, 브라우저 정보는 남기지 않으며, 방문은 하루 안에서만 구별됩니다.',
  from: '시작일',
  to: '종료일',
  show: '보기',
  totals: {
    searches: '검색',
    zeroResults: '결과 없음',
    visits: '방문',
    views: '기술 조회',
    clicks: '결과 클릭',
  },
  queries: '많이 찾은 검색어',
  zeroResults: '결과가 없었던 검색어',
  zeroHint: '카탈로그가 채우지 못한 수요이거나 아직 모르는 단어입니다. 직접 검색해 보세요.',
  filters: '많이 쓴 필터',
  listings: '많이 조회된 기술',
  query: '검색어',
  searches: '검색',
  visits: '방문',
  avgResults: '평균 결과 수',
  zero: '결과 없음',
  tryIt: '검색해 보기',
  filter: '필터',
  value: '값',
  listing: '기술',
  views: '조회',
  visitors: '방문자',
  clicks: '검색에서 클릭',
  none: '이 기간에는 없습니다.',
  csv: 'CSV',
  retention: (days: number) => `${days}일 동안 보관합니다.`,
};

export const CONSOLE_ANALYTICS_UI: Record<Lang, ConsoleAnalyticsText> = { en, ko };
