import type { Lang } from './web-i18n.js';

/** The showcase page's own text, per language (the listings' text comes from the catalog). */
export const SHOWCASE_UI = {
  en: {
    kicker: 'Showcase',
    event: 'Event',
    when: 'Date',
    where: 'Place',
    organizer: 'Organised by',
    technologies: (n: number) => (n === 1 ? '1 technology' : `${n} technologies`),
    none: 'The technologies of this showcase are not available right now.',
    take: 'Take it with you',
    booklet: 'Booklet (PDF, A4)',
    bookletLetter: 'US Letter',
    bookletBoth: 'Korean and English side by side',
    qr: 'QR code',
    onePager: 'One-pager (PDF)',
    patents: 'Patents',
    homeHeading: 'Showcases and events',
  },
  ko: {
    kicker: '기술 소개전',
    event: '행사',
    when: '일시',
    where: '장소',
    organizer: '주최',
    technologies: (n: number) => `소개 기술 ${n}건`,
    none: '지금은 이 소개전의 기술을 표시할 수 없습니다.',
    take: '자료 내려받기',
    booklet: '소개 책자 (PDF, A4)',
    bookletLetter: 'US Letter',
    bookletBoth: '한국어·영어 나란히',
    qr: 'QR 코드',
    onePager: '기술 요약서 (PDF)',
    patents: '특허',
    homeHeading: '기술 소개전과 행사',
  },
} satisfies Record<Lang, unknown>;
