import { defineOnce } from '../core/define.js';
import { SeoulLearnCourse } from './course.js';

defineOnce('seoul-learn-course', SeoulLearnCourse);

declare global {
  interface HTMLElementTagNameMap {
    'seoul-learn-course': SeoulLearnCourse;
  }
}
