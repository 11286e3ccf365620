import type { Lang } from '../web/web-i18n.js';

/** The console's words, in the two languages of the office. */
const en = {
  console: 'Staff console',
  signIn: {
    title: 'Sign in',
    intro: 'For staff of the technology-transfer office. Partners do not need an account.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot your password?',
    failed: 'The e-mail address or the password is wrong, or the account is not active.',
    tooMany: (minutes: number) =>
      `Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or reset your password.`,
    signedOut: 'You are signed out.',
    sessionEnded: 'Your session has ended. Sign in again.',
    passwordSet: 'Your password is set. Sign in with it.',
  },
  password: {
    new: 'New password',
    hint: 'At least 12 characters. A few unrelated words make a strong password; no special characters needed.',
    too_short: 'Use at least 12 characters.',
    too_long: 'Use at most 256 characters.',
    too_weak: 'This password is too easy to guess. Add a few unrelated words.',
  },
  setup: {
    title: 'Create the first admin account',
    intro: 'This link is for whoever installs the catalog. It works once, for 24 hours.',
    name: 'Your name',
    language: 'Console language',
    submit: 'Create the admin account',
    done: 'The first admin exists already. Sign in.',
  },
  invitation: {
    title: 'Accept your invitation',
    intro: (email: string) => `Choose a password for ${email}.`,
    submit: 'Set password',
  },
  forgot: {
    title: 'Reset your password',
    intro: 'Enter the address of your staff account. We will send a link that works for one hour.',
    submit: 'Send the link',
    sent: 'If that address belongs to an active staff account, a link is on its way. Check your mail.',
  },
  reset: {
    title: 'Choose a new password',
    intro: 'Signing in with the new password ends your other sessions.',
    submit: 'Save the new password',
  },
  link: {
    title: 'This link does not work',
    message: 'The link is unknown, used already or expired. Ask for a new one.',
    forgot: 'Send me a new reset link',
  },
  home: {
    title: 'Staff console',
    signedInAs: 'Signed in as',
    role: { admin: 'Admin', curator: 'Curator' },
    apiDocs: 'API documentation',
    apiHint: 'The console pages are coming; meanwhile your session works with the admin API.',
    signOut: 'Sign out',
    signOutEverywhere: 'Sign out everywhere',
    everywhereHint: 'Ends your sessions on every device, this one included.',
  },
  errorSummary: 'Please correct the following:',
  invalidEmail: 'Enter an e-mail address.',
  required: 'Fill this in.',
};

type ConsoleText = typeof en;

const ko: ConsoleText = {
  console: '직원 콘솔',
  signIn: {
    title: '로그인',
    intro: '기술이전센터 직원용입니다. 파트너 기업은 계정이 필요 없습니다.',
    email: '이메일 주소',
    password: '비밀번호',
    submit: '로그인',
    forgot: '비밀번호를 잊으셨나요?',
    failed: '이메일 주소나 비밀번호가 틀렸거나, 사용할 수 없는 계정입니다.',
    tooMany: (minutes: number) =>
      `로그인 시도가 너무 많습니다. ${minutes}분 뒤에 다시 시도하거나 비밀번호를 재설정하십시오.`,
    signedOut: '로그아웃되었습니다.',
    sessionEnded: '세션이 끝났습니다. 다시 로그인하십시오.',
    passwordSet: '비밀번호가 설정되었습니다. 새 비밀번호로 로그인하십시오.',
  },
  password: {
    new: '새 비밀번호',
    hint: '12자 이상. 서로 관계없는 단어 몇 개를 이으면 강한 비밀번호가 됩니다. 특수문자는 필요 없습니다.',
    too_short: '12자 이상으로 정하십시오.',
    too_long: '256자 이하로 정하십시오.',
    too_weak: '추측하기 쉬운 비밀번호입니다. 관계없는 단어를 몇 개 더하십시오.',
  },
  setup: {
    title: '첫 관리자 계정 만들기',
    intro: '카탈로그를 설치한 분을 위한 링크입니다. 24시간 동안 한 번만 쓸 수 있습니다.',
    name: '이름',
    language: '콘솔 언어',
    submit: '관리자 계정 만들기',
    done: '첫 관리자 계정이 이미 있습니다. 로그인하십시오.',
  },
  invitation: {
    title: '초대 수락',
    intro: (email: string) => `${email} 계정의 비밀번호를 정하십시오.`,
    submit: '비밀번호 설정',
  },
  forgot: {
    title: '비밀번호 재설정',
    intro: '직원 계정의 이메일 주소를 입력하십시오. 1시간 동안 쓸 수 있는 링크를 보내 드립니다.',
    submit: '링크 보내기',
    sent: '사용 중인 직원 계정의 주소라면 링크를 보냈습니다. 메일을 확인하십시오.',
  },
  reset: {
    title: '새 비밀번호 정하기',
    intro: '새 비밀번호를 저장하면 다른 기기의 세션은 모두 끝납니다.',
    submit: '새 비밀번호 저장',
  },
  link: {
    title: '링크를 쓸 수 없습니다',
    message: '알 수 없거나, 이미 사용했거나, 기한이 지난 링크입니다. 새 링크를 요청하십시오.',
    forgot: '재설정 링크 다시 받기',
  },
  home: {
    title: '직원 콘솔',
    signedInAs: '로그인 계정',
    role: { admin: '관리자', curator: '큐레이터' },
    apiDocs: 'API 문서',
    apiHint: '콘솔 화면은 준비 중입니다. 그동안 이 세션으로 관리자 API를 쓸 수 있습니다.',
    signOut: '로그아웃',
    signOutEverywhere: '모든 기기에서 로그아웃',
    everywhereHint: '이 기기를 포함해 모든 기기의 세션을 끝냅니다.',
  },
  errorSummary: '다음을 고쳐 주십시오:',
  invalidEmail: '이메일 주소를 입력하십시오.',
  required: '입력하십시오.',
};

export const CONSOLE_UI: Record<Lang, ConsoleText> = { en, ko };
