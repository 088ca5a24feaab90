import '../helpers/readable-failures.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { DataSource } from '../../src/data/types.js';
import {
  bookMentoring,
  button,
  captureWarnings,
  day,
  focused,
  heading,
  memorySource,
  nameOf,
  renderBooking,
  root,
  settle,
  spySource,
  toDate,
} from './helpers.js';

const stepNames = (el: Element) => [...root(el).querySelectorAll('.steps li')].map((li) => nameOf(li));

describe('<seoul-learn-booking> attributes and states', () => {
  it('skips the first step when kind is set, and the second with consultant-id', async () => {
    const el = await renderBooking({ kind: 'study' });
    expect(heading(el)).to.equal('상담자를 고르세요');
    expect(stepNames(el)[0]).to.equal('상담 종류, 완료');
    expect(root(el).textContent).to.contain('김서연').and.not.contain('이준호');
    await expect(el).to.be.accessible();

    const spy = spySource();
    const pinned = await renderBooking({ source: spy.source, kind: 'admissions', consultantId: 'lee-junho' });
    expect(heading(pinned)).to.equal('날짜와 시간을 고르세요');
    const query = spy.calls('listSlots')[0]!.args[0] as { kind: string; consultantId: string };
    expect(query).to.include({ kind: 'admissions', consultantId: 'lee-junho' });
  });

  it('warns about an unknown kind, consultant or view and starts at the first step', async () => {
    const warnings = captureWarnings();
    try {
      const el = await renderBooking({ kind: 'tutoring' });
      expect(heading(el)).to.equal('어떤 상담을 받고 싶나요?');
      el.requestUpdate();
      await settle(el);
      const other = await renderBooking({ kind: 'mentoring', consultantId: 'lee-junho' });
      expect(heading(other)).to.equal('어떤 상담을 받고 싶나요?');
      const mine = await renderBooking({ view: 'calendar' });
      expect(heading(mine), 'an unknown view shows the booking flow').to.equal('어떤 상담을 받고 싶나요?');
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages[2]).to.contain('view="calendar"').and.contain('book, mine');
      expect(warnings.messages[0]).to.contain('kind="tutoring"').and.contain('admissions, mentoring, study');
      expect(warnings.messages[1]).to.contain('consultant-id="lee-junho"').and.contain('kim-seoyeon');
    } finally {
      warnings.restore();
    }
  });

  it("does not offer slots inside the kind's lead time, which lead-time-hours can lengthen but not shorten", async () => {
    // Mentoring's lead time in the data is 24 h: on Tuesday 1 December at 09:00, that day is closed.
    const kindOnly = await renderBooking({ lead: null });
    await toDate(kindOnly, /^멘토링/);
    expect(nameOf(day(kindOnly, '2026-12-01'))).to.equal('2026년 12월 1일 화요일, 오늘, 예약 마감');
    const open = nameOf(day(kindOnly, '2026-12-03'));
    expect(open).to.match(/예약 가능 \d+개$/);
    const shorter = await renderBooking({ lead: 0 });
    await toDate(shorter, /^멘토링/);
    expect(nameOf(day(shorter, '2026-12-01')), 'the API would refuse it').to.equal(
      '2026년 12월 1일 화요일, 오늘, 예약 마감',
    );
    const longer = await renderBooking({ lead: 72 });
    await toDate(longer, /^멘토링/);
    expect(nameOf(day(longer, '2026-12-03'))).to.equal('2026년 12월 3일 목요일, 예약 마감');
    expect(nameOf(day(longer, '2026-12-07'))).to.match(/예약 가능 \d+개$/);
  });

  it('shows a retry button when loading fails, and recovers', async () => {
    const spy = spySource();
    spy.failNext('listConsultationKinds');
    const el = await renderBooking({ source: spy.source });
    const error = root(el).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('정보를 불러오지 못했습니다');
    await expect(el).to.be.accessible();
    button(el, '다시 시도').focus();
    button(el, '다시 시도').click();
    await settle(el);
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(root(el).querySelectorAll('[part="choice"]')).to.have.length(3);
    // The button went away with the error; focus stayed in the element.
    expect((root(el) as ShadowRoot).activeElement?.classList.contains('title')).to.equal(true);

    spy.failNext('listSlots');
    await toDate(el, /^멘토링/);
    expect(root(el).querySelector('[part="error"]')).to.not.equal(null);
    button(el, '다시 시도').click();
    await settle(el);
    expect(nameOf(day(el, '2026-12-02'))).to.contain('예약 가능 2개');
  });

  it('reloads when the data source changes and ignores the old answers', async () => {
    const el = await renderBooking();
    let release!: () => void;
    const slow = memorySource();
    const gate = new Promise<void>((resolve) => (release = resolve));
    const stalled: DataSource = Object.assign(Object.create(slow) as DataSource, {
      listConsultationKinds: async () => {
        await gate;
        return [
          { id: 'mentoring', title: { ko: '오래된 답' }, description: { ko: '' }, durationMin: 30, modes: ['online'] },
        ];
      },
    });
    el.dataSource = stalled;
    await el.updateComplete;
    expect(root(el).querySelector('[aria-busy="true"]'), 'loading state').to.not.equal(null);
    const fresh: DataSource = Object.assign(Object.create(slow) as DataSource, {
      listConsultationKinds: async () => [
        {
          id: 'study',
          title: { ko: '새 상담' },
          description: { ko: '영어 번역이 없는 설명' },
          durationMin: 40,
          modes: ['online'],
        },
      ],
    });
    el.dataSource = fresh;
    await settle(el);
    release();
    await settle(el);
    expect(root(el).textContent).to.contain('새 상담').and.not.contain('오래된 답');
    el.locale = 'en';
    await settle(el);
    const fallback = root(el).querySelector('[part="choice"] [lang="ko"]');
    expect(fallback!.textContent, 'Korean content in an English UI is marked lang="ko"').to.equal('새 상담');
  });

  it("shows the calendar's frame with a visible loading line while the month's times load", async () => {
    const source = memorySource();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow: DataSource = Object.assign(Object.create(source) as DataSource, {
      listSlots: (...args: Parameters<DataSource['listSlots']>) => held.then(() => source.listSlots(...args)),
    });
    const el = await renderBooking({ source: slow });
    button(el, /^학습상담/).click();
    await settle(el);
    button(el, /상관없음/).click();
    await waitUntil(() => root(el).querySelector('.month-bone'), 'the month skeleton');
    const bone = root(el).querySelector<HTMLElement>('.month-bone')!;
    expect(bone.getAttribute('aria-busy')).to.equal('true');
    // Said in words that are seen, not only heard: in forced colours the drawn days are gone.
    const wait = bone.querySelector<HTMLElement>('.month-wait')!;
    expect(wait.textContent!.trim()).to.equal('불러오는 중…');
    expect(wait.getBoundingClientRect().height, 'the loading line is shown').to.be.greaterThan(0);
    // As tall as the calendar that replaces it, give or take its last row.
    const height = bone.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    release();
    await settle(el);
    expect(root(el).querySelector('.month-bone')).to.equal(null);
    const calendar = root(el).querySelector<HTMLElement>('[part="calendar"]')!.getBoundingClientRect().height;
    expect(Math.abs(calendar - height), `skeleton ${height} px, calendar ${calendar} px`).to.be.lessThan(60);
  });

  it('shows an empty state when nothing is bookable', async () => {
    const source = memorySource();
    const empty: DataSource = Object.assign(Object.create(source) as DataSource, { listSlots: async () => [] });
    const el = await renderBooking({ source: empty });
    await toDate(el, /^학습상담/);
    await settle(el);
    expect(root(el).textContent).to.contain('이 달에는 예약 가능한 시간이 없습니다');
    await expect(el).to.be.accessible();
  });

  it('puts its headings at heading-level so that they continue the host outline', async () => {
    const flow = await renderBooking({ headingLevel: '4' });
    expect(flow.headingLevel).to.equal(4);
    expect(root(flow).querySelector('.title')!.tagName).to.equal('H4');
    await toDate(flow, /^멘토링/);
    const main = root(flow).querySelector('.title')!;
    expect(main.tagName).to.equal('H4');
    expect(focused(flow), 'focus still moves to the step heading').to.equal(main);
    expect(root(flow).querySelector('#month-caption')!.tagName, 'the month is one level below').to.equal('H5');
    expect(root(flow).querySelectorAll('h2, h3')).to.have.length(0);
    await expect(flow).to.be.accessible();

    const source = memorySource();
    await bookMentoring(source, { idempotencyKey: 'heading-level' });
    const mine = await renderBooking({ source, view: 'mine', headingLevel: '3' });
    const tags = (selector: string) => [...root(mine).querySelectorAll(selector)].map((h) => h.tagName);
    expect(tags('.title')).to.deep.equal(['H3']);
    expect(tags('.subtitle'), 'upcoming and past').to.deep.equal(['H4', 'H4']);
    button(mine, '예약 취소').click();
    await settle(mine);
    expect(root(mine).querySelector('#cancel-title')!.tagName).to.equal('H4');
    await expect(mine).to.be.accessible();

    const deepest = await renderBooking({ view: 'mine', headingLevel: '6' });
    expect(
      [...root(deepest).querySelectorAll('.title, .subtitle')].map((h) => h.tagName),
      'no <h7>',
    ).to.deep.equal(['H6', 'H6', 'H6']);
  });

  it('warns once about an invalid heading-level and uses 2', async () => {
    const warnings = captureWarnings();
    try {
      const seven = await renderBooking({ headingLevel: '7' });
      seven.requestUpdate();
      await settle(seven);
      const word = await renderBooking({ headingLevel: 'h3' });
      expect(root(seven).querySelector('.title')!.tagName).to.equal('H2');
      expect(root(word).querySelector('.title')!.tagName).to.equal('H2');
      expect(root(word).querySelector('h3, h4, h5, h6')).to.equal(null);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('heading-level="7"').and.contain('2, 3, 4, 5, 6').and.contain('Using 2');
      expect(warnings.messages[1]).to.contain('heading-level="h3"').and.contain('2, 3, 4, 5, 6');
    } finally {
      warnings.restore();
    }
  });
});
