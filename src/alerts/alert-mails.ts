import { html, mailLayout } from '../notifications/mail-html.js';
import type { OutgoingMail } from '../notifications/mail-queue.js';
import { STAGE_LABELS } from '../web/web-i18n.js';
import type { Stage } from '../technologies/technology.types.js';
import type { SavedSearch } from './saved-search.entity.js';

/** The alert mails, in the partner's language; every value is escaped in the HTML part. */

type Lang = SavedSearch['language'];

export interface AlertLinks {
  /** The search's results page. */
  results: string;
  /** The page listing every alert of the address. */
  manage: string;
  /** One-click unsubscribe (RFC 8058): POST to it unsubscribes; GET shows a button. */
  unsubscribe: string;
}

export interface DigestItem {
  title: string;
  summary: string | null;
  url: string;
  stage: string | null;
  trl: number | null;
  /** Published since the last digest (else: updated). */
  isNew: boolean;
}

const SIGNATURE: Record<Lang, string> = {
  ko: '기술이전센터 드림',
  en: 'The Technology Transfer Office',
};

/** RFC 8058: a mail client may offer one-click unsubscribe, POSTing to this (HTTPS) address. */
const oneClickUnsubscribe = (url: string) => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

/**
 * The double opt-in: nothing is sent to the address until this link is followed. It carries the
 * one-click unsubscribe too, so "I did not ask for this" is one click in the mail client.
 */
export function alertConfirmationMail(
  alert: Pick<SavedSearch, 'id' | 'email' | 'language' | 'cadence'>,
  description: string,
  confirmUrl: string,
  unsubscribeUrl: string,
): OutgoingMail {
  const lang = alert.language;
  const t =
    lang === 'ko'
      ? {
          subject: `검색 알림을 확인해 주세요: ${description}`,
          intro: `다음 검색에 새 기술이 등록되면 ${alert.cadence === 'daily' ? '매일' : '매주'} 메일로 알려 드립니다.`,
          action: '알림을 시작하려면 아래 링크를 눌러 주세요.',
          link: '알림 확인하기',
          ignore:
            '요청하지 않으셨다면 이 메일을 무시해 주십시오. 확인하지 않으면 아무 메일도 보내지 않으며, 30일 후 주소가 삭제됩니다.',
        }
      : {
          subject: `Please confirm your search alert: ${description}`,
          intro: `We will e-mail you ${alert.cadence} when new technologies match this search:`,
          action: 'To start the alert, follow the link below.',
          link: 'Confirm the alert',
          ignore:
            'If you did not ask for this, ignore this e-mail: nothing will be sent unless the link is followed, and the address is deleted after 30 days.',
        };
  const body = html`<p>${t.intro}</p>
    <p><strong>${description}</strong></p>
    <p>${t.action}</p>
    <p><a href="${confirmUrl}">${t.link}</a></p>
    <p style="color:#555">${t.ignore}</p>
    <p style="color:#555">${SIGNATURE[lang]}</p>`;
  return {
    kind: 'alert.confirmation',
    subjectRef: `alert:${alert.id}`,
    to: [alert.email],
    language: lang,
    subject: t.subject,
    text:
      [t.intro, description, t.action, confirmUrl, t.ignore, SIGNATURE[lang]].join('\n\n') + '\n',
    html: mailLayout(lang, t.subject, body),
    headers: oneClickUnsubscribe(unsubscribeUrl),
  };
}

/** The digest: what is new or changed for the search since the last one. */
export function alertDigestMail(
  alert: Pick<SavedSearch, 'id' | 'email' | 'language' | 'cadence'>,
  description: string,
  items: DigestItem[],
  more: number,
  links: AlertLinks,
): OutgoingMail {
  const lang = alert.language;
  const n = items.length + more;
  const t =
    lang === 'ko'
      ? {
          subject: `새 기술 ${n}건: ${description}`,
          intro: `팔로우하신 검색에 새로 등록되거나 갱신된 기술입니다.`,
          isNew: '신규',
          updated: '갱신',
          more: `외 ${more}건은 검색 결과에서 보실 수 있습니다.`,
          all: '검색 결과 보기',
          manage: '알림 관리',
          unsubscribe: '이 알림 해지',
          why: `${alert.cadence === 'daily' ? '매일' : '매주'} 받는 검색 알림입니다.`,
        }
      : {
          subject: `${n} new ${n === 1 ? 'technology' : 'technologies'}: ${description}`,
          intro: 'Technologies newly published or updated that match the search you follow.',
          isNew: 'New',
          updated: 'Updated',
          more: `${more} more in the search results.`,
          all: 'See the search results',
          manage: 'Manage your alerts',
          unsubscribe: 'Unsubscribe from this alert',
          why: `You get this ${alert.cadence} because you follow this search.`,
        };
  const facts = (item: DigestItem) =>
    [
      item.isNew ? t.isNew : t.updated,
      item.stage ? (STAGE_LABELS[item.stage as Stage]?.[lang] ?? item.stage) : null,
      item.trl ? `TRL ${item.trl}` : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const body = html`<h1 style="font-size:18px">${description}</h1>
    <p>${t.intro}</p>
    <ul style="padding-left:18px">
      ${items.map(
        (item) =>
          html`<li style="margin-bottom:12px">
            <a href="${item.url}"><strong>${item.title}</strong></a
            ><br />
            <span style="color:#555">${facts(item)}</span>
            ${item.summary ? html`<br />${item.summary}` : ''}
          </li>`,
      )}
    </ul>
    ${more ? html`<p>${t.more}</p>` : ''}
    <p><a href="${links.results}">${t.all}</a></p>
    <hr />
    <p style="color:#555;font-size:13px">
      ${t.why} <a href="${links.manage}">${t.manage}</a> ·
      <a href="${links.unsubscribe}">${t.unsubscribe}</a>
    </p>
    <p style="color:#555">${SIGNATURE[lang]}</p>`;
  const text = [
    description,
    t.intro,
    ...items.map((item) =>
      [
        `* ${item.title}`,
        `  ${facts(item)}`,
        ...(item.summary ? [`  ${item.summary}`] : []),
        `  ${item.url}`,
      ].join('\n'),
    ),
    ...(more ? [t.more] : []),
    `${t.all}: ${links.results}`,
    `${t.why}\n${t.manage}: ${links.manage}\n${t.unsubscribe}: ${links.unsubscribe}`,
    SIGNATURE[lang],
  ];
  return {
    kind: 'alert.digest',
    subjectRef: `alert:${alert.id}`,
    to: [alert.email],
    language: lang,
    subject: t.subject,
    text: text.join('\n\n') + '\n',
    html: mailLayout(lang, t.subject, body),
    headers: oneClickUnsubscribe(links.unsubscribe),
  };
}
