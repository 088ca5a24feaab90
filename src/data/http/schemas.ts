/**
 * Runtime schemas of every body the Seoul Learn API sends or accepts, written with valibot.
 *
 * They mirror `../types.ts` exactly: `test/types/contract.types.ts` fails the type check when a
 * schema's output and its domain type differ, and `scripts/check-api.mjs` fails the lint when
 * `api/openapi.yaml` differs from the JSON Schema generated from these. So the TypeScript types,
 * these validators and the OpenAPI document cannot drift apart.
 *
 * Objects are not strict: a newer server may add fields, which are dropped before an element
 * sees the data. Every field an element reads is checked.
 */
import * as v from 'valibot';
import {
  BOOKING_STATUSES,
  CONSULTATION_KINDS,
  LESSON_KINDS,
  MATERIAL_TYPES,
  MEETING_MODES,
  SCHOOL_LEVELS,
  SUBJECTS,
} from '../types.js';
import {
  EARLIEST_INSTANT,
  MAX_CLOCK_AHEAD_MS,
  MAX_ID_LENGTH,
  MAX_MEDIA_SEC,
  MAX_PROGRESS_EVENTS,
  MAX_SEGMENTS_PER_EVENT,
  MAX_SEGMENTS_PER_LESSON,
  MAX_STUDY_SEC_PER_DAY,
  MAX_STUDY_SEC_PER_EVENT,
  WEEKLY_GOAL_RANGE,
} from '../limits.js';

const id = v.pipe(v.string(), v.minLength(1));
/** An ISO 8601 instant, e.g. `2026-12-03T07:30:00.000Z`. */
const instant = v.pipe(v.string(), v.isoTimestamp());

/** C0 controls, DEL and C1 controls: never part of an id. */
const CONTROL = '\\u0000-\\u001f\\u007f-\\u009f';
/**
 * An id in a request (body or path): 1 to `MAX_ID_LENGTH` characters, no control characters, and
 * something besides white space (the data sources refuse a blank one). One pattern, because a
 * JSON Schema has one `pattern`.
 */
export const SentIdSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(MAX_ID_LENGTH),
  v.regex(new RegExp(`^[^${CONTROL}]*[^\\s${CONTROL}][^${CONTROL}]*$`)),
);
const sentId = SentIdSchema;
/**
 * An instant a request states: ISO 8601 in UTC (`Z`, at most milliseconds), in the year 2020
 * (`EARLIEST_INSTANT`) or later; what any client's `Date#toISOString()` gives. That the day exists
 * and that the instant is not too far ahead of the server's clock are checked beside the schema
 * (`invalidProgressFields`), since neither is a pattern.
 */
