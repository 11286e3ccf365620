import { describe, it, expect } from '@jest/globals';
import { ConfigError, parseEnv } from './env.schema.js';

describe('parseEnv', () => {
  it('gives defaults for a bare environment', () => {
    expect(parseEnv({})).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATA_DIR: './.data',
      LOG_LEVEL: 'info',
      CORS_ORIGINS: [],
      MEILI_INDEX: 'technologies',
    });
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
    expect(parseEnv({}).MEILI_URL).toBeUndefined();
  });

  it('reads typed values', () => {
    const env = parseEnv({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/catalog',
      MEILI_URL: 'http://meili:7700',
      MEILI_MASTER_KEY: 'a-master-key-of-enough-length',
      ADMIN_API_KEY: 'x'.repeat(32),
      CORS_ORIGINS: 'https://a.example.com, https://b.example.com:8443',
      SEED_DEMO: 'false',
    });
    expect(env).toMatchObject({
      PORT: 8080,
      CORS_ORIGINS: ['https://a.example.com', 'https://b.example.com:8443'],
      SEED_DEMO: false,
    });
  });

  it('treats empty strings as unset', () => {
    const env = parseEnv({ PORT: '', DATABASE_URL: '' });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      parseEnv({
        PORT: '99999',
        DATABASE_URL: 'mysql://x',
        MEILI_URL: 'meili:7700',
        ADMIN_API_KEY: 'short',
        LOG_LEVEL: 'loud',
        CORS_ORIGINS: 'https://ok.example.com,https://bad.example.com/path',
        SEED_DEMO: 'maybe',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const names = (error as ConfigError).problems.map((p) => p.split(':')[0]).sort();
    expect(names).toEqual([
      'ADMIN_API_KEY',
      'CORS_ORIGINS',
      'DATABASE_URL',
      'LOG_LEVEL',
      'MEILI_URL',
      'PORT',
      'SEED_DEMO',
    ]);
    expect((error as ConfigError).message).toContain(
      'ADMIN_API_KEY: must be at least 32 characters',
    );
  });

  it('reads trusted proxies, inquiry limits and mail settings', () => {
    const env = parseEnv({
      TRUSTED_PROXIES: 'loopback, 10.0.0.0/8, 2001:db8::1, 192.0.2.7',
      INQUIRY_RATE_LIMIT: '10',
      SMTP_URL: 'smtps://user:pass@mail.example.com:465',
      MAIL_FROM: 'Hanbit TTO <tto@hanbit.example>',
      TTO_EMAIL: 'tto@hanbit.example',
    });
    expect(env).toMatchObject({
      TRUSTED_PROXIES: ['loopback', '10.0.0.0/8', '2001:db8::1', '192.0.2.7'],
      INQUIRY_RATE_LIMIT: 10,
      INQUIRY_RATE_WINDOW_SECONDS: 900,
      INQUIRY_DUPLICATE_WINDOW_MINUTES: 1440,
      MAIL_FROM: 'Hanbit TTO <tto@hanbit.example>',
    });
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
  });

  it('refuses proxies, mail servers and addresses that cannot be right', () => {
    for (const [name, value] of [
      ['TRUSTED_PROXIES', '10.0.0.0/33'],
      ['TRUSTED_PROXIES', 'proxy.internal'],
      ['TRUSTED_PROXIES', '*'],
      ['SMTP_URL', 'http://mail.example.com'],
      ['MAIL_FROM', 'not an address'],
      ['TTO_EMAIL', 'Office <tto@x.example>'],
      ['INQUIRY_RATE_LIMIT', '0'],
    ]) {
      expect(() => parseEnv({ [name]: value })).toThrow(
        new RegExp(`^Invalid configuration:\n  - ${name}:`),
      );
    }
  });
});
