/**
 * Type-level drift check between the domain types (`src/data/types.ts`) and the runtime schemas
 * that validate API bodies (`src/data/http/schemas.ts`). Nothing here runs: `npm run typecheck`
 * fails when a schema's output and its domain type are not the same type.
 */
import type * as v from 'valibot';
import type * as schemas from '../../src/data/http/schemas.js';
import type * as domain from '../../src/data/types.js';

/** Removes `readonly` at every depth and flattens intersections, so only the shape is compared. */
type Plain<T> = T extends readonly [infer A, infer B]
  ? [Plain<A>, Plain<B>]
  : T extends readonly (infer Item)[]
    ? Plain<Item>[]
    : T extends object
      ? { -readonly [K in keyof T]: Plain<T[K]> }
      : T;

type Same<A, B> = (<T>() => T extends Plain<A> ? 1 : 2) extends <T>() => T extends Plain<B> ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;

export type ContractChecks = [
  Assert<Same<Out<typeof schemas.LocalizedTextSchema>, domain.LocalizedText>>,
  Assert<Same<Out<typeof schemas.MediaSourceSchema>, domain.MediaSource>>,
  Assert<Same<Out<typeof schemas.CaptionTrackSchema>, domain.CaptionTrack>>,
  Assert<Same<Out<typeof schemas.TranscriptSchema>, domain.Transcript>>,
  Assert<Same<Out<typeof schemas.MediaChapterMarkSchema>, domain.MediaChapterMark>>,
  Assert<Same<Out<typeof schemas.MaterialSchema>, domain.Material>>,
  Assert<Same<Out<typeof schemas.ExternalLectureSchema>, domain.ExternalLecture>>,
  Assert<Same<Out<typeof schemas.LessonSchema>, domain.Lesson>>,
  Assert<Same<Out<typeof schemas.ChapterSchema>, domain.Chapter>>,
  Assert<Same<Out<typeof schemas.CourseSummarySchema>, domain.CourseSummary>>,
  Assert<Same<Out<typeof schemas.CourseSchema>, domain.Course>>,
  Assert<Same<Out<typeof schemas.LessonProgressSchema>, domain.LessonProgress>>,
  Assert<Same<Out<typeof schemas.ProgressUpdateSchema>, domain.ProgressUpdate>>,
  Assert<Same<Out<typeof schemas.DailyStudySchema>, domain.DailyStudy>>,
  Assert<Same<Out<typeof schemas.CourseProgressSummarySchema>, domain.CourseProgressSummary>>,
  Assert<Same<Out<typeof schemas.RecentLessonSchema>, domain.RecentLesson>>,
  Assert<Same<Out<typeof schemas.LearnerSummarySchema>, domain.LearnerSummary>>,
  Assert<Same<Out<typeof schemas.CohortLearnerSchema>, domain.CohortLearner>>,
  Assert<Same<Out<typeof schemas.CohortCourseSchema>, domain.CohortCourse>>,
  Assert<Same<Out<typeof schemas.CohortSummarySchema>, domain.CohortSummary>>,
  Assert<Same<Out<typeof schemas.ConsultationKindSchema>, domain.ConsultationKind>>,
  Assert<Same<Out<typeof schemas.ConsultantSchema>, domain.Consultant>>,
  Assert<Same<Out<typeof schemas.SlotSchema>, domain.Slot>>,
  Assert<Same<Out<typeof schemas.PublicHolidaySchema>, domain.PublicHoliday>>,
  Assert<Same<Out<typeof schemas.HolidayCalendarSchema>, domain.HolidayCalendar>>,
  Assert<Same<Out<typeof schemas.ApplicantSchema>, domain.Applicant>>,
  Assert<Same<Out<typeof schemas.BookingSchema>, domain.Booking>>,
  Assert<
    Same<Out<typeof schemas.CreateBookingBodySchema>, Omit<domain.BookingRequest, 'learnerId' | 'idempotencyKey'>>
  >,
];
