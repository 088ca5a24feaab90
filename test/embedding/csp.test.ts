import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { STRICT_CSP } from './csp-policy.js';
import {
  allInShadow,
  bookThroughTheUi,
  closePages,
  eventually,
  inShadow,
  openPage,
  rendered,
  text,
} from './helpers.js';

type WatchedWindow = Window & {
  violations: { directive: string; blocked: string; source: string; sample: string }[];
  pageErrors: string[];
};

describe('a page under a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(60_000);
  afterEach(closePages);

  it('is served with the policy, and the policy is enforced', async () => {
    const response = await fetch(new URL('./pages/csp.html', import.meta.url));
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    const frame = await openPage('csp.html');
    const win = frame.contentWindow as WatchedWindow;
    // An inline style is exactly what the policy forbids: the recorder must see it.
    const probe = win.document.createElement('style');
    probe.textContent = 'body { margin: 1px }';
    win.document.head.append(probe);
    await eventually(
      () => win.violations.some((v) => v.directive === 'style-src-elem'),
      'the violation of an inline <style> to be recorded',
    );
  });

  it('renders every element, plays a lesson and books a consultation with no violation', async () => {
    const frame = await openPage('csp.html');
    const win = frame.contentWindow as WatchedWindow;
    const { course, progress, booking } = await rendered(frame).catch((error: Error) => {
      throw new Error(`${error.message}; violations: ${JSON.stringify(win.violations)}; errors: ${win.pageErrors}`);
    });
    expect(allInShadow(course, '.lesson-item').length).to.be.at.least(2);
    expect(allInShadow(progress, '[part="bar"]').length).to.be.at.least(1);
    expect(allInShadow(booking, '.choice').map(text).join(' ')).to.contain('입시컨설팅');

    const video = await inShadow<HTMLVideoElement>(course, 'video');
    expect(new URL(video.currentSrc || video.src, location.href).origin, 'media from the page origin').to.equal(
      location.origin,
    );
    (await inShadow<HTMLButtonElement>(course, '.control.mute')).click();
    await eventually(() => video.muted, 'the mute control to mute the video');
    (await inShadow<HTMLButtonElement>(course, '.control.play')).click();
    await eventually(() => video.currentTime > 0.5, 'the lesson to play for half a second');
    expect(video.paused).to.equal(false);

    const bookingId = await bookThroughTheUi(booking);
    expect(bookingId).to.not.equal('');

    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
    expect(win.violations, 'securitypolicyviolation events').to.deep.equal([]);
  });
});
