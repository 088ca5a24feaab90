// Type test, never run: `tsc` must accept every line here and reject each `@ts-expect-error`
// line (an unused directive is itself an error). It checks the React wrappers
// (`@seoul-learn/elements/react`) and the JSX and Vue declarations that
// scripts/framework-types.mjs generates into node_modules/.cache/seoul-learn-framework-types/.
import type {} from '../../node_modules/.cache/seoul-learn-framework-types/jsx.js';
import type {} from '../../node_modules/.cache/seoul-learn-framework-types/vue.js';
import type { GlobalComponents } from 'vue';
import type { CohortExportedDetail, LessonCompletedDetail, SlotSelectedDetail } from '../../src/index.js';
import { SeoulLearnBooking, SeoulLearnCourse, SeoulLearnProgress, SeoulLearnProvider } from '../../src/react/index.js';

const completed = (event: CustomEvent<LessonCompletedDetail>): string => event.detail.lessonId;

export const wrappers = (
  <SeoulLearnProvider locale="en" learnerId="learner-1" dataSource={undefined}>
    <SeoulLearnCourse courseId="mid-english-grammar" completionThreshold={0.8} onLessonCompleted={completed} />
    <SeoulLearnProgress onContinueRequested={(event) => event.detail.courseId.toUpperCase()} />
    <SeoulLearnBooking onSlotSelected={(event) => event.detail.durationMin.toFixed()} />
  </SeoulLearnProvider>
);

export const wrongDetail = (
  <>
    {/* @ts-expect-error a handler for another event's detail */}
    <SeoulLearnCourse onLessonCompleted={(event: CustomEvent<CohortExportedDetail>) => event} />
    {/* @ts-expect-error the continue-requested detail has no `rows` */}
    <SeoulLearnProgress onContinueRequested={(event) => event.detail.rows} />
    <SeoulLearnBooking
      // @ts-expect-error a slot-selected handler cannot take a lesson-completed detail
      onSlotSelected={(event: CustomEvent<LessonCompletedDetail>) => event.detail.progress}
    />
  </>
);

export const wrongProps = (
  <>
    {/* @ts-expect-error courseId is a string */}
    <SeoulLearnCourse courseId={42} />
    {/* @ts-expect-error completionThreshold is a number */}
    <SeoulLearnCourse completionThreshold="most" />
    {/* @ts-expect-error no such event prop */}
    <SeoulLearnBooking onLessonCompleted={completed} />
    {/* @ts-expect-error not a consultation kind */}
    <SeoulLearnBooking kind="bogus" />
    {/* @ts-expect-error booking views are book and mine */}
    <SeoulLearnBooking view="cohort" />
    {/* @ts-expect-error heading levels are 2 to 6 */}
    <SeoulLearnProgress headingLevel={7} />
    {/* @ts-expect-error not a region */}
    <SeoulLearnProvider region="busan" />
  </>
);

const slot = (event: CustomEvent<SlotSelectedDetail>): string => event.detail.slotId;

export const intrinsic = (
  <seoul-learn-provider region="chungbuk" locale="en" contrast="high" learner-id="learner-1">
    <seoul-learn-course course-id="mid-english-grammar" shortcuts="off" autoplay-next class="wide" />
    <seoul-learn-progress view="cohort" course-href="/learn/{courseId}" />
    <seoul-learn-booking kind="mentoring" heading-level={3} view="mine" onseoul-learn-slot-selected={slot} />
  </seoul-learn-provider>
);

export const invalidIntrinsic = (
  <>
    {/* @ts-expect-error not a region */}
    <seoul-learn-provider region="busan" />
    {/* @ts-expect-error not a locale */}
    <seoul-learn-course locale="ja" />
    {/* @ts-expect-error booking views are book and mine */}
    <seoul-learn-booking view="cohort" />
    {/* @ts-expect-error progress views are learner and cohort */}
    <seoul-learn-progress view="mine" />
    {/* @ts-expect-error heading levels are 2 to 6 */}
    <seoul-learn-booking heading-level={7} />
    {/* @ts-expect-error a handler for another event's detail */}
    <seoul-learn-booking onseoul-learn-slot-selected={completed} />
    {/* @ts-expect-error unknown element property */}
    <seoul-learn-course courseIdentifier="x" />
  </>
);

type CourseVueProps = InstanceType<GlobalComponents['seoul-learn-course']>['$props'];
export const vueProps: CourseVueProps = { courseId: 'c', locale: 'en', onSeoulLearnLessonCompleted: completed };
// A template that writes the attribute passes a string: `heading-level="3"`, `completion-threshold="0.8"`.
export const vueAttributes: CourseVueProps = { headingLevel: '3', completionThreshold: '0.8', shortcuts: 'off' };
// @ts-expect-error not a locale
export const vueBadLocale: CourseVueProps = { locale: 'ja' };
// @ts-expect-error heading levels are 2 to 6
export const vueBadLevel: CourseVueProps = { headingLevel: '7' };
// @ts-expect-error a handler for another event's detail
export const vueBadHandler: CourseVueProps = { onSeoulLearnLessonCompleted: slot };
