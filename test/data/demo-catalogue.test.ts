import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { COURSE_IDS, demoCourse } from '../../src/data/demo/fixtures/catalogue.js';
import { COURSES } from '../../src/data/demo/fixtures/courses.js';
import { NotFoundError } from '../../src/data/errors.js';
import type { Course, Lesson } from '../../src/data/types.js';
import { memorySource } from './helpers.js';

const HLS = 'application/vnd.apple.mpegurl';

async function allCourses(): Promise<Course[]> {
  const source = memorySource();
  const summaries = await source.listCourses();
  return Promise.all(summaries.map((summary) => source.getCourse(summary.id)));
}

const lessonsOf = (course: Course): Lesson[] => course.chapters.flatMap((chapter) => chapter.lessons);

/** The duration a <video> element reads from a file's metadata. */
async function metadataDuration(src: string): Promise<number> {
  const video = document.createElement('video');
  video.preload = 'metadata';
  video.muted = true;
  try {
    return await new Promise<number>((resolve, reject) => {
      video.addEventListener('loadedmetadata', () => resolve(video.duration), { once: true });
      video.addEventListener('error', () => reject(new Error(`cannot load ${src}: ${video.error?.message}`)), {
        once: true,
      });
      video.src = src;
    });
  } finally {
    // Release the element's HTTP connection: the browser allows only six per host.
    video.removeAttribute('src');
    video.load();
  }
}

function parseVtt(text: string): { start: number; end: number; text: string }[] {
  const time = (value: string) => {
    const parts = value.trim().split(':').map(Number);
    return parts.reduce((sum, part) => sum * 60 + part, 0);
  };
  return text
    .replace(/\r/g, '')
    .split(/\n\n+/)
    .map((block) => block.split('\n'))
    .filter((lines) => lines.some((line) => line.includes('-->')))
    .map((lines) => {
      const index = lines.findIndex((line) => line.includes('-->'));
      const [start, end] = lines[index]!.split('-->') as [string, string];
      const cueText = lines
        .slice(index + 1)
        .join('\n')
        .trim();
      return { start: time(start), end: time(end.trim().split(/\s/)[0]!), text: cueText };
    });
}

