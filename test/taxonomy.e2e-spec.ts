import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { OutboxRelay } from '../src/outbox/outbox-relay.js';
import {
  bearer,
  createListing,
  startTestApp,
  technologyInput,
  type TestApp,
} from './support/harness.js';

interface TreeNode {
  code: string;
  nameEn: string;
  nameKo: string;
  children?: TreeNode[];
}

describe('taxonomy: the default tree and the office’s changes to it', () => {
  let t: TestApp;
  let curator: string;
  const admin = () => t.http.post('/api/v1/admin/areas').set(bearer(curator));
  const patch = (code: string, body: object) =>
    t.http.patch(`/api/v1/admin/areas/${code}`).set(bearer(curator)).send(body);
  const retire = (code: string, body: object) =>
    t.http.post(`/api/v1/admin/areas/${code}/retire`).set(bearer(curator)).send(body);
  const publicTree = async () =>
    (await t.http.get('/api/v1/areas').expect(200)).body.items as TreeNode[];
  const search = async (q: string) =>
    (await t.http.get('/api/v1/technologies').query({ q }).expect(200)).body as {
      total: number;
      items: { id: string }[];
    };

  beforeAll(async () => {
    t = await startTestApp();
    curator = await t.keyFor('curator');
  });
  afterAll(() => t?.close());

  it('loads data/taxonomy.json into an empty install, and a restart keeps the office’s tree', async () => {
    const file = JSON.parse(await readFile('data/taxonomy.json', 'utf8')) as { areas: TreeNode[] };
    const codes = (nodes: TreeNode[]) =>
      nodes.flatMap((n) => [n.code, ...(n.children ?? []).map((c) => c.code)]);
    expect(codes(await publicTree())).toEqual(codes(file.areas));

    const first = file.areas[0].code;
    const { body } = await t.http.get(`/api/v1/admin/areas/${first}`).set(bearer(curator));
    await patch(first, { nameEn: 'Renamed before restart', version: body.version }).expect(200);
    const again = await startTestApp({}, { databaseUrl: t.config.databaseUrl });
    try {
      const tree = await again.http.get('/api/v1/areas').expect(200);
      expect(codes(tree.body.items)).toEqual(codes(file.areas)); // nothing added twice
      expect(tree.body.items[0].nameEn).toBe('Renamed before restart');
    } finally {
      await again.close();
    }
  });

  it('creates level-1 and level-2 areas with validated codes', async () => {
    const root = await admin()
      .send({ code: 'research-tools', nameKo: '연구 도구', nameEn: 'Research tools' })
      .expect(201);
    expect(root.headers.etag).toBe('"1"');
    expect(root.body).toMatchObject({ code: 'research-tools', parentCode: null, version: 1 });
    const child = await admin()
      .send({
        code: 'research-tools.animal-models',
        parentCode: 'research-tools',
        nameKo: '동물 모델',
        nameEn: 'Animal models',
        position: 0,
      })
      .expect(201);
    expect(child.body).toMatchObject({ position: 0, listings: 0 });
    const node = (await publicTree()).find((n) => n.code === 'research-tools');
    expect(node?.children?.map((c) => c.code)).toEqual(['research-tools.animal-models']);

    const bad = await admin().send({ code: 'Research Tools', nameKo: '가', nameEn: 'A' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('code');
    const wrongPrefix = await admin().send({
      code: 'diagnostics.reagents',
      parentCode: 'research-tools',
      nameKo: '시약',
      nameEn: 'Reagents',
    });
    expect(wrongPrefix.status).toBe(400);
    const noParent = await admin().send({
      code: 'nowhere.x',
      parentCode: 'nowhere',
      nameKo: '가',
      nameEn: 'A',
    });
    expect(noParent.status).toBe(422);
    expect(noParent.body.code).toBe('area.invalid_parent');
    const dup = await admin().send({ code: 'research-tools', nameKo: '가', nameEn: 'A' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('area.duplicate_code');
    expect(dup.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('lets integrators and anonymous callers change nothing', async () => {
    const integrator = await t.keyFor('integrator');
    await t.http
      .post('/api/v1/admin/areas')
      .set(bearer(integrator))
      .send({ code: 'nope', nameKo: '가', nameEn: 'A' })
      .expect(403);
    await t.http.post('/api/v1/admin/areas').send({ code: 'nope' }).expect(401);
  });

  it('renames an area: public search by the new name finds its listings', async () => {
    await admin().send({ code: 'imaging', nameKo: '영상', nameEn: 'Imaging' }).expect(201);
    const area = await admin()
      .send({ code: 'imaging.optical', parentCode: 'imaging', nameKo: '광학', nameEn: 'Optical' })
      .expect(201);
    const listing = await createListing(t, curator, { areaCodes: ['imaging.optical'] });
    await t.app.get(OutboxRelay).drain();
    expect((await search('Quasarlumen')).total).toBe(0);

    const renamed = await patch('imaging.optical', {
      nameEn: 'Quasarlumen photonics',
      nameKo: '퀘이사루멘 광학',
      version: area.body.version,
    }).expect(200);
    expect(renamed.body.version).toBe(area.body.version + 1);
    await t.app.get(OutboxRelay).drain();
    expect((await search('Quasarlumen')).items.map((i) => i.id)).toEqual([listing.id]);
    expect((await search('퀘이사루멘')).items.map((i) => i.id)).toEqual([listing.id]);

    // A level-1 name is part of its children's listings too.
    const root = await t.http.get('/api/v1/admin/areas/imaging').set(bearer(curator));
    await patch('imaging', { nameEn: 'Zephyrscope imaging', version: root.body.version }).expect(
      200,
    );
    await t.app.get(OutboxRelay).drain();
    expect((await search('Zephyrscope')).items.map((i) => i.id)).toEqual([listing.id]);

    // Stale and missing versions change nothing.
    const stale = await patch('imaging.optical', { nameEn: 'Other', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'area.version_conflict', currentVersion: 2 });
    const missing = await patch('imaging.optical', { nameEn: 'Other' }).expect(400);
    expect(missing.body.code).toBe('area.version_required');
    await t.http
      .patch('/api/v1/admin/areas/imaging.optical')
      .set(bearer(curator))
      .set('If-Match', '"2"')
      .send({ nameEn: 'Quasarlumen optics' })
      .expect(200);
    await t.http
      .patch('/api/v1/admin/areas/no-such-area')
      .set(bearer(curator))
      .send({ version: 1 })
      .expect(404);
  });

  it('reorders siblings and moves a level-2 area under another parent', async () => {
    const tree = await publicTree();
    const parent = tree.find((n) => n.code === 'diagnostics')!;
    const last = parent.children!.at(-1)!.code;
    const { body } = await t.http.get(`/api/v1/admin/areas/${last}`).set(bearer(curator));
    await patch(last, { position: 0, version: body.version }).expect(200);
    const reordered = (await publicTree()).find((n) => n.code === 'diagnostics')!;
    expect(reordered.children!.map((c) => c.code)).toEqual([
      last,
      ...parent.children!.slice(0, -1).map((c) => c.code),
    ]);

    await admin().send({ code: 'lab', nameKo: '실험실', nameEn: 'Lab' }).expect(201);
    const listing = await createListing(t, curator, { areaCodes: [last] });
    const current = await t.http.get(`/api/v1/admin/areas/${last}`).set(bearer(curator));
    const moved = await patch(last, { parentCode: 'lab', version: current.body.version }).expect(
      200,
    );
    expect(moved.body).toMatchObject({ code: last, parentCode: 'lab' });
    const after = await publicTree();
    expect(after.find((n) => n.code === 'lab')!.children!.map((c) => c.code)).toEqual([last]);
    expect(after.find((n) => n.code === 'diagnostics')!.children!.map((c) => c.code)).not.toContain(
      last,
    );
    await t.app.get(OutboxRelay).drain();
    const inLab = await t.http.get('/api/v1/technologies').query({ area: 'lab' }).expect(200);
    expect(inLab.body.items.map((i: { id: string }) => i.id)).toContain(listing.id);

    const upward = await patch('lab', { parentCode: 'diagnostics', version: 1 }).expect(422);
    expect(upward.body.code).toBe('area.invalid_parent');
  });

  describe('retires an area only with a target for its listings, moved in one step', () => {
    let version: number;
    let a: { id: string };
    let b: { id: string };
    let listingVersion: number;
    const areasOf = async (id: string) =>
      (await t.http.get(`/api/v1/admin/technologies/${id}`).set(bearer(curator))).body as {
        version: number;
        areas: { code: string }[];
      };

    // A level-1 area with two children; a published listing and a draft in the first child.
    beforeAll(async () => {
      await admin().send({ code: 'devices2', nameKo: '기기', nameEn: 'Devices two' }).expect(201);
      const from = await admin()
        .send({ code: 'devices2.old', parentCode: 'devices2', nameKo: '옛', nameEn: 'Old' })
        .expect(201);
      version = from.body.version;
      await admin()
        .send({ code: 'devices2.new', parentCode: 'devices2', nameKo: '새', nameEn: 'New' })
        .expect(201);
      a = await createListing(t, curator, { areaCodes: ['devices2.old'] });
      b = await createListing(t, curator, { areaCodes: ['devices2.old'] }, false);
      listingVersion = (await areasOf(a.id)).version;
    });

    it('refuses without a target (naming the count), with children, or onto itself', async () => {
      const refused = await retire('devices2.old', { version }).expect(409);
      expect(refused.body).toMatchObject({ code: 'area.has_listings', listings: 2 });
      expect(refused.body.detail).toContain('2 listings');
      const parent = await retire('devices2', { version: 1 }).expect(409);
      expect(parent.body.code).toBe('area.has_children');
      const self = await retire('devices2.old', { version, moveListingsTo: 'devices2.old' });
      expect(self.status).toBe(422);
      expect(self.body.code).toBe('area.invalid_target');
      expect((await areasOf(a.id)).areas.map((x) => x.code)).toEqual(['devices2.old']);
    });

    it('moves every listing to the target as a change to each, and hides the area', async () => {
      const done = await retire('devices2.old', { version, moveListingsTo: 'devices2.new' });
      expect(done.status).toBe(200);
      expect(done.body.retiredAt).not.toBeNull();
      version = done.body.version;
      for (const id of [a.id, b.id])
        expect((await areasOf(id)).areas.map((x) => x.code)).toEqual(['devices2.new']);
      expect((await areasOf(a.id)).version).toBe(listingVersion + 1);
      const node = (await publicTree()).find((n) => n.code === 'devices2')!;
      expect(node.children!.map((c) => c.code)).toEqual(['devices2.new']);
      const adminTree = await t.http.get('/api/v1/admin/areas').set(bearer(curator)).expect(200);
      const retired = adminTree.body.items
        .find((n: TreeNode) => n.code === 'devices2')
        .children.find((c: TreeNode) => c.code === 'devices2.old');
      expect(retired.retiredAt).not.toBeNull();
      await t.app.get(OutboxRelay).drain();
      const inNew = await t.http.get('/api/v1/technologies').query({ area: 'devices2.new' });
      expect(inNew.body.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    });

    it('takes no new listings and no changes once retired', async () => {
      const create = await t.http
        .post('/api/v1/admin/technologies')
        .set(bearer(curator))
        .send(technologyInput({ areaCodes: ['devices2.old'] }));
      expect(create.status).toBe(422);
      expect(create.body.code).toBe('technology.unknown_area');
      const change = await patch('devices2.old', { nameEn: 'x', version }).expect(409);
      expect(change.body.code).toBe('area.retired');
    });
  });
});
