/** Defines `<seoul-learn-course>`. */
import './course/course.define.js';

export { SeoulLearnCourse } from './course/course.js';
export type {
  CourseCompletedDetail,
  LessonCompletedDetail,
  LessonProgressedDetail,
  LessonStartedDetail,
  XapiDetail,
  XapiStatement,
} from './course/course.types.js';
