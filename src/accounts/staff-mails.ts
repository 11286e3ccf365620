import { html, mailLayout } from '../notifications/mail-html.js';
import type { OutgoingMail } from '../notifications/mail-queue.js';
import type { StaffUser } from './staff-user.entity.js';

/** Mail to staff, in their console language; every value is escaped in the HTML part. */
function staffMail(
  kind: string,
  user: StaffUser,
  subject: string,
  paragraphs: string[],
  link: { url: string; label: string },
): OutgoingMail {
  const lang = user.language;
  const signature = lang === 'ko' ? '기술이전센터 카탈로그' : 'The technology-transfer catalog';
  const body = html`${paragraphs.map((p) => html`<p>${p}</p>`)}
    <p><a href="${link.url}">${link.label}</a></p>
    <p style="color:#555">${signature}</p>`;
  return {
    kind,
    subjectRef: user.id,
    to: [user.email],
    language: lang,
    subject,
    text: `${paragraphs.join('\n\n')}\n\n${link.label}: ${link.url}\n\n${signature}\n`,
    html: mailLayout(lang, subject, body),
  };
}

export function invitationMail(user: StaffUser, url: string, inviter: string, hours: number) {
  const ko = user.language === 'ko';
  const role = ko
    ? { admin: '관리자', curator: '큐레이터' }[user.role]
    : { admin: 'admin', curator: 'curator' }[user.role];
  return staffMail(
    'staff.invitation',
    user,
    ko ? '기술 카탈로그 직원 계정 초대' : 'Your staff account for the technology catalog',
    ko
      ? [
          `${user.displayName} 님, ${inviter} 님이 기술 카탈로그의 ${role}(으)로 초대했습니다.`,
          `아래 링크에서 비밀번호를 정하면 로그인할 수 있습니다. 링크는 ${hours}시간 동안 한 번만 쓸 수 있습니다.`,
        ]
      : [
          `${user.displayName}, ${inviter} invited you to the technology catalog as ${role}.`,
          `Choose your password at the link below to sign in. The link works once, for ${hours} hours.`,
        ],
    { url, label: ko ? '비밀번호 정하기' : 'Choose your password' },
  );
}

export function passwordResetMail(user: StaffUser, url: string, minutes: number) {
  const ko = user.language === 'ko';
  return staffMail(
    'staff.password_reset',
    user,
    ko ? '기술 카탈로그 비밀번호 재설정' : 'Reset your technology catalog password',
    ko
      ? [
          `${user.displayName} 님, 비밀번호 재설정을 요청하셨습니다.`,
          `아래 링크는 ${minutes}분 동안 한 번만 쓸 수 있습니다. 요청하지 않으셨다면 이 메일을 무시하십시오. 비밀번호는 바뀌지 않습니다.`,
        ]
      : [
          `${user.displayName}, someone (hopefully you) asked to reset your password.`,
          `The link below works once, for ${minutes} minutes. If you did not ask, ignore this mail: your password stays as it is.`,
        ],
    { url, label: ko ? '새 비밀번호 정하기' : 'Choose a new password' },
  );
}
