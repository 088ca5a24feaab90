import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CalendarController } from '../../src/booking/calendar-controller.js';
import { RequestController } from '../../src/core/request-controller.js';
import type { DataSource, HolidayCalendar, Slot, SlotQuery } from '../../src/data/types.js';

/** Tuesday 1 December 2026, 09:00 KST. */
const NOW = new Date('2026-12-01T00:00:00Z');

const slot = (id: string, start: string, remaining = 1): Slot => ({
  id,
  kind: 'mentoring',
  consultantId: 'park-minjae',
  start,
  durationMin: 30,
  mode: 'online',
  capacity: 1,
  remaining,
});

/** A data source that only knows slots and holidays, and records what was asked. */
function stubSource(slots: readonly Slot[], holidays: HolidayCalendar = { holidays: [], unpublishedYears: [] }) {
  const queries: SlotQuery[] = [];
  const holidayRanges: string[][] = [];
  const source = {
    listSlots: async (query: SlotQuery) => {
      queries.push(query);
      return slots.filter((s) => s.start >= query.from && s.start < query.to);
    },
    listHolidays: async (from: string, to: string) => {
      holidayRanges.push([from, to]);
      return holidays;
    },
  } as unknown as DataSource;
  return { source, queries, holidayRanges };
}

/** A host without DOM: records controllers and runs their `hostUpdate` when asked. */
function bareHost() {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  return { host, update: () => controllers.forEach((c) => c.hostUpdate?.()) };
}

function calendar(source: DataSource, options: { lead?: number; excluded?: string } = {}) {
  const { host, update } = bareHost();
  const requests = new RequestController<'slots'>(host);
  const controller = new CalendarController(host, {
    requests,
    source: () => source,
    now: () => NOW,
    leadHours: () => options.lead ?? 24,
    query: () => ({ kind: 'mentoring', consultant: '' }),
    excluded: () => options.excluded,
    days: () => [],
  });
  /** Waits for the requests in flight, then runs the host's update. */
  const settle = async () => {
    while (requests.loading('slots')) await new Promise((resolve) => setTimeout(resolve, 0));
    update();
  };
  return { controller, settle };
}

describe('CalendarController', () => {
  it('opens on the first day the lead time allows, then moves to the first free day', async () => {
    const { source, queries, holidayRanges } = stubSource([
      slot('a', '2026-12-01T06:00:00.000Z'),
      slot('b', '2026-12-03T10:00:00.000Z', 0),
      slot('c', '2026-12-04T08:00:00.000Z'),
    ]);
    const { controller, settle } = calendar(source);
    controller.start();
    expect(controller.focusDay, 'now plus 24 hours, in Seoul').to.equal('2026-12-02');
    await settle();
    expect(queries).to.deep.equal([
      { kind: 'mentoring', from: '2026-11-30T15:00:00.000Z', to: '2026-12-31T15:00:00.000Z' },
    ]);
    expect(holidayRanges, "the month's holidays").to.deep.equal([['2026-12-01', '2026-12-31']]);
    expect(controller.focusDay, 'the first day with room, after the cut-off').to.equal('2026-12-04');
    expect([...controller.counts!]).to.deep.equal([['2026-12-04', 1]]);
    expect(controller.freeOn('2026-12-04').map((s) => s.id)).to.deep.equal(['c']);
  });

  it('offers nothing sooner than the lead time, and never the slot being moved', async () => {
    const { source } = stubSource([slot('a', '2026-12-01T06:00:00.000Z'), slot('b', '2026-12-02T06:00:00.000Z')]);
    const soon = calendar(source, { lead: 0 });
    soon.controller.start();
    await soon.settle();
    expect(soon.controller.focusDay).to.equal('2026-12-01');
    expect(soon.controller.freeSlots!.map((s) => s.id)).to.deep.equal(['a', 'b']);
    const moving = calendar(source, { lead: 0, excluded: 'a' });
    moving.controller.start();
    await moving.settle();
    expect(moving.controller.freeSlots!.map((s) => s.id)).to.deep.equal(['b']);
    expect(moving.controller.focusDay).to.equal('2026-12-02');
  });

  it('looks one month ahead for a first free day, then leaves the choice to the learner', async () => {
    const { source, queries } = stubSource([slot('jan', '2027-01-05T01:00:00.000Z')]);
    const { controller, settle } = calendar(source);
    controller.start();
    await settle();
    await settle();
    expect(queries.map((q) => q.from)).to.deep.equal(['2026-11-30T15:00:00.000Z', '2026-12-31T15:00:00.000Z']);
    expect(controller.focusDay).to.equal('2027-01-05');

    const empty = calendar(stubSource([]).source);
    empty.controller.start();
    await empty.settle();
    await empty.settle();
    expect(empty.controller.focusDay, 'two empty months: it stays where it last looked').to.equal('2027-01-01');
    expect(empty.controller.counts!.size).to.equal(0);
  });

  it('loads another month only when the day shown leaves the month', async () => {
    const { source, queries } = stubSource([]);
    const { controller, settle } = calendar(source);
    controller.show('2026-12-10');
    await settle();
    controller.show('2026-12-20');
    await settle();
    expect(queries).to.have.length(1);
    controller.showMonth(1);
    await settle();
    expect(controller.focusDay).to.equal('2027-01-20');
    expect(queries.map((q) => q.from)).to.deep.equal(['2026-11-30T15:00:00.000Z', '2026-12-31T15:00:00.000Z']);
  });
});
