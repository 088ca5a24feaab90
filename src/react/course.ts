import { createComponent } from '@lit/react';
import * as React from 'react';
import '../course/course.define.js';
import { SeoulLearnCourse as SeoulLearnCourseElement } from '../course/course.js';
import { eventName } from './events.js';

/**
 * React component for `<seoul-learn-course>`, the course player. Props are the element's
 * properties (`courseId`, `lessonId`, `completionThreshold`, `learnerId`, `dataSource` …); events
 * are typed handler props:
 *
 * | prop | event | `event.detail` |
 * |---|---|---|
 * | `onLessonStarted` | `seoul-learn-lesson-started` | `LessonStartedDetail` |
 * | `onLessonProgressed` | `seoul-learn-lesson-progressed` | `LessonProgressedDetail` |
 * | `onLessonCompleted` | `seoul-learn-lesson-completed` | `LessonCompletedDetail` |
 * | `onCourseCompleted` | `seoul-learn-course-completed` | `CourseCompletedDetail` |
 * | `onXapi` | `seoul-learn-xapi` | `XapiDetail` |
 *
 * @example
 * <SeoulLearnCourse courseId="mid-english-grammar" onLessonCompleted={(e) => save(e.detail.lessonId)} />
 */
export const SeoulLearnCourse = createComponent({
  react: React,
  tagName: 'seoul-learn-course',
  elementClass: SeoulLearnCourseElement,
  displayName: 'SeoulLearnCourse',
  events: {
    onLessonStarted: eventName('seoul-learn-lesson-started'),
    onLessonProgressed: eventName('seoul-learn-lesson-progressed'),
    onLessonCompleted: eventName('seoul-learn-lesson-completed'),
    onCourseCompleted: eventName('seoul-learn-course-completed'),
    onXapi: eventName('seoul-learn-xapi'),
  },
});
