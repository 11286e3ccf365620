import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { OutboxRejection, OutboxRelay, RELAY_MAX_ATTEMPTS } from '../src/outbox/outbox-relay.js';
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
  let unreachable = false;

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    t.app.get(OutboxRelay).register({
      topic: 'mail',
      handle: (keys: string[]) => {
        handled.push(keys);
        if (unreachable) return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:25'));
        const bad = keys.filter((k) => poison.has(k));
        return bad.length
          ? Promise.reject(new OutboxRejection(`cannot send ${bad.join(',')}`))
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
      last_error: 'OutboxRejection: cannot send bad',
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

  it('retries rows without limit while the receiver is unreachable, in one call per pass, and never dead-letters them', async () => {
    await t.db.query(`DELETE FROM outbox WHERE topic = 'mail'`);
    handled.length = 0;
    unreachable = true;
    try {
      await enqueue(['u1', 'u2', 'u3']);
      for (let pass = 0; pass < RELAY_MAX_ATTEMPTS + 4; pass++) {
        expect(await t.app.get(OutboxRelay).runOnce()).toEqual({ claimed: 3, done: 0, failed: 3 });
      }
      // Not split into halves and single keys: the receiver is away for all of them alike.
      expect(handled.every((keys) => keys.length === 3)).toBe(true);
      const s = await state();
      for (const key of ['u1', 'u2', 'u3']) {
        expect(s[key]).toMatchObject({ done: false, dead: false, attempts: 0 });
      }
      expect(t.app.get(OutboxRelay).transientFailures('mail')).toBeGreaterThan(0);
    } finally {
      unreachable = false;
    }
    await t.app.get(OutboxRelay).runOnce();
    const s = await state();
    expect(['u1', 'u2', 'u3'].every((key) => s[key].done)).toBe(true);
    expect(t.app.get(OutboxRelay).transientFailures('mail')).toBe(0);
  });
});
