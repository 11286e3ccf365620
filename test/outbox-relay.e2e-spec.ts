import { OutboxRelay, RELAY_MAX_ATTEMPTS } from '../src/outbox/outbox-relay.service.js';
import { OutboxService } from '../src/outbox/outbox.service.js';
import { startTestApp, type TestApp } from './support/harness.js';

/**
 * The relay's retry rules against real Postgres rows. The `mail` topic has no production
 * handler yet, so this test registers one whose failures it controls.
 */
describe('outbox relay: retries, dead letters, no blocking', () => {
  let t: TestApp;
  const handled: string[][] = [];
  const poison = new Set(['bad']);

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    t.app.get(OutboxRelay).register({
      topic: 'mail',
      handle: (keys: string[]) => {
        handled.push(keys);
        const bad = keys.filter((k) => poison.has(k));
        return bad.length
          ? Promise.reject(new Error(`cannot send ${bad.join(',')}`))
          : Promise.resolve();
      },
    });
  });
  afterAll(() => t.close());

  const enqueue = (keys: string[]) =>
    t.db.transaction(async (m) => {
      for (const key of keys) await t.app.get(OutboxService).enqueue(m, 'mail', key, { n: 1 });
    });
  const state = async () =>
    Object.fromEntries(
      (
        await t.db.query(
          `SELECT aggregate_key AS key, attempts, processed_at IS NOT NULL AS done, dead_at IS NOT NULL AS dead, last_error FROM outbox WHERE topic = 'mail'`,
        )
      ).map((r: { key: string }) => [r.key, r]),
    );

  it('coalesces rows per key, lets good keys through past a failing one, and dead-letters it after the last attempt', async () => {
    await enqueue(['a', 'bad', 'b', 'a']);
    const first = await t.app.get(OutboxRelay).runOnce();
    expect(first).toEqual({ claimed: 4, done: 3, failed: 1 });
    expect(handled[0]).toEqual(['a', 'bad', 'b']); // one call for the batch, 'a' once
    let s = await state();
    expect(s.a).toMatchObject({ done: true });
    expect(s.b).toMatchObject({ done: true });
    expect(s.bad).toMatchObject({
      done: false,
      dead: false,
      attempts: 1,
      last_error: 'Error: cannot send bad',
    });

    // Not due yet: backoff holds it back.
    expect((await t.app.get(OutboxRelay).runOnce()).claimed).toBe(0);
    for (let attempt = 2; attempt <= RELAY_MAX_ATTEMPTS; attempt++) {
      await t.db.query(
        `UPDATE outbox SET available_at = now() WHERE topic = 'mail' AND dead_at IS NULL`,
      );
      await t.app.get(OutboxRelay).runOnce();
    }
    s = await state();
    expect(s.bad).toMatchObject({ done: false, dead: true, attempts: RELAY_MAX_ATTEMPTS });
    await t.db.query(`UPDATE outbox SET available_at = now() WHERE topic = 'mail'`);
    expect((await t.app.get(OutboxRelay).runOnce()).claimed).toBe(0); // dead rows stay out
  });
});
