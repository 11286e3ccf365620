import { describe, it, expect } from '@jest/globals';
import { loggableUrl } from './logging.js';

const searchParams = new Set(['q', 'page', 'since']);

describe('loggableUrl', () => {
  it('masks secrets in any query', () => {
    expect(loggableUrl('/api/v1/technologies?q=car-t&token=abc&page=2', searchParams)).toBe(
      '/api/v1/technologies?q=car-t&token=[redacted]&page=2',
    );
  });

  it('masks every value it does not know to be harmless, whatever the parameter is called', () => {
    expect(
      loggableUrl(
        '/api/v1/changes?since=c1&access_token=htc_secret&X-Api-Key=htc_2&sig=abc',
        searchParams,
      ),
    ).toBe('/api/v1/changes?since=c1&access_token=[redacted]&X-Api-Key=[redacted]&sig=[redacted]');
    expect(loggableUrl('/api/v1/technologies?%71=lung', searchParams)).toBe(
      '/api/v1/technologies?%71=lung',
    );
    expect(loggableUrl('/api/v1/technologies?q')).toBe('/api/v1/technologies?q');
  });

  it('drops the whole query on inquiry routes, where searches name people', () => {
    expect(loggableUrl('/api/v1/admin/inquiries?q=jane%40biotech.example&status=new')).toBe(
      '/api/v1/admin/inquiries?[redacted]',
    );
    expect(loggableUrl('/api/v1/inquiries/INQ-2026-000001?token=abc')).toBe(
      '/api/v1/inquiries/INQ-2026-000001?[redacted]',
    );
    expect(loggableUrl('/api/v1/admin/inquiries/export?from=2026-01-01&to=2026-12-31')).toBe(
      '/api/v1/admin/inquiries/export?[redacted]',
    );
    expect(loggableUrl('/api/v1/admin/inquiries')).toBe('/api/v1/admin/inquiries');
    // The web status pages (and the unprefixed path that redirects to them) carry the token too.
    expect(loggableUrl('/ko/inquiries/INQ-2026-000001?token=abc&notice=sent')).toBe(
      '/ko/inquiries/INQ-2026-000001?[redacted]',
    );
    expect(loggableUrl('/inquiries/INQ-2026-000001?token=abc')).toBe(
      '/inquiries/INQ-2026-000001?[redacted]',
    );
    expect(loggableUrl('/en/technologies?q=inquiries', searchParams)).toBe(
      '/en/technologies?q=inquiries',
    );
  });
});
