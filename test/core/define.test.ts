import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { defineOnce } from '../../src/core/define.js';
import { captureWarnings } from '../helpers/warnings.js';

describe('defineOnce', () => {
  it('defines a free tag and returns true', () => {
    class First extends HTMLElement {}
    expect(defineOnce('sl-test-define-a', First)).to.equal(true);
    expect(customElements.get('sl-test-define-a')).to.equal(First);
  });

  it('keeps the first definition and warns once instead of throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      defineOnce('sl-test-define-b', First);
      expect(() => defineOnce('sl-test-define-b', Second)).not.to.throw();
      defineOnce('sl-test-define-b', Second);
    } finally {
      warnings.restore();
    }
    expect(customElements.get('sl-test-define-b')).to.equal(First);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<sl-test-define-b> is already defined');
  });

  it('says nothing when the same class is defined again', () => {
    class Same extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      defineOnce('sl-test-define-c', Same);
      expect(defineOnce('sl-test-define-c', Same)).to.equal(false);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('lets a host define a class under its own tag name', async () => {
    const { SeoulLearnProvider } = await import('../../src/provider/provider.js');
    class TaebaekProvider extends SeoulLearnProvider {}
    expect(defineOnce('taebaek-provider', TaebaekProvider)).to.equal(true);
    const el = document.createElement('taebaek-provider');
    expect(el).to.be.instanceOf(SeoulLearnProvider);
  });
});
