import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { createEvent, dispatchFromElement } from '../../src/core/events.js';

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

describe('dispatchFromElement', () => {
  function listen(): {
    heard: Array<[string, Event]>;
    stop: () => void;
    on: (target: EventTarget, name: string) => void;
  } {
    const heard: Array<[string, Event]> = [];
    const controller = new AbortController();
    return {
      heard,
      stop: () => controller.abort(),
      on: (target, name) =>
        target.addEventListener('seoul-learn-test-happened', (event) => heard.push([name, event]), {
          signal: controller.signal,
        }),
    };
  }

  it('dispatches once, on the element, while the element is in the page', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const { heard, stop, on } = listen();
    on(el, 'element');
    on(document, 'document');
    on(window, 'window');
    try {
      dispatchFromElement(el, createEvent('seoul-learn-test-happened', { n: 1 }));
    } finally {
      stop();
      el.remove();
    }
    expect(heard.map(([name]) => name)).to.deep.equal(['element', 'document', 'window']);
    expect(new Set(heard.map(([, event]) => event)).size).to.equal(1);
  });

  it('reaches the document it was removed from once an element left the page, and each listener once', () => {
    const outlet = document.createElement('section');
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    outlet.append(host);
    document.body.append(outlet);
    const { heard, stop, on } = listen();
    on(inner, 'element');
    on(host, 'removed ancestor');
    on(document, 'document');
    on(window, 'window');
    try {
      outlet.replaceChildren();
      const detail = { lessonId: 'l1' };
      expect(dispatchFromElement(inner, createEvent('seoul-learn-test-happened', detail))).to.equal(true);
    } finally {
      stop();
      outlet.remove();
    }
    expect(heard.map(([name]) => name)).to.deep.equal(['element', 'removed ancestor', 'document', 'window']);
    const [, original] = heard[0] as [string, CustomEvent];
    const [, copy] = heard[2] as [string, CustomEvent];
    expect(copy).not.to.equal(original);
    expect(copy.target).to.equal(document);
    expect(copy.detail).to.equal(original.detail);
    expect(Object.isFrozen(copy.detail)).to.equal(true);
    expect([copy.type, copy.bubbles, copy.composed, copy.cancelable]).to.deep.equal([
      original.type,
      original.bubbles,
      original.composed,
      original.cancelable,
    ]);
  });

  it('reports a cancelled event as cancelled', () => {
    const el = document.createElement('div');
    const controller = new AbortController();
    document.addEventListener('seoul-learn-test-happened', (event) => event.preventDefault(), {
      signal: controller.signal,
    });
    try {
      const event = createEvent('seoul-learn-test-happened', {}, { cancelable: true });
      expect(dispatchFromElement(el, event)).to.equal(false);
    } finally {
      controller.abort();
    }
  });
});
