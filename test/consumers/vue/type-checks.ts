// Compiled by scripts/consumer-check.mjs (`vue-tsc`, `tsc`), never run. Each `@ts-expect-error`
// line must be an error: an unused directive is itself one.
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

// What a template writes as attributes (strings) and what it binds (values).
export const booking: Props<'seoul-learn-booking'> = { kind: 'study', view: 'mine', headingLevel: '3' };
export const course: Props<'seoul-learn-course'> = { courseId: 'c', headingLevel: 4, completionThreshold: '0.8' };

// @ts-expect-error `bogus` is not a consultation kind
export const bogusKind: Props<'seoul-learn-booking'> = { kind: 'bogus' };
// @ts-expect-error heading levels are 2 to 6
export const badLevel: Props<'seoul-learn-progress'> = { headingLevel: '7' };
