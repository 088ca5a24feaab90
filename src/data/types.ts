/**
 * The Seoul Learn domain model and the `DataSource` interface that every element talks to. All instants
 * are ISO 8601 strings in UTC (`2026-12-03T07:30:00.000Z`); calendar days are `YYYY-MM-DD` strings meaning
 * a day in Asia/Seoul. Durations are seconds unless the name says otherwise. Everything here is plain data
 * so it can cross a network, IndexedDB or an event.
 */

/** A text offered in Korean and, where a translation exists, English. */
export interface LocalizedText {
  readonly ko: string;
  readonly en?: string;
}

export const SCHOOL_LEVELS = ['elementary', 'middle', 'high'] as const;
/** 초등 / 중등 / 고등. */
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const SUBJECTS = ['korean', 'math', 'english', 'science', 'social', 'history', 'coding', 'career'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** One encoding of a video. `type` is a MIME type; HLS is `application/vnd.apple.mpegurl`. */
export interface MediaSource {
  readonly src: string;
  readonly type: string;
}

/** A WebVTT caption or subtitle file. */
export interface CaptionTrack {
  readonly src: string;
  /** BCP 47 language tag, e.g. `ko`, `en`. */
  readonly lang: string;
  readonly label: LocalizedText;
  readonly kind: 'captions' | 'subtitles';
  readonly default?: boolean;
}

/** One line of a lesson transcript, timed against the lesson video. */
export interface TranscriptCue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Transcript {
  readonly lang: string;
  readonly cues: readonly TranscriptCue[];
}

/** A named point inside a lesson video, shown as a mark on the seek bar. */
export interface MediaChapterMark {
  readonly time: number;
  readonly title: LocalizedText;
}

export const MATERIAL_TYPES = ['pdf', 'worksheet', 'slides', 'link'] as const;
export type MaterialType = (typeof MATERIAL_TYPES)[number];

/** A downloadable or linked lesson material (worksheet, slides …). */
export interface Material {
  readonly id: string;
  readonly title: LocalizedText;
  readonly href: string;
  readonly type: MaterialType;
  readonly sizeBytes?: number;
}

/** A lecture hosted by a private provider (e.g. an EBS or commercial lecture site): shown as a link-out card. */
export interface ExternalLecture {
  /** Display name of the provider. */
  readonly provider: LocalizedText;
  readonly href: string;
}

export const LESSON_KINDS = ['video', 'external'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

export interface Lesson {
  readonly id: string;
  readonly title: LocalizedText;
  readonly kind: LessonKind;
  /** Length of the lesson in seconds (the video's duration, or the external lecture's stated length). */
  readonly durationSec: number;
  /** Video encodings in order of preference; empty for an external lesson. */
  readonly media: readonly MediaSource[];
  /**
   * A still image (URL) the player shows before the video starts, such as a title card. Decorative:
   * the lesson's title is always shown beside it.
   */
  readonly poster?: string;
  readonly captions: readonly CaptionTrack[];
  /** A Korean Sign Language interpretation video, played in sync beside the main video. */
  readonly signLanguage?: readonly MediaSource[];
  readonly transcripts: readonly Transcript[];
  readonly chapterMarks: readonly MediaChapterMark[];
  readonly materials: readonly Material[];
  readonly external?: ExternalLecture;
}

export interface Chapter {
  readonly id: string;
  readonly title: LocalizedText;
  readonly lessons: readonly Lesson[];
}

/** What a catalogue needs to list a course without loading its lessons. */
export interface CourseSummary {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly schoolLevel: SchoolLevel;
  /** School grades the course is meant for, e.g. `[1, 2]` for middle school years 1–2. */
  readonly grades: readonly number[];
  readonly subject: Subject;
  readonly instructor: LocalizedText;
  readonly lessonCount: number;
  readonly totalDurationSec: number;
}

export interface Course extends CourseSummary {
  readonly chapters: readonly Chapter[];
}

/** A half-open span `[start, end)` of a video that the learner actually watched, in seconds. */
export type WatchedSegment = readonly [start: number, end: number];

/** Stored progress of one learner in one lesson. */
export interface LessonProgress {
  readonly learnerId: string;
  readonly courseId: string;
  readonly lessonId: string;
  /** Where the learner stopped, in seconds. */
  readonly positionSec: number;
  readonly durationSec: number;
  /** Merged, sorted, non-overlapping watched segments. */
  readonly watchedSegments: readonly WatchedSegment[];
  readonly completed: boolean;
  readonly completedAt?: string;
  readonly updatedAt: string;
}

/**
 * One progress report from an element. `id` is unique per report so a replay (retry, outbox
 * flush, second tab) is harmless: a data source ignores an id it has already applied.
 */
export interface ProgressUpdate {
  readonly id: string;
  readonly learnerId: string;
  readonly courseId: string;
  readonly lessonId: string;
  readonly positionSec: number;
  readonly durationSec: number;
  /** Segments watched since the previous report (a data source merges them). */
  readonly watchedSegments: readonly WatchedSegment[];
  /** Seconds of actual study time this report covers. */
  readonly studySec: number;
  readonly completed: boolean;
  /** When the report was made. */
  readonly at: string;
}

/** Seconds studied on one Asia/Seoul calendar day. */
export interface DailyStudy {
  readonly date: string;
  readonly seconds: number;
}

export interface CourseProgressSummary {
  readonly courseId: string;
  readonly title: LocalizedText;
  readonly completedLessons: number;
  readonly totalLessons: number;
  /** The first lesson not yet completed, in outline order; absent when the course is done. */
  readonly nextLessonId?: string;
  readonly lastStudiedAt?: string;
}

export interface RecentLesson {
  readonly courseId: string;
  readonly lessonId: string;
  readonly courseTitle: LocalizedText;
  readonly lessonTitle: LocalizedText;
  readonly positionSec: number;
  readonly durationSec: number;
  readonly completed: boolean;
  readonly at: string;
}

/** Everything the learner dashboard shows for one learner. */
export interface LearnerSummary {
  readonly learnerId: string;
  readonly courses: readonly CourseProgressSummary[];
  /** Study time per Asia/Seoul day, oldest first, covering at least the last 12 weeks. */
  readonly dailyStudy: readonly DailyStudy[];
  readonly weeklyGoalMinutes: number;
  /** Most recent first. */
  readonly recentLessons: readonly RecentLesson[];
  /**
   * When the summary was made, by the data source's clock (an instant). The dashboard's "today"
   * and "this week" are the Seoul days of this instant, so they always match `dailyStudy`.
   */
  readonly generatedAt: string;
}

/** One learner in a programme manager's cohort view: pseudonymous, no name or contact. */
export interface CohortLearner {
  readonly pseudonymousId: string;
  readonly schoolLevel: SchoolLevel;
  readonly grade: number;
  readonly enrolledCourseIds: readonly string[];
  readonly completedLessons: number;
  readonly totalLessons: number;
  readonly studySecLast30Days: number;
  readonly lastActiveAt?: string;
}

export interface CohortCourse {
  readonly courseId: string;
  readonly title: LocalizedText;
  readonly enrolled: number;
  readonly completed: number;
}

export interface CohortSummary {
  readonly region: string;
  /** When the summary was made, by the data source's clock (an instant). */
  readonly generatedAt: string;
  readonly learners: readonly CohortLearner[];
  readonly courses: readonly CohortCourse[];
}

export const CONSULTATION_KINDS = ['admissions', 'mentoring', 'study'] as const;
/** 입시컨설팅 / 멘토링 / 학습상담. */
export type ConsultationKindId = (typeof CONSULTATION_KINDS)[number];

export const MEETING_MODES = ['online', 'in-person'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export interface ConsultationKind {
  readonly id: ConsultationKindId;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly durationMin: number;
  readonly modes: readonly MeetingMode[];
  /** Hours before its start that a slot can last be booked or moved to; the API refuses later ones. */
  readonly leadTimeHours: number;
  /** How many days ahead, from today (KST), slots of this kind open. */
  readonly bookingWindowDays: number;
}

export interface Consultant {
  readonly id: string;
  readonly name: LocalizedText;
  readonly kinds: readonly ConsultationKindId[];
  readonly affiliation: LocalizedText;
  readonly bio: LocalizedText;
}

export interface Slot {
  readonly id: string;
  readonly kind: ConsultationKindId;
  readonly consultantId: string;
  readonly start: string;
  readonly durationMin: number;
  readonly mode: MeetingMode;
  readonly capacity: number;
  readonly remaining: number;
  /** Where an in-person consultation happens. */
  readonly location?: LocalizedText;
}

export interface SlotQuery {
  readonly kind: ConsultationKindId;
  readonly consultantId?: string;
  /** Inclusive start of the range (instant). */
  readonly from: string;
  /** Exclusive end of the range (instant). */
  readonly to: string;
}

/**
 * A Korean public holiday (공휴일) on one Seoul calendar day, as the official gazette lists it:
 * 설날·추석 breaks, substitute holidays (대체공휴일), election days and temporary holidays
 * (임시공휴일) included. A day can carry two holidays (2025-05-05: 어린이날 and 부처님 오신 날).
 */
export interface PublicHoliday {
  /** `YYYY-MM-DD` in Asia/Seoul. */
  readonly date: string;
  /** The holidays of the day, in Korean as gazetted; English where an official name is known. Never empty. */
  readonly names: readonly LocalizedText[];
}

/** The answer of `listHolidays(from, to)`. */
export interface HolidayCalendar {
  /** Every public holiday from `from` to `to` (both included), in date order. */
  readonly holidays: readonly PublicHoliday[];
  /**
   * Years in the range whose public holidays have not been published yet, in order (e.g.
   * `[2028]`). Any day in them may still become a holiday, so no slots are offered on them and a
   * calendar says why ("2028년 공휴일이 아직 발표되지 않았습니다").
   */
  readonly unpublishedYears: readonly number[];
}

/**
 * What the applicant typed. Sent to the data source once, with the booking request, and never
 * stored by the client: a `Booking` carries no applicant fields.
 */
export interface Applicant {
  readonly name: string;
  readonly schoolLevel: SchoolLevel;
  readonly grade: number;
  /** Normalised Korean mobile number, `010-1234-5678`. */
  readonly phone: string;
  readonly email?: string;
  readonly guardianAttending: boolean;
  readonly guardianName?: string;
  readonly guardianPhone?: string;
  readonly question?: string;
  /** The applicant agreed to the collection and use of personal data. */
  readonly consent: true;
}

export interface BookingRequest {
  readonly slotId: string;
  readonly learnerId: string;
  readonly applicant: Applicant;
  /** One key per confirm attempt: the same key twice yields the same booking. */
  readonly idempotencyKey: string;
}

export const BOOKING_STATUSES = ['confirmed', 'cancelled', 'completed'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export interface Booking {
  readonly id: string;
  readonly learnerId: string;
  readonly slotId: string;
  readonly kind: ConsultationKindId;
  readonly consultantId: string;
  readonly start: string;
  readonly durationMin: number;
  readonly mode: MeetingMode;
  readonly status: BookingStatus;
  readonly createdAt: string;
  /**
   * When the booking last changed (a reschedule or a cancellation), by the data source's clock;
   * absent while it is as first made. Calendar files version their event by it.
   */
  readonly updatedAt?: string;
  readonly location?: LocalizedText;
  /** Join link for an online consultation. */
  readonly onlineUrl?: string;
}

/** What changed in a data source, so that other elements on the page can refresh. */
export type DataChange =
  | { readonly type: 'progress'; readonly learnerId: string; readonly courseId: string; readonly lessonId: string }
  | { readonly type: 'goal'; readonly learnerId: string }
  | { readonly type: 'booking'; readonly learnerId: string; readonly bookingId: string };

/** Options every data source read accepts. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
}

/**
 * The one interface every element talks to. Elements never call `fetch` themselves.
 * Implementations: `DemoDataSource` (built in, IndexedDB) and `HttpDataSource` (a Seoul Learn API).
 * Failures reject with a `DataSourceError` subclass (see `./errors.ts`).
 */
export interface DataSource {
  listCourses(options?: RequestOptions): Promise<CourseSummary[]>;
  /** Rejects with `NotFoundError` for an unknown id. */
  getCourse(courseId: string, options?: RequestOptions): Promise<Course>;
  /** Stored progress of a learner in every lesson of a course they have touched. */
  getCourseProgress(learnerId: string, courseId: string, options?: RequestOptions): Promise<LessonProgress[]>;
  /** Applies progress reports; ids already applied are ignored. */
  saveProgress(updates: readonly ProgressUpdate[], options?: RequestOptions): Promise<void>;
  getLearnerSummary(learnerId: string, options?: RequestOptions): Promise<LearnerSummary>;
  setWeeklyGoal(learnerId: string, minutes: number, options?: RequestOptions): Promise<void>;
  getCohortSummary(region: string, options?: RequestOptions): Promise<CohortSummary>;
  listConsultationKinds(options?: RequestOptions): Promise<ConsultationKind[]>;
  listConsultants(kind?: ConsultationKindId, options?: RequestOptions): Promise<Consultant[]>;
  listSlots(query: SlotQuery, options?: RequestOptions): Promise<Slot[]>;
  /**
   * Korean public holidays on the Seoul days `from` to `to` (`YYYY-MM-DD`, both included, at
   * most three calendar years), and which of those years are not published yet. Rejects with
   * `ValidationError` for a malformed or reversed range.
   */
  listHolidays(from: string, to: string, options?: RequestOptions): Promise<HolidayCalendar>;
  /** Rejects with `SlotTakenError` when the slot has no room left. */
  createBooking(request: BookingRequest, options?: RequestOptions): Promise<Booking>;
  listBookings(learnerId: string, options?: RequestOptions): Promise<Booking[]>;
  cancelBooking(learnerId: string, bookingId: string, options?: RequestOptions): Promise<Booking>;
  /** Moves a booking to another slot; the old slot is released only once the new one is held. */
  rescheduleBooking(
    learnerId: string,
    bookingId: string,
    newSlotId: string,
    idempotencyKey: string,
    options?: RequestOptions,
  ): Promise<Booking>;
  /** Calls `listener` after every change this data source makes; returns an unsubscribe function. */
  subscribe(listener: (change: DataChange) => void): () => void;
}
