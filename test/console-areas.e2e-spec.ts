import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { createListing, startTestApp, type TestApp } from './support/harness.js';
import { formBody } from './support/inquiries.js';
import { FORM, setUpFirstAdmin, signedIn } from './support/staff.js';

/** The version in the edit form of one area. */
const versionOf = (html: string, code: string) => {
  const form = html.slice(html.indexOf(`action="/console/areas/${code}"`));
  return /name="version" value="(\d+)"/.exec(form)?.[1] ?? '';
};

describe('console area editor', () => {
  let t: TestApp;
  let staff: { agent: TestAgent; csrf: string };
  let listingSlug: string;

  beforeAll(async () => {
    t = await startTestApp();
    const curator = await t.keyFor('curator');
    listingSlug = (
      await createListing(t, curator, {
        titleEn: 'Lateral flow assay in the area editor',
        areaCodes: ['diagnostics.point-of-care'],
      })
    ).slug;
    const admin = await setUpFirstAdmin(t);
    staff = await signedIn(t, admin.email, admin.password);
  });
  afterAll(() => t.close());

  const post = (path: string, fields: Record<string, string>) =>
    staff.agent
      .post(path)
      .type(FORM)
      .send(formBody({ _csrf: staff.csrf, ...fields }));
  const page = async () => (await staff.agent.get('/console/areas').expect(200)).text;

  it('adds a level-2 area; a bad code is shown beside its field with the names kept', async () => {
    const html = await page();
    expect(html).toContain('<code>diagnostics.point-of-care</code>');

    const bad = await post('/console/areas', {
      code: 'Diagnostics Reagents!',
      parentCode: 'diagnostics',
      nameKo: '시약',
      nameEn: 'Reagents',
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('id="new-code-error"');
    expect(bad.text).toContain('value="시약"');

    await post('/console/areas', {
      code: 'diagnostics.reagents',
      parentCode: 'diagnostics',
      nameKo: '시약',
      nameEn: 'Reagents',
    })
      .expect(303)
      .expect('Location', '/console/areas?notice=created');
    expect(await page()).toContain('<code>diagnostics.reagents</code>');

    const dup = await post('/console/areas', {
      code: 'diagnostics.reagents',
      parentCode: 'diagnostics',
      nameKo: '시약',
      nameEn: 'Reagents',
    });
    expect(dup.status).toBe(409);
    expect(dup.text).toContain('id="new-code-error"');
  });

  it('renames an area and public search finds its listings by the new name', async () => {
    const html = await page();
    const version = versionOf(html, 'diagnostics.point-of-care');
    await post('/console/areas/diagnostics.point-of-care', {
      nameKo: '현장 진단 키트',
      nameEn: 'Bedside quickscreen kits',
      position: '0',
      parentCode: 'diagnostics',
      version,
    }).expect(303);
    await t.app.get(OutboxRelay).drain();
    const found = await t.http.get('/api/v1/technologies').query({ q: 'quickscreen' });
    expect(found.body.items.map((i: { slug: string }) => i.slug)).toEqual([listingSlug]);

    // The same form again: its version is old now.
    const stale = await post('/console/areas/diagnostics.point-of-care', {
      nameKo: '다른 이름',
      nameEn: 'Another name',
      position: '0',
      parentCode: 'diagnostics',
      version,
    });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Someone changed this area');
    expect(stale.text).toContain('value="Another name"');

    const empty = await post('/console/areas/diagnostics.point-of-care', {
      nameKo: '',
      nameEn: 'x',
      position: '0',
      version: versionOf(await page(), 'diagnostics.point-of-care'),
    });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('id="diagnostics-point-of-care-nameKo-error"');
  });

  it('retires an area after a confirmation, moving its listings', async () => {
    const html = await page();
    const version = versionOf(html, 'diagnostics.point-of-care');
    const confirm = await post('/console/areas/diagnostics.point-of-care/retire', {
      version,
    }).expect(200);
    expect(confirm.text).toContain('1 listing');
    expect(confirm.text).toContain('<option value="diagnostics.reagents">');

    const nowhere = await post('/console/areas/diagnostics.point-of-care/retire', {
      version,
      confirm: 'yes',
    });
    // Asked again on the same page, the target beside its field.
    expect(nowhere.status).toBe(422);
    expect(nowhere.text).toContain('id="retire-moveListingsTo-error"');

    await post('/console/areas/diagnostics.point-of-care/retire', {
      version,
      confirm: 'yes',
      moveListingsTo: 'diagnostics.reagents',
    })
      .expect(303)
      .expect('Location', '/console/areas?notice=retired');
    const [{ codes }] = await t.db.query(
      `SELECT array_agg(ta.area_code) AS codes FROM technology_area ta
         JOIN technology t ON t.id = ta.technology_id WHERE t.slug = $1`,
      [listingSlug],
    );
    expect(codes).toEqual(['diagnostics.reagents']);
    const after = await page();
    expect(after).not.toContain('action="/console/areas/diagnostics.point-of-care"');
    expect(after).toContain('Retired');
  });
});
