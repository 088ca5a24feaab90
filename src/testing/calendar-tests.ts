/// <reference types="mocha" />
/**
 * Public holidays and slots: the gazette's holidays, the years not published yet, and no slot on
 * a holiday.
 */
import { expect } from '@open-wc/testing';
import { ValidationError } from '../data/errors.js';
import { seoulDateKey } from '../data/time.js';
import { CONSULTATION_KINDS } from '../data/types.js';
import { range, rejectionOf, sourceOf } from './kit.js';
import type { SuiteState } from './types.js';

export function calendarTests(state: SuiteState): void {
  describe('holidays and slots', () => {
    it('lists public holidays from the gazette and the years not published yet', async () => {
      const source = sourceOf(state);
      const may = await source.listHolidays('2027-05-01', '2027-05-31');
      expect(may.holidays.map((holiday) => holiday.date)).to.deep.equal([
        '2027-05-01',
        '2027-05-03',
        '2027-05-05',
        '2027-05-13',
      ]);
      expect(may.holidays[1]!.names).to.deep.equal([
        { ko: '대체공휴일(노동절)', en: 'Substitute holiday (Labor Day)' },
      ]);
      expect(may.unpublishedYears).to.deep.equal([]);
      expect((await source.listHolidays('2027-12-01', '2028-01-31')).unpublishedYears).to.deep.equal([2028]);
    });

    it('puts no slot on a public holiday or in a year whose holidays are not published', async () => {
      const source = sourceOf(state);
      const { from, to } = range(state.subject().now);
      const dayOf = (instant: string) => seoulDateKey(new Date(instant));
      const window = await source.listHolidays(dayOf(from), dayOf(to));
      const closed = new Set(window.holidays.map((holiday) => holiday.date));
      for (const kind of CONSULTATION_KINDS) {
        for (const slot of await source.listSlots({ kind, from, to })) {
          expect(closed.has(dayOf(slot.start)), slot.id).to.equal(false);
          expect(window.unpublishedYears, slot.id).to.not.include(Number(dayOf(slot.start).slice(0, 4)));
        }
      }
    });

    it('rejects a reversed holiday range and a malformed slot query, naming the fields', async () => {
      const source = sourceOf(state);
      const reversed = await rejectionOf(source.listHolidays('2027-05-31', '2027-05-01'));
      expect(reversed).to.be.instanceOf(ValidationError);
      expect((reversed as ValidationError).fields).to.deep.equal(['to']);
      const query = await rejectionOf(
        source.listSlots({
          kind: 'tutoring' as 'study',
          from: 'yesterday',
          to: state.subject().now().toISOString(),
        }),
      );
      expect(query).to.be.instanceOf(ValidationError);
      expect((query as ValidationError).fields).to.deep.equal(['kind', 'from']);
    });
  });
}
