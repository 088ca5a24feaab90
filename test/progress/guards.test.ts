import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { Clamp, isId, isInstant, isText, records } from '../../src/progress/progress.guards.js';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('progress sanitize guards', () => {
  it('tell ids, texts and instants from anything else', () => {
    expect([isId('c1'), isId(''), isId(1), isId(undefined)]).to.deep.equal([true, false, false, false]);
    expect([isText({ ko: '수학' }), isText({ en: 'Maths' }), isText('수학'), isText(null)]).to.deep.equal([
      true,
      false,
      false,
      false,
    ]);
    expect([isInstant('2026-12-01T09:00:00+09:00'), isInstant('yesterday'), isInstant(0)]).to.deep.equal([
      true,
      false,
      false,
    ]);
  });

  it('keep only the objects of an array', () => {
    expect(records([{ a: 1 }, null, 3, 'x', [], { b: 2 }])).to.deep.equal([{ a: 1 }, [], { b: 2 }]);
    expect(records({ a: 1 })).to.deep.equal([]);
    expect(records(undefined)).to.deep.equal([]);
  });

  it('clamp numbers and count every fix', () => {
    const clamp = new Clamp();
    expect(clamp.number(5, 0, 10)).to.equal(5);
    expect(clamp.fixes).to.equal(0);
    expect(clamp.number(-1, 0)).to.equal(0);
    expect(clamp.number(Number.NaN, 1, 6)).to.equal(1);
    expect(clamp.number('3', 0)).to.equal(0);
    expect(clamp.number(12, 0, 10)).to.equal(10);
    expect(clamp.fixes).to.equal(4);
    expect(clamp.keep(true)).to.equal(true);
    expect(clamp.keep(false)).to.equal(false);
    expect(clamp.fixes).to.equal(5);
  });

  it('date a summary by its own generatedAt, else now; only an unreadable string is a fix', () => {
    const clamp = new Clamp();
    expect(clamp.generatedAt('2026-11-30T12:00:00Z', NOW)).to.equal('2026-11-30T12:00:00Z');
    expect(clamp.generatedAt(undefined, NOW)).to.equal(NOW.toISOString());
    expect(clamp.generatedAt(42, NOW)).to.equal(NOW.toISOString());
    expect(clamp.fixes).to.equal(0);
    expect(clamp.generatedAt('not a date', NOW)).to.equal(NOW.toISOString());
    expect(clamp.fixes).to.equal(1);
  });
});
