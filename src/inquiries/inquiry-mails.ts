import { html, mailLayout, type SafeHtml, textBlock } from '../notifications/mail-html.js';
import type { OutgoingMail } from '../notifications/mail-queue.js';
import type { Technology } from '../technologies/technology.entity.js';
import { DECLINE_REASON_LABELS, INTEREST_LABELS, STATUS_LABELS } from './inquiry-labels.js';
import type { Inquiry } from './inquiry.entity.js';
import type { InquiryLanguage, InquiryStatus } from './inquiry.types.js';

/**
 * The inquiry e-mails. Partners get theirs in the language they chose; notices to the office
 * are bilingual (Korean first). Every value is escaped in the HTML part (see `html`).
 */

type ListingRef = Pick<Technology, 'referenceCode' | 'titleKo' | 'titleEn'>;

function titleIn(t: ListingRef, lang: InquiryLanguage): string {
  return (lang === 'ko' ? (t.titleKo ?? t.titleEn) : (t.titleEn ?? t.titleKo)) ?? t.referenceCode;
}

function partnerMail(
  kind: string,
  inquiry: Inquiry,
  subject: string,
  paragraphs: (string | SafeHtml)[],
  text: string[],
): OutgoingMail {
  const lang = inquiry.language;
  const signature = lang === 'ko' ? '기술이전센터 드림' : 'The Technology Transfer Office';
  const body = html`${paragraphs.map((p) => (typeof p === 'string' ? html`<p>${p}</p>` : p))}
    <p style="color:#555">${signature}</p>`;
  return {
    kind,
    subjectRef: inquiry.reference,
    to: [inquiry.email],
    language: lang,
    subject,
    text: `${text.join('\n\n')}\n\n${signature}\n`,
    html: mailLayout(lang, subject, body),
  };
}

/** To the partner, right after the inquiry: the reference and the secret status link. */
export function confirmationMail(
  inquiry: Inquiry,
  listing: ListingRef,
  statusUrl: string,
): OutgoingMail {
  const lang = inquiry.language;
  const title = titleIn(listing, lang);
  const interest = INTEREST_LABELS[inquiry.interest][lang];
  const t =
    lang === 'ko'
      ? {
          subject: `[${inquiry.reference}] 기술 문의가 접수되었습니다`,
          hello: `${inquiry.name} 님, 문의해 주셔서 감사합니다.`,
          received: `"${title}"(${listing.referenceCode})에 대한 ${interest} 문의가 접수되었습니다. 접수 번호는 ${inquiry.reference}입니다.`,
          status:
            '아래 링크에서 진행 상황을 확인하고 메시지를 보내거나 문의를 철회할 수 있습니다. 이 링크는 본인만 사용할 수 있도록 보관해 주십시오.',
          next: '담당자가 검토 후 연락드리겠습니다.',
          link: '진행 상황 보기',
        }
      : {
          subject: `[${inquiry.reference}] We received your inquiry`,
          hello: `Dear ${inquiry.name}, thank you for your inquiry.`,
          received: `We received your ${interest.toLowerCase()} inquiry about "${title}" (${listing.referenceCode}). Your reference is ${inquiry.reference}.`,
          status:
            'Follow its progress, send us a message or withdraw it at the link below. The link is personal: please keep it to yourself.',
          next: 'A member of our team will review it and get back to you.',
          link: 'See the status of your inquiry',
        };
  return partnerMail(
    'inquiry.confirmation',
    inquiry,
    t.subject,
    [t.hello, t.received, t.status, html`<p><a href="${statusUrl}">${t.link}</a></p>`, t.next],
    [t.hello, t.received, t.status, statusUrl, t.next],
  );
}

/** To the partner when the office moves the inquiry (the status link is in the first mail). */
export function statusChangedMail(
  inquiry: Inquiry,
  listing: ListingRef,
  message?: string,
): OutgoingMail {
  const lang = inquiry.language;
  const status = STATUS_LABELS[inquiry.status][lang];
  const reason = inquiry.declineReason ? DECLINE_REASON_LABELS[inquiry.declineReason][lang] : null;
  const title = titleIn(listing, lang);
  const t =
    lang === 'ko'
      ? {
          subject: `[${inquiry.reference}] 문의 상태가 변경되었습니다: ${status}`,
          line: `"${title}"에 대한 문의(${inquiry.reference})의 상태가 "${status}"(으)로 변경되었습니다.`,
          link: '자세한 내용은 접수 확인 메일의 링크에서 볼 수 있습니다.',
        }
      : {
          subject: `[${inquiry.reference}] Your inquiry is now: ${status}`,
          line: `Your inquiry ${inquiry.reference} about "${title}" is now: ${status}.`,
          link: 'See the details at the status link in your confirmation e-mail.',
        };
  const lines = [t.line, ...(reason ? [reason] : [])];
  return partnerMail(
    'inquiry.status_changed',
    inquiry,
    t.subject,
    [...lines, ...(message ? [textBlock(message)] : []), t.link],
    [...lines, ...(message ? [message] : []), t.link],
  );
}

