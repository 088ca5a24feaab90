import { expect } from '@open-wc/testing';
describe('smoke', () => {
  it('runs outside Seoul', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
  });
});