const sentInstant = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.regex(
    /^(?:20[2-9]\d|2[1-9]\d\d|[3-9]\d{3})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?Z$/,
  ),
);
/** A time in a video as a report states it: 0 to `MAX_MEDIA_SEC` (which also keeps out Infinity). */
const mediaSeconds = v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_MEDIA_SEC));
/** A calendar day in Asia/Seoul, `YYYY-MM-DD`. */
const dateKey = v.pipe(v.string(), v.isoDate());
const seconds = v.pipe(v.number(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const list = <T extends v.GenericSchema>(item: T) => v.array(item);

export const LocalizedTextSchema = v.object({
  ko: v.string(),
  en: v.optional(v.string()),
});

export const SchoolLevelSchema = v.picklist(SCHOOL_LEVELS);
export const SubjectSchema = v.picklist(SUBJECTS);
export const ConsultationKindIdSchema = v.picklist(CONSULTATION_KINDS);
export const MeetingModeSchema = v.picklist(MEETING_MODES);

export const MediaSourceSchema = v.object({ src: v.string(), type: v.string() });

export const CaptionTrackSchema = v.object({
  src: v.string(),
  lang: v.string(),
  label: LocalizedTextSchema,
  kind: v.picklist(['captions', 'subtitles']),
  default: v.optional(v.boolean()),
});

export const TranscriptCueSchema = v.object({ start: seconds, end: seconds, text: v.string() });
export const TranscriptSchema = v.object({ lang: v.string(), cues: list(TranscriptCueSchema) });
export const MediaChapterMarkSchema = v.object({ time: seconds, title: LocalizedTextSchema });

export const MaterialSchema = v.object({
  id,
  title: LocalizedTextSchema,
  href: v.string(),
  type: v.picklist(MATERIAL_TYPES),
  sizeBytes: v.optional(count),
});

export const ExternalLectureSchema = v.object({ provider: LocalizedTextSchema, href: v.string() });

export const LessonSchema = v.object({
  id,
  title: LocalizedTextSchema,
  kind: v.picklist(LESSON_KINDS),
  durationSec: seconds,
  media: list(MediaSourceSchema),
  poster: v.optional(v.string()),
  captions: list(CaptionTrackSchema),
  signLanguage: v.optional(list(MediaSourceSchema)),
  transcripts: list(TranscriptSchema),
  chapterMarks: list(MediaChapterMarkSchema),
  materials: list(MaterialSchema),
  external: v.optional(ExternalLectureSchema),
});

export const ChapterSchema = v.object({ id, title: LocalizedTextSchema, lessons: list(LessonSchema) });

const courseSummaryEntries = {
  id,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  schoolLevel: SchoolLevelSchema,
  grades: list(v.pipe(v.number(), v.integer(), v.minValue(1))),
  subject: SubjectSchema,
  instructor: LocalizedTextSchema,
  lessonCount: count,
  totalDurationSec: seconds,
};

export const CourseSummarySchema = v.object(courseSummaryEntries);
export const CourseSchema = v.object({ ...courseSummaryEntries, chapters: list(ChapterSchema) });

export const WatchedSegmentSchema = v.tuple([seconds, seconds]);

export const LessonProgressSchema = v.object({
  learnerId: id,
  courseId: id,
  lessonId: id,
  positionSec: seconds,
  durationSec: seconds,
  watchedSegments: list(WatchedSegmentSchema),
  completed: v.boolean(),
  completedAt: v.optional(instant),
  updatedAt: instant,
});

/**
 * A progress report. `completed` is the player's hint only: the receiver decides completion from
 * the watched segments it holds (an external lecture, which no player can measure, excepted).
 */
export const ProgressUpdateSchema = v.object({
  id: sentId,
  learnerId: sentId,
  courseId: sentId,
  lessonId: sentId,
  positionSec: mediaSeconds,
  durationSec: mediaSeconds,
  watchedSegments: v.pipe(
    list(v.tuple([mediaSeconds, mediaSeconds])),
    v.maxLength(MAX_SEGMENTS_PER_EVENT),
    v.description(
      `Segments [start, end] (start ≤ end) watched since the previous report. The receiver merges them into ` +
        `the lesson's record, which keeps each within the lesson's length and at most ` +
        `${MAX_SEGMENTS_PER_LESSON} of them (the shortest are dropped past that).`,
    ),
  ),
  studySec: v.pipe(
    v.number(),
    v.minValue(0),
    v.maxValue(MAX_STUDY_SEC_PER_EVENT),
    v.description(
      `Seconds of study since the previous report. A learner's day counts at most ${MAX_STUDY_SEC_PER_DAY}.`,
    ),
  ),
  completed: v.pipe(
    v.boolean(),
    v.description(
      'A hint the receiver does not trust: it completes a video lesson once the segments it holds cover the ' +
        'threshold (90 %), whatever this says, and a completed lesson stays completed. Only an external ' +
        'lecture, which no player can measure, is completed by this flag.',
    ),
  ),
  at: v.pipe(
    sentInstant,
    v.description(
      `When the report was made, in UTC; from ${EARLIEST_INSTANT} to ${MAX_CLOCK_AHEAD_MS / 3_600_000} h ahead ` +
        `of the server's clock, on a day that exists.`,
    ),
  ),
});

export const DailyStudySchema = v.object({ date: dateKey, seconds });

export const CourseProgressSummarySchema = v.object({
  courseId: id,
  title: LocalizedTextSchema,
  completedLessons: count,
  totalLessons: count,
  nextLessonId: v.optional(id),
  lastStudiedAt: v.optional(instant),
});

export const RecentLessonSchema = v.object({
  courseId: id,
  lessonId: id,
  courseTitle: LocalizedTextSchema,
  lessonTitle: LocalizedTextSchema,
  positionSec: seconds,
  durationSec: seconds,
  completed: v.boolean(),
  at: instant,
});

export const LearnerSummarySchema = v.object({
  learnerId: id,
  courses: list(CourseProgressSummarySchema),
  dailyStudy: list(DailyStudySchema),
  weeklyGoalMinutes: count,
  recentLessons: list(RecentLessonSchema),
  generatedAt: instant,
});

export const CohortLearnerSchema = v.object({
  pseudonymousId: id,
  schoolLevel: SchoolLevelSchema,
  grade: v.pipe(v.number(), v.integer(), v.minValue(1)),
  enrolledCourseIds: list(id),
  completedLessons: count,
  totalLessons: count,
  studySecLast30Days: seconds,
  lastActiveAt: v.optional(instant),
});

export const CohortCourseSchema = v.object({
  courseId: id,
  title: LocalizedTextSchema,
  enrolled: count,
  completed: count,
});

export const CohortSummarySchema = v.object({
  region: v.string(),
  generatedAt: instant,
  learners: list(CohortLearnerSchema),
  courses: list(CohortCourseSchema),
});

export const ConsultationKindSchema = v.object({
  id: ConsultationKindIdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  durationMin: v.pipe(v.number(), v.integer(), v.minValue(1)),
  modes: list(MeetingModeSchema),
  leadTimeHours: v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 366)),
  bookingWindowDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366)),
});

