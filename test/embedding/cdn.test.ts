import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { allInShadow, closePages, doc, eventually, openPage, rendered, text } from './helpers.js';

describe('a static page with one <script type="module"> of the CDN build', function () {
  this.timeout(30_000);
  afterEach(closePages);

  it('loads nothing but that module and shows every element on the demo data', async () => {
    const frame = await openPage('cdn.html');
    // The test server injects its own web-socket client into every HTML page it serves.
    const scripts = [...doc(frame).querySelectorAll('script')].filter(
      (s) => !s.getAttribute('src')?.startsWith('/__web-dev-server'),
    );
    expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal([
      '/node_modules/.cache/seoul-learn-embedding/cdn/seoul-learn.js',
    ]);
    const { course, progress, booking } = await rendered(frame);

    const lessons = allInShadow(course, '.lesson-item');
    expect(lessons.length, 'lessons in the outline').to.be.at.least(2);
    expect(text(lessons[0]!.querySelector('.lesson-title'))).to.not.equal('');
    const video = course.shadowRoot!.querySelector('video')!;
    await eventually(() => video.readyState >= 1, 'the lesson video to load its metadata');
    expect(new URL(video.currentSrc).pathname).to.match(/^\/node_modules\/\.cache\/seoul-learn-embedding\/media\//);
    expect(video.duration).to.be.greaterThan(0);

    expect(allInShadow(progress, '[part="bar"]').length, 'a bar per course').to.be.at.least(1);
    expect(text(progress.shadowRoot)).to.contain('%');

    const kinds = allInShadow(booking, '.choice').map(text);
    expect(kinds.join(' | ')).to.contain('입시컨설팅').and.contain('멘토링').and.contain('학습상담');
  });
});
