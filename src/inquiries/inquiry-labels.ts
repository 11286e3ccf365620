import type {
  DeclineReason,
  InquiryInterest,
  InquiryLanguage,
  InquiryStatus,
} from './inquiry.types.js';

type Labels<K extends string> = Record<K, Record<InquiryLanguage, string>>;

/** How a status reads to a partner, in each language (mail now, the web pages later). */
export const STATUS_LABELS: Labels<InquiryStatus> = {
  new: { ko: '접수됨', en: 'Received' },
  triaged: { ko: '검토 중', en: 'Under review' },
  in_discussion: { ko: '협의 중', en: 'In discussion' },
  under_cda: { ko: '비밀유지계약(CDA) 진행', en: 'Under confidentiality agreement (CDA)' },
  negotiating: { ko: '라이선스 협상 중', en: 'Negotiating terms' },
  licensed: { ko: '라이선스 체결', en: 'Licensed' },
  declined: { ko: '진행 불가', en: 'Declined' },
  withdrawn: { ko: '철회됨', en: 'Withdrawn' },
};

export const INTEREST_LABELS: Labels<InquiryInterest> = {
  license: { ko: '라이선스', en: 'Licensing' },
  co_development: { ko: '공동 개발', en: 'Co-development' },
  sponsored_research: { ko: '위탁 연구', en: 'Sponsored research' },
  evaluation: { ko: '기술 평가', en: 'Evaluation' },
  other: { ko: '기타', en: 'Other' },
};

/** Decline reasons as the partner reads them: polite, without internal detail. */
export const DECLINE_REASON_LABELS: Labels<DeclineReason> = {
  not_available: {
    ko: '현재 이 기술은 라이선스가 가능하지 않습니다.',
    en: 'This technology is not available for licensing at present.',
  },
  field_exclusive_granted: {
    ko: '해당 분야의 전용실시권이 이미 부여되었습니다.',
    en: 'An exclusive license for this field has already been granted.',
  },
  insufficient_fit: {
    ko: '요청하신 내용과 기술의 적합성이 충분하지 않습니다.',
    en: 'The request and the technology are not a close enough fit.',
  },
  no_response: {
    ko: '회신이 없어 문의를 종료합니다.',
    en: 'We closed the inquiry after not hearing back.',
  },
  other: {
    ko: '기타 사유로 진행이 어렵습니다.',
    en: 'We are unable to proceed for other reasons.',
  },
};
