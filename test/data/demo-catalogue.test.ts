import { expect } from '@open-wc/testing';
import { COURSE_IDS, demoCourse } from '../../src/data/demo/fixtures/catalogue.js';
import { COURSES } from '../../src/data/demo/fixtures/courses.js';

// A course player loads one course's module; the summaries load the whole catalogue. Both must
// tell the same courses.
describe('demo course catalogue', () => {
  it('has one module per catalogue course, in catalogue order', () => {
    expect(COURSE_IDS).to.deep.equal(COURSES.map((course) => course.id));
  });

  it("each course's own module holds the same course as the whole catalogue", async () => {
    for (const course of COURSES) expect(await demoCourse(course.id), course.id).to.deep.equal(course);
  });

  it('knows no course outside the catalogue', async () => {
    expect(await demoCourse('no-such-course')).to.equal(undefined);
    expect(await demoCourse('toString')).to.equal(undefined);
  });
});
