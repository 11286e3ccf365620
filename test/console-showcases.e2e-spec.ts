import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type TestAgent from 'supertest/lib/agent.js';
import { bearer, createListing, startTestApp, type TestApp } from './support/harness.js';
import { formBody, validForm } from './support/inquiries.js';
import { FORM, setUpFirstAdmin, signedIn } from './support/staff.js';

const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';

describe('console showcases: prepare an event, then see what came of it', () => {
  let t: TestApp;
  let staff: { agent: TestAgent; csrf: string };
  let curator: string;
  const listings: { id: string; slug: string; referenceCode: string; titleEn: string }[] = [];
  let editor = '';

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
    for (const n of [1, 2, 3]) {
      const titleEn = `Console showcase listing ${n} retinal imaging`;
      const created = await createListing(t, curator, { titleEn });
      const full = await t.http
        .get(`/api/v1/admin/technologies/${created.id}`)
        .set(bearer(curator));
      listings.push({ ...created, referenceCode: full.body.referenceCode, titleEn });
    }
    const admin = await setUpFirstAdmin(t);
    staff = await signedIn(t, admin.email, admin.password);
  }, 60_000);
  afterAll(() => t.close());

  const post = (path: string, fields: Record<string, string>) =>
    staff.agent
      .post(path)
      .type(FORM)
      .send(formBody({ _csrf: staff.csrf, ...fields }));
  const fields = (overrides: Record<string, string> = {}) => ({
    titleKo: '안과 기술 설명회',
    titleEn: 'Ophthalmology technology evening',
    introKo: '망막 영상 기술 세 건을 소개합니다.',
    introEn: 'Three retinal imaging technologies.',
    slug: '',
    eventName: 'Ophthalmology evening',
    eventDate: '2026-11-20',
    eventPlace: 'Seoul',
    eventOrganizer: '',
    visibility: 'public',
    ...overrides,
  });

  it('creates one from the form; a half-filled event is refused beside its field, typing kept', async () => {
    const list = await staff.agent.get('/console/showcases').expect(200);
    expect(list.headers['cache-control']).toBe('no-store');
    expect(list.text).toContain('No showcases yet.');

    const bad = await post('/console/showcases', fields({ eventDate: '' }));
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('id="sc-eventDate-error"');
    expect(bad.text).toContain('value="Ophthalmology technology evening"');
    expect(bad.text).toContain('망막 영상 기술 세 건을 소개합니다.');

    const created = await post('/console/showcases', fields()).expect(303);
    editor = created.headers.location.replace(/\?.*$/, '');
    expect(editor).toMatch(/^\/console\/showcases\/[0-9a-f-]{36}$/);
    const page = await staff.agent.get(created.headers.location).expect(200);
    expect(page.text).toContain('Showcase created.');
    expect(page.text).toContain('No listings yet.');
    // Without CSRF: refused, nothing made.
    await staff.agent.post('/console/showcases').type(FORM).send(formBody(fields())).expect(403);
    const count = await t.db.query('SELECT count(*)::int AS n FROM showcase');
    expect(count[0].n).toBe(1);
  });

  it('adds, reorders and removes listings; an unknown one is refused beside the field', async () => {
    let html = (await staff.agent.get(editor).expect(200)).text;
    const unknown = await post(`${editor}/listings/add`, {
      version: versionIn(html),
      listing: 'NO-SUCH-REF',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.text).toContain('id="sc-add-error"');
    expect(unknown.text).toContain('value="NO-SUCH-REF"');

    for (const l of listings) {
      html = (await staff.agent.get(editor)).text;
      await post(`${editor}/listings/add`, {
        version: versionIn(html),
        listing: l.referenceCode,
      }).expect(303);
    }
    html = (await staff.agent.get(editor)).text;
    const order = () => listings.map((l) => html.indexOf(l.titleEn));
    expect(order()).toEqual([...order()].sort((a, b) => a - b));

    await post(`${editor}/listings/move`, {
      version: versionIn(html),
      listing: listings[2].id,
      direction: 'up',
    }).expect(303);
    html = (await staff.agent.get(editor)).text;
    expect(html.indexOf(listings[2].titleEn)).toBeLessThan(html.indexOf(listings[1].titleEn));

    await post(`${editor}/listings/remove`, {
      version: versionIn(html),
      listing: listings[0].id,
    }).expect(303);
    html = (await staff.agent.get(editor)).text;
    expect(html).not.toContain(listings[0].titleEn);

    // A form from before someone else's change: told so, nothing lost.
    const stale = await post(`${editor}/listings/add`, {
      version: '1',
      listing: listings[0].referenceCode,
    });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Someone else changed this showcase');
  });

  it('publishes after a confirmation, and the public page, booklet and report follow', async () => {
    let html = (await staff.agent.get(editor)).text;
    const confirm = await post(`${editor}/publish`, { version: versionIn(html) }).expect(200);
    expect(confirm.text).toContain('Publish “Ophthalmology technology evening”?');
    expect((await t.http.get('/en/showcases/ophthalmology-technology-evening')).status).toBe(404);
    // Before it is public, staff can see the page as partners will, in either language.
    const preview = await staff.agent.get(`${editor}/preview?lang=ko`).expect(200);
    expect(preview.headers['cache-control']).toBe('no-store');
    expect(preview.text).toContain('<h1>안과 기술 설명회</h1>');
    expect(preview.text).toContain('직원용 미리 보기');
    expect((await t.http.get(`${editor}/preview`)).status).not.toBe(200);
    await post(`${editor}/publish`, { version: versionIn(html), confirm: 'yes' }).expect(303);
    const pub = await t.http.get('/en/showcases/ophthalmology-technology-evening').expect(200);
    expect(pub.text).toContain(listings[1].titleEn);
    expect(pub.text).not.toContain(listings[0].titleEn);

    html = (await staff.agent.get(editor)).text;
    expect(html).toContain('href="/en/showcases/ophthalmology-technology-evening/booklet.pdf"');
    expect(html).toContain('readonly'); // the address is out now

    // A partner comes through the page and asks; the editor's report shows it.
    const from = `source=showcase%3Aophthalmology-technology-evening&via=page`;
    await t.http.get(`/en/technologies/${listings[1].slug}?${from}`).expect(200);
    await t.http
      .post(`/en/technologies/${listings[1].slug}/inquiries`)
      .type('form')
      .send(
        formBody({
          ...validForm('console-showcase'),
          source: 'showcase:ophthalmology-technology-evening',
        }),
      )
      .expect(303);
    for (let i = 0; i < 50; i++) {
      html = (await staff.agent.get(editor)).text;
      if (/<dt>Listing views<\/dt><dd>1<\/dd>/.test(html)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(html).toMatch(/<dt>Page views<\/dt><dd>1<\/dd>/);
    expect(html).toMatch(/<dt>Listing views<\/dt><dd>1<\/dd>/);
    expect(html).toMatch(/<dt>Inquiries<\/dt><dd>1<\/dd>/);
    expect(html).toContain('<li>Received: 1</li>');

    // The inquiry's page in the console names where it came from.
    const inquiry = await t.db.query(`SELECT reference FROM inquiry WHERE source IS NOT NULL`);
    const detail = await staff.agent.get(`/console/inquiries/${inquiry[0].reference}`).expect(200);
    expect(detail.text).toContain('<code>showcase:ophthalmology-technology-evening</code>');
  });

  it('takes it offline and deletes it after confirmations', async () => {
    let html = (await staff.agent.get(editor)).text;
    await post(`${editor}/unpublish`, { version: versionIn(html), confirm: 'yes' }).expect(303);
    await t.http.get('/en/showcases/ophthalmology-technology-evening').expect(404);
    html = (await staff.agent.get(editor)).text;
    const confirm = await post(`${editor}/delete`, { version: versionIn(html) }).expect(200);
    expect(confirm.text).toContain('Delete “Ophthalmology technology evening”?');
    await post(`${editor}/delete`, { version: versionIn(html), confirm: 'yes' })
      .expect(303)
      .expect('Location', '/console/showcases?notice=deleted');
    await staff.agent.get(editor).expect(404);
    // The inquiry it brought stays, with its source.
    const kept = await t.db.query(`SELECT source FROM inquiry WHERE source IS NOT NULL`);
    expect(kept).toEqual([{ source: 'showcase:ophthalmology-technology-evening' }]);
  });
});
