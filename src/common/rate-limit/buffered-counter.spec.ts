import { describe, it, expect } from '@jest/globals';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { BufferedCounter } from './buffered-counter.js';

// RateLimiterMemory stands in for the Postgres store here: this tests the buffering alone (the
// e2e tests run the same counter against Postgres).
const store = (points: number, seconds = 60) =>
  new RateLimiterMemory({ points, duration: seconds });

describe('BufferedCounter', () => {
  it('never lets one process past the limit, even before anything reached the store', () => {
    const counter = new BufferedCounter(store(5), 5, 60_000);
    const answers = Array.from({ length: 7 }, () => counter.consume('1.2.3.4'));
    expect(answers.map((a) => a.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(answers.map((a) => a.remaining)).toEqual([4, 3, 2, 1, 0, 0, 0]);
    expect(counter.consume('5.6.7.8').allowed).toBe(true); // per client
  });

  it('learns from the shared store what other processes counted', async () => {
    const shared = store(5);
    const a = new BufferedCounter(shared, 5, 60_000);
    const b = new BufferedCounter(shared, 5, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(a.consume('c').allowed).toBe(true);
      expect(b.consume('c').allowed).toBe(true);
    }
    await a.flush();
    await b.flush();
    expect((await shared.get('c'))?.consumedPoints).toBe(6);
    expect(b.consume('c').allowed).toBe(false); // b heard 6 of 5 from the store
    // a last heard "3 of 5" and lets one more through, until its next flush tells it the rest.
    expect(a.consume('c').allowed).toBe(true);
    await a.flush();
    expect(a.consume('c').allowed).toBe(false);
  });

  it('starts afresh when the window is over', async () => {
    const counter = new BufferedCounter(store(2, 1), 2, 1000);
    const t0 = Date.now();
    counter.consume('c', t0);
    counter.consume('c', t0);
    expect(counter.consume('c', t0).allowed).toBe(false);
    expect(counter.consume('c', t0 + 1001).allowed).toBe(true);
    await counter.stop();
  });

  it('keeps its count when the store is away, and sends it with the next flush', async () => {
    const shared = store(10);
    let away = true;
    const flaky = Object.assign(Object.create(shared) as RateLimiterMemory, {
      consume: (key: string, points: number) =>
        away ? Promise.reject(new Error('ECONNREFUSED')) : shared.consume(key, points),
    });
    const counter = new BufferedCounter(flaky, 10, 60_000);
    counter.consume('c');
    counter.consume('c');
    await counter.flush();
    away = false;
    await counter.stop();
    expect((await shared.get('c'))?.consumedPoints).toBe(2);
  });
});
