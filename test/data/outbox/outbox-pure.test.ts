import '../../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { backoffDelay } from '../../../src/data/outbox/backoff.js';
import { jsonBytes, splitByBytes } from '../../../src/data/outbox/batches.js';
import { update } from './helpers.js';

describe('outbox helpers', () => {
  it('backoff doubles from initialMs, is capped at maxMs, and jitters within the upper half', () => {
    const backoff = { initialMs: 100, maxMs: 1_000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, backoff, () => 1))).to.deep.equal([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
    expect([1, 2, 3].map((n) => backoffDelay(n, backoff, () => 0))).to.deep.equal([50, 100, 200]);
    expect(backoffDelay(2, backoff, () => 0.5)).to.equal(150);
  });

  it('splits updates in order into JSON bodies that never exceed the byte budget', () => {
    const updates = Array.from({ length: 7 }, (_, i) => update(`u${i}`, i));
    const one = jsonBytes(updates[0]);
    // Exactly two items fit: "[" + item + "," + item + "]".
    const max = 2 + one * 2 + 1;
    const batches = splitByBytes(updates, max);
    expect(batches.map((b) => b.map((u) => u.id))).to.deep.equal([['u0', 'u1'], ['u2', 'u3'], ['u4', 'u5'], ['u6']]);
    for (const batch of batches) expect(jsonBytes(batch)).to.be.at.most(max);
    expect(splitByBytes(updates, max - 1).map((b) => b.length)).to.deep.equal([1, 1, 1, 1, 1, 1, 1]);
  });

  it('counts bytes as UTF-8, not characters', () => {
    const korean = { ...update('k'), lessonId: '한국어'.repeat(100) };
    const max = jsonBytes([korean]);
    expect(max).to.be.greaterThan(JSON.stringify([korean]).length);
    expect(splitByBytes([korean, korean], max)).to.have.length(2);
  });

  it('puts an update larger than the budget alone in its own batch', () => {
    const big = { ...update('big'), lessonId: 'x'.repeat(500) };
    const batches = splitByBytes([update('a'), big, update('b')], 300);
    expect(batches.map((b) => b.map((u) => u.id))).to.deep.equal([['a'], ['big'], ['b']]);
  });
});
