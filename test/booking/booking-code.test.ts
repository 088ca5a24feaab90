import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { bookingCode } from '../../src/booking/booking-code.js';

describe('bookingCode', () => {
  it('turns the same id into the same code, SL- and six letters or digits in two groups', () => {
    const id = '5f1c9a0e7b2d4c6a8e0f1a2b';
    expect(bookingCode(id)).to.equal(bookingCode(id));
    expect(bookingCode(id)).to.match(/^SL-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  });

  it('gives different ids different codes', () => {
    const codes = new Set(Array.from({ length: 2000 }, (_, i) => bookingCode(`booking-${i}`)));
    expect(codes.size).to.equal(2000);
    expect(bookingCode('a')).not.to.equal(bookingCode('b'));
  });

  it('uses no letter that reads like a digit or a word in either language (no I, L, O, U)', () => {
    const all = Array.from({ length: 500 }, (_, i) => bookingCode(`id-${i}`).slice(3)).join('');
    expect(all).to.match(/^[0-9A-HJKMNP-TV-Z-]+$/);
  });

  it('is known for a known id, so codes given to learners never change', () => {
    expect(bookingCode('')).to.match(/^SL-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(bookingCode('000000000000000000000000')).to.equal(bookingCode('000000000000000000000000'));
  });
});
