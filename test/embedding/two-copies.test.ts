import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { allInShadow, closePages, element, eventually, inShadow, openPage, rendered, text } from './helpers.js';

const TAGS = {
  'seoul-learn-provider': 'SeoulLearnProvider',
  'seoul-learn-course': 'SeoulLearnCourse',
  'seoul-learn-progress': 'SeoulLearnProgress',
  'seoul-learn-booking': 'SeoulLearnBooking',
} as const;

type Copy = Record<(typeof TAGS)[keyof typeof TAGS], CustomElementConstructor>;
type PageWindow = Window & {
  copies?: { cdn: Copy; second: Copy };
  consoleLog: { level: string; message: string }[];
  pageErrors: string[];
};

/** Both copies, once the page's module has loaded them; fails with the page's errors if it could not. */
function loaded(win: PageWindow): Promise<{ cdn: Copy; second: Copy }> {
  return eventually(() => win.copies, 'both copies to load').catch((error: Error) => {
    throw new Error(`${error.message}; page errors: ${JSON.stringify(win.pageErrors)}`);
  });
}

describe('two copies of the library on one page', function () {
  this.timeout(60_000);
  afterEach(closePages);

  it('the second copy warns once per tag, keeps the first definitions, and everything works', async () => {
    const frame = await openPage('two-copies.html');
    const win = frame.contentWindow as PageWindow;
    const copies = await loaded(win);
    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);

    for (const [tag, name] of Object.entries(TAGS)) {
      expect(copies.cdn[name], `the CDN module exports ${name}`).to.be.a('function');
      expect(copies.second[name], `the second copy exports ${name}`).to.be.a('function');
      expect(copies.second[name]).to.not.equal(copies.cdn[name]);
      expect(win.customElements.get(tag) === copies.cdn[name], `<${tag}> is the first copy's`).to.equal(true);
    }

    const { course, progress, booking } = await rendered(frame);
    // The provider is the CDN copy's; its locale reaches every element.
    expect(course.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect(allInShadow(progress, '[part="bar"]').length).to.be.at.least(1);
    expect(allInShadow(booking, '.choice').map(text).join(' | ')).to.contain('Mentoring');

    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
    expect(win.consoleLog, 'console warnings and errors').to.deep.equal(
      Object.keys(TAGS).map((tag) => ({
        level: 'warn',
        message: `[seoul-learn] <${tag}> is already defined by another copy of the library; keeping the first definition.`,
      })),
    );
  });

  it("a host defines the second copy's class under its own tag, and it works inside the first copy's provider", async () => {
    const frame = await openPage('two-copies.html');
    const win = frame.contentWindow as PageWindow;
    const copies = await loaded(win);
    expect(win.customElements.get('taebaek-course') === copies.second.SeoulLearnCourse).to.equal(true);

    const course = await element(frame, 'taebaek-course');
    expect(course).to.be.instanceOf(copies.second.SeoulLearnCourse);
    await inShadow(course, '.lesson-item');
    expect(course.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), "the provider's locale").to.equal(
      'en',
    );
    const video = await inShadow<HTMLVideoElement>(course, 'video');
    (await inShadow<HTMLButtonElement>(course, '.control.mute')).click();
    await eventually(() => video.muted, 'the mute control to mute the video');
    (await inShadow<HTMLButtonElement>(course, '.control.play')).click();
    await eventually(() => video.currentTime > 0.5, 'the lesson to play');
    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
  });
});
