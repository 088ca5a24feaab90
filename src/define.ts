/** Defines every Seoul Learn element. Safe to import more than once, or beside another copy. */
import './provider/provider.define.js';
import './course/course.define.js';
import './progress/progress.define.js';
import './booking/booking.define.js';

export * from './index.js';
