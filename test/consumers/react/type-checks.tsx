// Compiled by scripts/consumer-check.mjs (`tsc`), never run. Each `@ts-expect-error` line must be
// an error: an unused directive is itself one.
import { SeoulLearnBooking, SeoulLearnProgress, SeoulLearnProvider } from '@seoul-learn/elements/react';

export const valid = (
  <SeoulLearnProvider region="incheon" locale="en" contrast="high">
    <SeoulLearnBooking kind="study" view="mine" headingLevel={3} />
    <SeoulLearnProgress view="cohort" />
    <seoul-learn-progress view="learner" heading-level="3" course-href="/learn/{courseId}" />
  </SeoulLearnProvider>
);

export const invalid = (
  <>
    {/* @ts-expect-error `bogus` is not a consultation kind */}
    <SeoulLearnBooking kind="bogus" />
    {/* @ts-expect-error `bogus` is not a consultation kind */}
    <seoul-learn-booking kind="bogus" />
    {/* @ts-expect-error progress views are `learner` and `cohort` */}
    <SeoulLearnProgress view="mine" />
    {/* @ts-expect-error not a region */}
    <SeoulLearnProvider region="busan" />
  </>
);
