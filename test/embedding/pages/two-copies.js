/*
 * Loads the CDN module, then a second, separately bundled copy of the library (another Lit,
 * another everything), as a page that got one from a CDN and one from an npm bundle would; then
 * defines the second copy's course class under a host's own tag name.
 */
const cdn = await import('/node_modules/.cache/seoul-learn-embedding/cdn/seoul-learn.js');
const second = await import('/node_modules/.cache/seoul-learn-embedding/second/seoul-learn.js');
customElements.define('taebaek-course', second.SeoulLearnCourse);
window.copies = { cdn, second };
