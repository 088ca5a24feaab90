import '../helpers/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { SeoulLearnBooking } from '../../src/booking/booking.js';
import { defineOnce } from '../../src/core/define.js';
import { DemoDataSource } from '../../src/data/demo-data-source.js';
import { button, day, nameOf, root, settle, toDate } from './helpers.js';

/** The booking element on a clock each test sets, like `PinnedBooking` but at other dates. */
class ClockedBooking extends SeoulLearnBooking {
  static instant = new Date('2027-04-26T00:00:00Z');
  protected override now(): Date {
    return new Date(ClockedBooking.instant);
  }
}
defineOnce('clocked-booking', ClockedBooking);

declare global {
  interface HTMLElementTagNameMap {
    'clocked-booking': ClockedBooking;
  }
}

/** The date step of a mentoring booking, with the element and its demo data both at `instant`. */
async function dateStepAt(instant: string, locale = 'ko'): Promise<ClockedBooking> {
  ClockedBooking.instant = new Date(instant);
  const source = new DemoDataSource({ storage: 'memory', now: () => new Date(instant) });
  const el = await fixture<ClockedBooking>(
    html`<clocked-booking .dataSource=${source} locale=${locale} region="seoul"></clocked-booking>`,
  );
  await settle(el);
  await toDate(el, /^(멘토링|Mentoring)/);
  return el;
}

const caption = (el: Element) => root(el).querySelector('#month-caption')!.textContent!.trim();
/** What the step's status regions say (they are always there, empty until they have news). */
const status = (el: Element) =>
  [...root(el).querySelectorAll('.flow [role="status"]')].map((node) => node.textContent!.trim()).filter(Boolean);
const freeDays = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.day.free')].map((b) => b.dataset.day);

describe('<seoul-learn-booking> public holidays from the data source', () => {
  it('marks 노동절 and its 2027 substitute as holidays with their gazette names', async () => {
    // Monday 26 April 2027, 09:00 KST.
    const el = await dateStepAt('2027-04-26T00:00:00Z');
    button(el, '다음 달').click();
    await settle(el);
    expect(caption(el)).to.equal('2027년 5월');
    const substitute = day(el, '2027-05-03');
    expect(nameOf(substitute)).to.equal('2027년 5월 3일 월요일, 대체공휴일(노동절) – 공휴일, 상담 없음');
    expect(substitute.getAttribute('aria-disabled')).to.equal('true');
    expect(nameOf(day(el, '2027-05-01'))).to.contain('노동절');
    expect(day(el, '2027-05-04').getAttribute('aria-disabled')).to.equal(null);
    expect(status(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('marks 노동절 2026 (the first year it is a public holiday) on a calendar in April 2026', async () => {
    // Monday 20 April 2026, 09:00 KST.
    const el = await dateStepAt('2026-04-20T00:00:00Z');
    button(el, '다음 달').click();
    await settle(el);
    expect(caption(el)).to.equal('2026년 5월');
    const labourDay = day(el, '2026-05-01');
    expect(nameOf(labourDay)).to.equal('2026년 5월 1일 금요일, 노동절 – 공휴일, 상담 없음');
    expect(labourDay.getAttribute('aria-disabled')).to.equal('true');
    expect(freeDays(el)).to.not.include('2026-05-01');
    await expect(el).to.be.accessible();
  });

  it('says that 2028 is not published yet and offers no day in it', async () => {
    // Monday 20 December 2027, 09:00 KST: the four-week window reaches into January 2028.
    const el = await dateStepAt('2027-12-20T00:00:00Z');
    expect(caption(el)).to.equal('2027년 12월');
    expect(freeDays(el)).to.include('2027-12-21');
    expect(nameOf(day(el, '2027-12-27'))).to.contain('대체공휴일(기독탄신일) – 공휴일');
    button(el, '다음 달').click();
    await settle(el);
    expect(caption(el)).to.equal('2028년 1월');
    expect(status(el)).to.deep.equal(['2028년 공휴일이 아직 발표되지 않았습니다']);
    expect(freeDays(el)).to.deep.equal([]);
    expect(nameOf(day(el, '2028-01-04'))).to.equal('2028년 1월 4일 화요일, 2028년 공휴일이 아직 발표되지 않았습니다');
    expect(nameOf(day(el, '2028-01-08'))).to.contain('주말');
    await expect(el).to.be.accessible();
  });

  it('says it in English too', async () => {
    const el = await dateStepAt('2027-12-20T00:00:00Z', 'en');
    button(el, 'Next month').click();
    await settle(el);
    expect(caption(el)).to.equal('January 2028');
    expect(status(el)).to.deep.equal(['2028 public holidays are not published yet']);
    expect(freeDays(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