describe('LocalDemoDataSource catalogue', () => {
  it('lists at least six courses across all school levels, without chapters', async () => {
    const summaries = await memorySource().listCourses();
    expect(summaries.length).to.be.at.least(6);
    expect(new Set(summaries.map((course) => course.schoolLevel))).to.have.keys('elementary', 'middle', 'high');
    expect(new Set(summaries.map((course) => course.id)).size).to.equal(summaries.length);
    for (const summary of summaries) {
      expect(summary).to.not.have.property('chapters');
      expect(summary.title.ko).to.match(/[가-힣]/);
      expect(summary.title.en).to.be.a('string').and.not.equal('');
      expect(summary.grades.length).to.be.greaterThan(0);
    }
  });

  it('gives every course 3–5 chapters of 2–4 lessons, and summary numbers that add up', async () => {
    const source = memorySource();
    for (const summary of await source.listCourses()) {
      const course = await source.getCourse(summary.id);
      expect(course.chapters.length, course.id).to.be.within(3, 5);
      for (const chapter of course.chapters) expect(chapter.lessons.length, chapter.id).to.be.within(2, 4);
      const lessons = lessonsOf(course);
      expect(summary.lessonCount).to.equal(lessons.length);
      expect(summary.totalDurationSec).to.equal(lessons.reduce((sum, lesson) => sum + lesson.durationSec, 0));
    }
  });

  it('rejects an unknown course with NotFoundError', async () => {
    const error = await memorySource()
      .getCourse('no-such-course')
      .then(
        () => undefined,
        (reason: unknown) => reason,
      );
    expect(error).to.be.instanceOf(NotFoundError);
    expect((error as NotFoundError).code).to.equal('not-found');
  });

  it('hands out copies that callers cannot use to change the data source', async () => {
    const source = memorySource();
    const course = await source.getCourse('elem-math-fractions');
    (course.chapters[0]!.lessons[0]!.title as { ko: string }).ko = 'changed';
    (course.chapters as unknown[]).length = 0;
    const again = await source.getCourse('elem-math-fractions');
    expect(again.chapters.length).to.be.greaterThan(0);
    expect(again.chapters[0]!.lessons[0]!.title.ko).to.not.equal('changed');
  });

  it('has unique lesson ids, WebM before MP4, ko+en captions and transcripts on every video lesson', async () => {
    const ids = new Set<string>();
    for (const course of await allCourses()) {
      for (const lesson of lessonsOf(course)) {
        expect(ids.has(lesson.id), lesson.id).to.equal(false);
        ids.add(lesson.id);
        if (lesson.kind !== 'video') continue;
        const types = lesson.media.map((media) => media.type.split(';')[0]).filter((type) => type !== HLS);
        expect(types, lesson.id).to.deep.equal(['video/webm', 'video/mp4']);
        expect(lesson.captions.map((track) => track.lang)).to.deep.equal(['ko', 'en']);
        expect(lesson.transcripts.map((transcript) => transcript.lang)).to.deep.equal(['ko', 'en']);
        expect(lesson.chapterMarks.length).to.be.greaterThan(0);
        for (const mark of lesson.chapterMarks) expect(mark.time).to.be.within(0, lesson.durationSec);
        expect(lesson.materials.length).to.be.greaterThan(0);
      }
    }
  });

  it('has an external lecture, an HLS lesson and a sign-language lesson', async () => {
    const lessons = (await allCourses()).flatMap(lessonsOf);
    const external = lessons.filter((lesson) => lesson.kind === 'external');
    expect(external.length).to.be.at.least(1);
    for (const lesson of external) {
      expect(lesson.durationSec).to.be.greaterThan(0);
      expect(lesson.media).to.deep.equal([]);
      expect(lesson.external?.provider.ko).to.be.a('string').and.not.equal('');
      expect(new URL(lesson.external!.href).protocol).to.equal('https:');
    }
    const hls = lessons.filter((lesson) => lesson.media.some((media) => media.type === HLS));
    expect(hls).to.have.length(1);
    expect(hls[0]!.media[0]!.type).to.equal(HLS);
    const signed = lessons.filter((lesson) => lesson.signLanguage?.length);
    expect(signed).to.have.length(1);
  });

  it('links only to files that exist, with the stated sizes', async () => {
    const lessons = (await allCourses()).flatMap(lessonsOf);
    const urls = new Set<string>();
    const sizes = new Map<string, number>();
    for (const lesson of lessons) {
      for (const media of [...lesson.media, ...(lesson.signLanguage ?? [])]) urls.add(media.src);
      for (const track of lesson.captions) urls.add(track.src);
      for (const material of lesson.materials) {
        urls.add(material.href);
        if (material.sizeBytes !== undefined) sizes.set(material.href, material.sizeBytes);
      }
    }
    expect(urls.size).to.be.greaterThan(10);
    for (const url of urls) {
      const response = await fetch(url);
      expect(response.ok, url).to.equal(true);
      const body = await response.arrayBuffer();
      expect(body.byteLength, url).to.be.greaterThan(0);
      if (sizes.has(url)) expect(body.byteLength, url).to.equal(sizes.get(url));
    }
  });

  it('states video durations that equal the real media durations', async function () {
    this.timeout(30000);
    const lessons = (await allCourses()).flatMap(lessonsOf).filter((lesson) => lesson.kind === 'video');
    const checked = new Map<string, number>();
    for (const lesson of lessons) {
      const sources = [...lesson.media.filter((media) => media.type !== HLS), ...(lesson.signLanguage ?? [])];
      for (const { src } of sources) {
        if (!checked.has(src)) checked.set(src, await metadataDuration(src));
        expect(checked.get(src), `${lesson.id} ${src}`).to.be.closeTo(lesson.durationSec, 0.5);
      }
    }
    expect(checked.size).to.be.at.least(6);
  });

  it('plays the HLS rendition for as long as the lesson says', async function () {
    this.timeout(20000);
    const lesson = (await allCourses()).flatMap(lessonsOf).find((l) => l.media.some((media) => media.type === HLS))!;
    const src = lesson.media.find((media) => media.type === HLS)!.src;
    const playlist = await (await fetch(src)).text();
    expect(playlist.startsWith('#EXTM3U')).to.equal(true);
    const segments = playlist.split('\n').filter((line) => line && !line.startsWith('#'));
    const init = /#EXT-X-MAP:URI="([^"]+)"/.exec(playlist);
    if (init) segments.push(init[1]!);
    expect(segments.length).to.be.at.least(2);
    const listed = [...playlist.matchAll(/#EXTINF:([\d.]+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(listed).to.be.closeTo(lesson.durationSec, 0.5);
    for (const segment of segments) expect((await fetch(new URL(segment, src))).ok, segment).to.equal(true);
    if (document.createElement('video').canPlayType(HLS)) {
      expect(await metadataDuration(src)).to.be.closeTo(lesson.durationSec, 0.5);
    }
  });

  it('has transcripts that repeat the WebVTT captions and cover the whole clip', async () => {
    const lessons = (await allCourses()).flatMap(lessonsOf).filter((lesson) => lesson.kind === 'video');
    const seen = new Set<string>();
    for (const lesson of lessons) {
      for (const track of lesson.captions) {
        const key = `${track.src}|${lesson.durationSec}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const text = await (await fetch(track.src)).text();
        expect(text.startsWith('WEBVTT'), track.src).to.equal(true);
        const cues = parseVtt(text);
        const transcript = lesson.transcripts.find((t) => t.lang === track.lang)!;
        expect(transcript.cues).to.deep.equal(cues);
        expect(cues[0]!.start).to.equal(0);
        expect(cues[cues.length - 1]!.end).to.equal(lesson.durationSec);
        if (track.lang === 'ko') for (const cue of cues) expect(cue.text).to.match(/[가-힣]/);
      }
    }
    expect(seen.size).to.be.at.least(4);
  });
});

// A course player loads one course's module; the summaries load the whole catalogue. Both must
// tell the same courses.
describe('demo course modules', () => {
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
