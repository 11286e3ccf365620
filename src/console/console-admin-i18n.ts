import type { Lang } from '../web/web-i18n.js';

/** The admin pages' words (people and API keys), in the office's two languages. */
const en = {
  people: {
    title: 'People',
    intro:
      'Staff who sign in to the console. Curators edit listings and answer inquiries; admins also manage people and API keys.',
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    status: 'Status',
    lastSignIn: 'Last sign-in',
    never: 'never',
    actions: 'Change',
    roles: { admin: 'Admin', curator: 'Curator' } as Record<string, string>,
    statuses: { invited: 'Invited', active: 'Active', disabled: 'Disabled' } as Record<
      string,
      string
    >,
    save: 'Save',
    disable: 'Disable (ends their sessions)',
    enable: 'Enable',
    resend: 'Send a new invitation',
    invite: 'Invite a person',
    inviteHint: 'They get a mail with a link, valid for 72 hours, to choose a password.',
    language: 'Console language',
    inviteSubmit: 'Send the invitation',
    you: '(you)',
    notices: {
      invited: 'Invitation sent.',
      saved: 'Saved.',
      resent: 'A new invitation is on its way; earlier links no longer work.',
    } as Record<string, string>,
    refused: 'Not changed:',
    stale: 'Someone changed this person since you opened the page. Reload and try again.',
  },
  keys: {
    title: 'API keys',
    intro:
      'Keys let other systems read or edit the catalog through the API. A key is shown once, when it is made; we keep only its hash.',
    name: 'Name',
    role: 'Role',
    prefix: 'Starts with',
    created: 'Created',
    lastUsed: 'Last used',
    state: 'State',
    active: 'Active',
    revoked: (at: string) => `Revoked ${at}`,
    never: 'never',
    roles: { admin: 'Admin', curator: 'Curator', integrator: 'Integrator (read only)' } as Record<
      string,
      string
    >,
    create: 'Create a key',
    nameHint: 'Who uses it, for example “Partner portal (BostonBio)”.',
    createSubmit: 'Create the key',
    createdTitle: 'Your new API key',
    createdHint: 'Copy it now: it is not shown again. Send it as “Authorization: Bearer …”.',
    revoke: 'Revoke',
    confirmRevoke: (name: string) => `Revoke the key “${name}”?`,
    confirmHint: 'Every system that uses it stops working at once. This cannot be undone.',
    confirm: 'Yes, revoke it',
    cancel: 'Cancel',
    notices: { revoked: 'Key revoked.' } as Record<string, string>,
  },
  adminLinks: { people: 'People', keys: 'API keys' },
};

export type ConsoleAdminText = typeof en;

const ko: ConsoleAdminText = {
  people: {
    title: '사용자',
    intro:
      '콘솔에 로그인하는 직원입니다. 큐레이터는 기술 정보와 문의를 다루고, 관리자는 사용자와 API 키도 관리합니다.',
    name: '이름',
    email: '이메일',
    role: '역할',
    status: '상태',
    lastSignIn: '마지막 로그인',
    never: '없음',
    actions: '변경',
    roles: { admin: '관리자', curator: '큐레이터' },
    statuses: { invited: '초대됨', active: '활성', disabled: '비활성' },
    save: '저장',
    disable: '비활성화 (세션 종료)',
    enable: '활성화',
    resend: '초대 다시 보내기',
    invite: '사용자 초대',
    inviteHint: '비밀번호를 정할 수 있는 링크(72시간 유효)를 메일로 보냅니다.',
    language: '콘솔 언어',
    inviteSubmit: '초대 보내기',
    you: '(본인)',
    notices: {
      invited: '초대를 보냈습니다.',
      saved: '저장했습니다.',
      resent: '새 초대를 보냈습니다. 이전 링크는 더 이상 쓸 수 없습니다.',
    },
    refused: '변경되지 않음:',
    stale: '페이지를 연 뒤 다른 사람이 이 사용자를 변경했습니다. 새로 고친 뒤 다시 시도하십시오.',
  },
  keys: {
    title: 'API 키',
    intro:
      '다른 시스템이 API로 카탈로그를 읽거나 편집할 때 쓰는 키입니다. 키는 만들 때 한 번만 보이며, 저장되는 것은 해시뿐입니다.',
    name: '이름',
    role: '역할',
    prefix: '시작 문자',
    created: '생성',
    lastUsed: '마지막 사용',
    state: '상태',
    active: '사용 중',
    revoked: (at: string) => `${at} 폐기됨`,
    never: '없음',
    roles: { admin: '관리자', curator: '큐레이터', integrator: '연동 (읽기 전용)' },
    create: '키 만들기',
    nameHint: '사용처, 예: “파트너 포털 (BostonBio)”.',
    createSubmit: '키 만들기',
    createdTitle: '새 API 키',
    createdHint:
      '지금 복사하십시오. 다시 보여 주지 않습니다. “Authorization: Bearer …”로 보냅니다.',
    revoke: '폐기',
    confirmRevoke: (name: string) => `“${name}” 키를 폐기할까요?`,
    confirmHint: '이 키를 쓰는 모든 시스템이 즉시 멈춥니다. 되돌릴 수 없습니다.',
    confirm: '예, 폐기합니다',
    cancel: '취소',
    notices: { revoked: '키를 폐기했습니다.' },
  },
  adminLinks: { people: '사용자', keys: 'API 키' },
};

export const CONSOLE_ADMIN_UI: Record<Lang, ConsoleAdminText> = { en, ko };
