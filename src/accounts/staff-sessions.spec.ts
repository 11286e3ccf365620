import { describe, expect, it } from '@jest/globals';
import { AppConfig, type AppConfigFields } from '../config/app-config.js';
import { sessionCookieOptions } from './staff-sessions.js';

const config = (publicBaseUrl: string | undefined) =>
  new AppConfig({
    port: 3000,
    publicBaseUrl,
    staffSessions: { secret: undefined, idleTimeoutMinutes: 480, absoluteTimeoutHours: 168 },
  } as unknown as AppConfigFields);

describe('session cookie', () => {
  it('is __Host- prefixed and Secure behind https, trusting the proxy’s X-Forwarded-Proto', () => {
    const options = sessionCookieOptions(config('https://catalog.hanbit-hospital.example'));
    expect(options.name).toBe('__Host-tto_session');
    expect(options.proxy).toBe(true);
    expect(options.cookie).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      path: '/', // required by the __Host- prefix
      maxAge: 480 * 60_000,
    });
  });

  it('has no Secure flag or prefix on plain http (a browser would drop such a cookie)', () => {
    const options = sessionCookieOptions(config(undefined));
    expect(options.name).toBe('tto_session');
    expect(options.cookie.secure).toBe(false);
    expect(options.proxy).toBeUndefined();
  });
});
