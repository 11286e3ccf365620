/** A level-1 code: lower-case words joined by hyphens ("medical-devices"). */
export const ROOT_CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** A level-2 code: its parent's code, a dot, its own words ("medical-devices.implants"). */
export const CHILD_CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const ROOT_CODE_MAX = 48;
export const CODE_MAX = 100;

/** Why `code` cannot be an area under `parentCode` (null: level 1), or null when it can. */
export function areaCodeProblem(code: string, parentCode: string | null): string | null {
  if (parentCode === null) {
    if (code.length > ROOT_CODE_MAX || !ROOT_CODE.test(code))
      return `a level-1 code is lower-case words joined by hyphens (at most ${ROOT_CODE_MAX} characters), e.g. "medical-devices"`;
    return null;
  }
  if (code.length > CODE_MAX || !CHILD_CODE.test(code) || !code.startsWith(`${parentCode}.`))
    return `a level-2 code is its parent's code, a dot and lower-case words, e.g. "${parentCode}.implants"`;
  return null;
}
