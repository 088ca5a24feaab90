import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { createEvent } from '../../src/core/events.js';

describe('createEvent', () => {
  it('bubbles out of shadow roots with frozen plain data', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('button');
    root.append(inner);
    document.body.append(host);
    const detail = { lessonId: 'l1', segments: [[0, 5]] };
    let received: CustomEvent<typeof detail> | undefined;
    document.addEventListener(
      'seoul-learn-test-happened',
      (event) => (received = event as CustomEvent<typeof detail>),
      {
        once: true,
      },
    );
    inner.dispatchEvent(createEvent('seoul-learn-test-happened', detail));
    host.remove();
    expect(received, 'the event reached the document').to.exist;
    expect(received!.detail).to.deep.equal(detail);
    expect(received!.detail).not.to.equal(detail);
    expect(Object.isFrozen(received!.detail.segments[0])).to.equal(true);
    expect(received!.cancelable).to.equal(false);
  });
});