export const ConsultantSchema = v.object({
  id,
  name: LocalizedTextSchema,
  kinds: list(ConsultationKindIdSchema),
  affiliation: LocalizedTextSchema,
  bio: LocalizedTextSchema,
});

export const SlotSchema = v.object({
  id,
  kind: ConsultationKindIdSchema,
  consultantId: id,
  start: instant,
  durationMin: v.pipe(v.number(), v.integer(), v.minValue(1)),
  mode: MeetingModeSchema,
  capacity: count,
  remaining: count,
  location: v.optional(LocalizedTextSchema),
});

export const PublicHolidaySchema = v.object({
  date: dateKey,
  names: v.pipe(list(LocalizedTextSchema), v.minLength(1)),
});

export const HolidayCalendarSchema = v.object({
  holidays: list(PublicHolidaySchema),
  unpublishedYears: list(v.pipe(v.number(), v.integer())),
});

export const ApplicantSchema = v.object({
  name: v.string(),
  schoolLevel: SchoolLevelSchema,
  grade: v.pipe(v.number(), v.integer()),
  phone: v.string(),
  email: v.optional(v.string()),
  guardianAttending: v.boolean(),
  guardianName: v.optional(v.string()),
  guardianPhone: v.optional(v.string()),
  question: v.optional(v.string()),
  consent: v.literal(true),
});

export const BookingSchema = v.object({
  id,
  learnerId: id,
  slotId: id,
  kind: ConsultationKindIdSchema,
  consultantId: id,
  start: instant,
  durationMin: v.pipe(v.number(), v.integer(), v.minValue(1)),
  mode: MeetingModeSchema,
  status: v.picklist(BOOKING_STATUSES),
  createdAt: instant,
  updatedAt: v.optional(instant),
  location: v.optional(LocalizedTextSchema),
  onlineUrl: v.optional(v.string()),
});

// ---- request bodies --------------------------------------------------------------------------

/** `POST /progress-events`. */
export const ProgressEventsBodySchema = v.object({
  events: v.pipe(list(ProgressUpdateSchema), v.minLength(1), v.maxLength(MAX_PROGRESS_EVENTS)),
});

/** `PUT /learners/{learnerId}/weekly-goal`. */
export const WeeklyGoalBodySchema = v.object({
  minutes: v.pipe(v.number(), v.integer(), v.minValue(WEEKLY_GOAL_RANGE.min), v.maxValue(WEEKLY_GOAL_RANGE.max)),
});

/** `POST /learners/{learnerId}/bookings`; the idempotency key travels in the `Idempotency-Key` header. */
export const CreateBookingBodySchema = v.object({ slotId: sentId, applicant: ApplicantSchema });

/** `POST /learners/{learnerId}/bookings/{bookingId}/reschedule`. */
export const RescheduleBodySchema = v.object({ slotId: sentId });

/** An RFC 9457 problem document as the Seoul Learn API sends it. */
export const ProblemSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.pipe(v.number(), v.integer()),
  detail: v.optional(v.string()),
  fields: v.optional(list(v.string())),
  slotId: v.optional(v.string()),
});

/**
 * Every named schema, in the order the OpenAPI document lists them under `components.schemas`.
 * The check script turns each into JSON Schema and compares.
 */
export const API_SCHEMAS = {
  LocalizedText: LocalizedTextSchema,
  SchoolLevel: SchoolLevelSchema,
  Subject: SubjectSchema,
  ConsultationKindId: ConsultationKindIdSchema,
  MeetingMode: MeetingModeSchema,
  MediaSource: MediaSourceSchema,
  CaptionTrack: CaptionTrackSchema,
  TranscriptCue: TranscriptCueSchema,
  Transcript: TranscriptSchema,
  MediaChapterMark: MediaChapterMarkSchema,
  Material: MaterialSchema,
  ExternalLecture: ExternalLectureSchema,
  Lesson: LessonSchema,
  Chapter: ChapterSchema,
  CourseSummary: CourseSummarySchema,
  Course: CourseSchema,
  LessonProgress: LessonProgressSchema,
  ProgressUpdate: ProgressUpdateSchema,
  DailyStudy: DailyStudySchema,
  CourseProgressSummary: CourseProgressSummarySchema,
  RecentLesson: RecentLessonSchema,
  LearnerSummary: LearnerSummarySchema,
  CohortLearner: CohortLearnerSchema,
  CohortCourse: CohortCourseSchema,
  CohortSummary: CohortSummarySchema,
  ConsultationKind: ConsultationKindSchema,
  Consultant: ConsultantSchema,
  Slot: SlotSchema,
  PublicHoliday: PublicHolidaySchema,
  HolidayCalendar: HolidayCalendarSchema,
  Applicant: ApplicantSchema,
  Booking: BookingSchema,
  ProgressEventsBody: ProgressEventsBodySchema,
  WeeklyGoalBody: WeeklyGoalBodySchema,
  CreateBookingBody: CreateBookingBodySchema,
  RescheduleBody: RescheduleBodySchema,
  Problem: ProblemSchema,
} as const;
