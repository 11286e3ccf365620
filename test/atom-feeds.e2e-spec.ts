import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import { createListing, startTestApp, type TestApp } from './support/harness.js';

interface AtomLink {
  '@_rel'?: string;
  '@_href': string;
  '@_type'?: string;
}
/** An Atom text construct as parsed: a string, or its text beside its type attribute. */
type AtomText = string | { '#text': string; '@_type'?: string };
const textOf = (v: AtomText) => (typeof v === 'string' ? v : v['#text']);
/** What a reader shows for a type="html" text: the HTML's text. */
const shown = (v: AtomText) =>
  textOf(v).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface AtomEntry {
  id: string;
  title: AtomText;
  updated: string;
  published?: string;
  link: AtomLink | AtomLink[];
  summary?: string;
}
interface AtomFeed {
  id: string;
  title: AtomText;
  updated: string;
  author: { name: string };
  link: AtomLink | AtomLink[];
  entry?: AtomEntry | AtomEntry[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const list = <T>(v: T | T[] | undefined): T[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** The feed parsed, after checking it is well-formed XML in the Atom namespace. */
function parseAtom(xml: string): AtomFeed {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    feed: AtomFeed & { '@_xmlns': string };
  };
  expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  return doc.feed;
}

/** What RFC 4287 requires of a feed and of each entry. */
function expectValidAtom(feed: AtomFeed) {
  expect(feed.id).toMatch(/^https?:\/\//);
  expect(feed.title).toBeTruthy();
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.author.name).toBeTruthy();
  expect(list(feed.link).some((l) => l['@_rel'] === 'self')).toBe(true);
  const ids = new Set<string>();
  for (const entry of list(feed.entry)) {
    expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(ids.has(entry.id)).toBe(false);
    ids.add(entry.id);
    expect(entry.title).toBeTruthy();
    expect(entry.updated).toMatch(RFC3339);
    expect(list(entry.link)[0]['@_href']).toMatch(/\/technologies\/[a-z0-9-]+$/);
  }
}

describe('Atom feeds of the catalog and of any search', () => {
  let t: TestApp;
  let curator: string;
  const word = `feedword${Date.now().toString(36)}`;

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
    await createListing(t, curator, {
      titleEn: `First ${word} glaucoma implant: R&D <shunt>`,
      areaCodes: ['medical-devices.implants'],
    });
    await createListing(t, curator, { titleEn: `Unrelated sepsis assay ${Date.now()}` });
    await t.app.get(OutboxRelay).drain();
  }, 60_000);
  afterAll(() => t.close());

  it('serves the whole catalog as valid Atom, newest first', async () => {
    const res = await t.http.get('/en/technologies.atom').expect(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseAtom(res.text);
    expectValidAtom(feed);
    expect(feed.id).toBe(`${t.config.baseUrl}/en/technologies.atom`);
    const entries = list(feed.entry);
    expect(entries.length).toBe(2);
    const updated = entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    const ko = parseAtom((await t.http.get('/ko/technologies.atom').expect(200)).text);
    expect(shown(list(ko.entry)[0].title)).toMatch(/시험용/);
  });

  it('follows a search: the same words and filters, and it changes when a match is published', async () => {
    const path = `/en/technologies.atom?q=${word}&area=medical-devices`;
    const before = parseAtom((await t.http.get(path).expect(200)).text);
    expectValidAtom(before);
    expect(list(before.entry).map((e) => shown(e.title))).toEqual([
      `First ${word} glaucoma implant: R&D <shunt>`,
    ]);

    const second = await createListing(t, curator, {
      titleEn: `Second ${word} glaucoma drainage device`,
      areaCodes: ['medical-devices.implants'],
    });
    await createListing(t, curator, { titleEn: `Third ${word} but a diagnostic` }); // other area
    await t.app.get(OutboxRelay).drain();
    const after = parseAtom((await t.http.get(path).expect(200)).text);
    expectValidAtom(after);
    expect(after.id).toBe(before.id);
    expect(list(after.entry).map((e) => e.id)).toEqual([
      `urn:uuid:${second.id}`,
      list(before.entry)[0].id,
    ]);
    expect(after.updated > before.updated).toBe(true);
  });

  it('is announced on the results and home pages, and refuses bad parameters like the page', async () => {
    const page = await t.http.get(`/en/technologies?q=${word}&sort=newest&page=1`).expect(200);
    expect(page.text).toContain(
      `<link rel="alternate" type="application/atom+xml" href="${t.config.baseUrl}/en/technologies.atom?q=${word}"`,
    );
    const home = await t.http.get('/ko').expect(200);
    expect(home.text).toContain(
      `type="application/atom+xml" href="${t.config.baseUrl}/ko/technologies.atom"`,
    );
    await t.http.get('/en/technologies.atom?trlMin=ten').expect(400);
    // Tracking parameters are ignored, as on the page.
    await t.http.get('/en/technologies.atom?utm_source=newsletter').expect(200);
  });
});
