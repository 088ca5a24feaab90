import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { defineMessages, isLocale, localize, pick } from '../../src/core/i18n.js';

describe('i18n', () => {
  const messages = defineMessages({
    ko: { retry: '다시 시도', lessons: (n: number) => `${n}개 강의` },
    en: { retry: 'Try again', lessons: (n: number) => `${n} lessons` },
  });

  it('returns the catalogue of the asked locale', () => {
    expect(messages('ko').retry).to.equal('다시 시도');
    expect(messages('en').lessons(3)).to.equal('3 lessons');
    expect(messages('ko').lessons(3)).to.equal('3개 강의');
  });

  it('recognises only supported locales', () => {
    expect(isLocale('ko')).to.equal(true);
    expect(isLocale('en')).to.equal(true);
    expect(isLocale('ja')).to.equal(false);
    expect(isLocale(undefined)).to.equal(false);
  });

  it('falls back to Korean content and says so through lang', () => {
    expect(localize({ ko: '분수', en: 'Fractions' }, 'en')).to.deep.equal({ value: 'Fractions', lang: 'en' });
    expect(localize({ ko: '분수' }, 'en')).to.deep.equal({ value: '분수', lang: 'ko' });
    expect(pick({ ko: '분수', en: 'Fractions' }, 'ko')).to.equal('분수');
  });
});
