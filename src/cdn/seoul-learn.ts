/**
 * The CDN's all-in-one module, `cdn/seoul-learn.js`: defines every element and exports what the
 * npm package's root exports, except the HTTP data source. That one is `cdn/http.js`; the elements
 * load it by themselves when an `api-base` is set, so a page on the demo data never downloads it.
 * @module
 */
import '../provider/provider.define.js';
import '../course/course.define.js';
import '../progress/progress.define.js';
import '../booking/booking.define.js';

export * from '../public-api.js';
