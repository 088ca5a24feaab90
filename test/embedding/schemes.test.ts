import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SeoulLearnProgress } from '../../src/progress/progress.js';
import { REGIONS } from '../../src/themes/index.js';
import { renderBooking, root, settle, toDate } from '../booking/helpers.js';
import { renderCourse, videoReady } from '../course/helpers.js';
import { FixedSource, knownSummary, settled } from '../progress/helpers.js';

/**
 * The dark scheme of every region, in both locales (Korean in three regions, English in the other
 * three), as a screen reader and axe meet it: every element in its main states. Normal and high
 * contrast are covered by each element's own tests; high contrast wins over dark.
 */
describe('every element in the dark scheme of every region', function () {
  // Five axe runs, a video and half a booking per region: more than the default 10 s on a busy
  // machine (the first region also loads every element's lazy parts).
  this.timeout(30_000);
  REGIONS.forEach((region, index) => {
    const locale = index % 2 ? 'en' : 'ko';

    it(`${region} (${locale}): course, dashboard (learner and cohort) and booking pass axe`, async () => {
      const course = await renderCourse({ region, locale });
      course.setAttribute('scheme', 'dark');
      await videoReady(course);
      expect(getComputedStyle(course).colorScheme, 'the element says it is dark').to.contain('dark');
      await expect(course).to.be.accessible();

      for (const view of ['learner', 'cohort']) {
        const source = new FixedSource();
        source.learner = knownSummary();
        const progress = await fixture<SeoulLearnProgress>(
          html`<seoul-learn-progress
            learner-id="known"
            scheme="dark"
            region=${region}
            locale=${locale}
            view=${view}
            .dataSource=${source}
          ></seoul-learn-progress>`,
        );
        await settled(progress);
        await expect(progress).to.be.accessible();
      }

      const booking = await renderBooking({ region, locale });
      booking.setAttribute('scheme', 'dark');
      await settle(booking);
      await expect(booking).to.be.accessible();
      await toDate(booking, locale === 'ko' ? /^멘토링/ : /^Mentoring/, locale === 'ko' ? /상관없음/ : /Any available/);
      root(booking).querySelector<HTMLElement>('[data-day="2026-12-03"]')!.click();
      await settle(booking);
      await expect(booking).to.be.accessible();
    });
  });
});