/** To the partner when the office writes to them. */
export function officeMessageMail(
  inquiry: Inquiry,
  listing: ListingRef,
  message: string,
): OutgoingMail {
  const lang = inquiry.language;
  const title = titleIn(listing, lang);
  const t =
    lang === 'ko'
      ? {
          subject: `[${inquiry.reference}] 기술이전센터의 메시지`,
          line: `"${title}"에 대한 문의(${inquiry.reference})에 새 메시지가 있습니다.`,
          reply: '답장은 접수 확인 메일의 진행 상황 링크에서 보내실 수 있습니다.',
        }
      : {
          subject: `[${inquiry.reference}] A message from the Technology Transfer Office`,
          line: `There is a new message about your inquiry ${inquiry.reference} ("${title}").`,
          reply: 'You can reply at the status link in your confirmation e-mail.',
        };
  return partnerMail(
    'inquiry.message_to_partner',
    inquiry,
    t.subject,
    [t.line, textBlock(message), t.reply],
    [t.line, message, t.reply],
  );
}

export interface OfficeRecipients {
  to: string[];
  cc: string[];
}

/** The listing's contact, with the office address in copy; or the office alone. */
export function officeRecipients(
  listing: Pick<Technology, 'contactEmail'>,
  officeAddress: string | undefined,
): OfficeRecipients | null {
  const contact = listing.contactEmail?.toLowerCase();
  const office = officeAddress?.toLowerCase();
  if (contact) return { to: [contact], cc: office && office !== contact ? [office] : [] };
  return office ? { to: [office], cc: [] } : null;
}

type PartnerEvent =
  | { kind: 'new'; inquiry: Inquiry }
  | { kind: 'message'; inquiry: Inquiry; message: string }
  | { kind: 'withdrawn'; inquiry: Inquiry; previous: InquiryStatus };

/** To the office (bilingual): a new inquiry, or the partner wrote or withdrew. */
export function officeNoticeMail(
  event: PartnerEvent,
  listing: ListingRef,
  recipients: OfficeRecipients,
  adminUrl: string,
): OutgoingMail {
  const i = event.inquiry;
  const heading = {
    new: {
      ko: `새 기술 문의 ${i.reference}: ${titleIn(listing, 'ko')}`,
      en: `New inquiry ${i.reference}: ${titleIn(listing, 'en')}`,
    },
    message: {
      ko: `문의 ${i.reference}에 파트너의 새 메시지`,
      en: `New message from the partner on ${i.reference}`,
    },
    withdrawn: {
      ko: `파트너가 문의 ${i.reference}을(를) 철회했습니다`,
      en: `The partner withdrew inquiry ${i.reference}`,
    },
  }[event.kind];
  const facts: [string, string][] = [
    [
      'Listing / 기술',
      `${listing.referenceCode} — ${titleIn(listing, 'ko')} / ${titleIn(listing, 'en')}`,
    ],
    ['Partner / 문의자', `${i.name}${i.role ? `, ${i.role}` : ''}`],
    ['Organization / 기관', `${i.organization} (${i.country})`],
    ['E-mail', i.email],
    ...(i.phone ? ([['Phone / 전화', i.phone]] as [string, string][]) : []),
    ['Interest / 관심', `${INTEREST_LABELS[i.interest].ko} / ${INTEREST_LABELS[i.interest].en}`],
    ['Language / 언어', i.language],
  ];
  const body = event.kind === 'new' ? i.message : event.kind === 'message' ? event.message : null;
  const subject = `[${i.reference}] ${heading.ko} / ${heading.en}`;
  const htmlBody = html`<h1 style="font-size:18px">${heading.ko}<br />${heading.en}</h1>
    <table style="border-collapse:collapse">
      ${facts.map(
        ([k, v]) =>
          html`<tr>
            <th style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">${k}</th>
            <td>${v}</td>
          </tr>`,
      )}
    </table>
    ${body === null ? '' : textBlock(body)}
    <p><a href="${adminUrl}">${adminUrl}</a></p>`;
  const text = [
    heading.ko,
    heading.en,
    facts.map(([k, v]) => `${k}: ${v}`).join('\n'),
    ...(body === null ? [] : [body]),
    adminUrl,
  ].join('\n\n');
  return {
    kind: `inquiry.notice_${event.kind}`,
    subjectRef: i.reference,
    to: recipients.to,
    cc: recipients.cc,
    language: 'ko',
    subject,
    text: `${text}\n`,
    html: mailLayout('ko', subject, htmlBody),
  };
}
