import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { SlotTakenError } from '../../src/data/errors.js';
import { LocalDemoDataSource, deleteDemoDatabase } from '../../src/data/demo/demo-data-source.js';
import type { DataChange, ProgressUpdate } from '../../src/data/types.js';
import { NOW, PERSONAL, findSlot, fixedNow, rejectionOf, request, uniqueDbName } from './helpers.js';

const COURSE = 'elem-korean-reading';
const LESSON = 'elem-korean-reading-1-1';

describe('LocalDemoDataSource persistence (IndexedDB)', () => {
  let names: string[] = [];
  let sources: LocalDemoDataSource[] = [];

  /** A data source on an IndexedDB database that this test owns. */
  function open(databaseName: string): LocalDemoDataSource {
    const source = new LocalDemoDataSource({ storage: 'indexeddb', databaseName, now: fixedNow });
    sources.push(source);
    if (!names.includes(databaseName)) names.push(databaseName);
    return source;
  }

  async function databaseExists(name: string): Promise<boolean> {
    return (await indexedDB.databases()).some((db) => db.name === name);
  }

  /** Everything stored in a database, keys and values, as one JSON string. */
  async function dump(name: string): Promise<string> {
    const db = await openDB(name);
    try {
      const contents: Record<string, unknown> = {};
      for (const store of db.objectStoreNames) {
        contents[store] = { keys: await db.getAllKeys(store), values: await db.getAll(store) };
      }
      return JSON.stringify(contents);
    } finally {
      db.close();
    }
  }

  afterEach(async () => {
    for (const source of sources) source.close();
    for (const name of names) await deleteDemoDatabase(name);
    for (const name of names) expect(await databaseExists(name), name).to.equal(false);
    names = [];
    sources = [];
  });

  const progress = (id: string, segment: [number, number], studySec: number): ProgressUpdate => ({
    id,
    learnerId: 'learner-db',
    courseId: COURSE,
    lessonId: LESSON,
    positionSec: segment[1],
    durationSec: 16,
    watchedSegments: [segment],
    studySec,
    completed: false,
    at: NOW.toISOString(),
  });

  it('keeps progress, applied ids, goals and bookings for a new instance (a reload)', async () => {
    const name = uniqueDbName('reload');
    const first = open(name);
    await first.saveProgress([progress('p-1', [0, 15], 900)]);
    await first.setWeeklyGoal('learner-db', 420);
    const slot = await findSlot(first, 'study', (s) => s.capacity === 1);
    const booking = await first.createBooking(request(slot.id, 'reload-key', 'learner-db'));
    first.close();

    const second = open(name);
    const [record] = await second.getCourseProgress('learner-db', COURSE);
    expect(record).to.include({ lessonId: LESSON, completed: true, positionSec: 15 });
    const summary = await second.getLearnerSummary('learner-db');
    expect(summary.weeklyGoalMinutes).to.equal(420);
    expect(summary.dailyStudy.at(-1)!.seconds).to.equal(900);
    expect(summary.courses[0]).to.deep.include({ courseId: COURSE, completedLessons: 1 });
    expect(await second.listBookings('learner-db')).to.deep.equal([booking]);
    // The slot stays taken and the idempotency key still answers with the same booking.
    expect(
      (
        await second.listSlots({
          kind: 'study',
          from: slot.start,
          to: new Date(Date.parse(slot.start) + 1).toISOString(),
        })
      ).find((s) => s.id === slot.id)!.remaining,
    ).to.equal(0);
    expect((await second.createBooking(request(slot.id, 'reload-key', 'learner-db'))).id).to.equal(booking.id);
    // A replayed update id is still ignored.
    await second.saveProgress([progress('p-1', [0, 15], 900)]);
    expect((await second.getLearnerSummary('learner-db')).dailyStudy.at(-1)!.seconds).to.equal(900);
  });

  it('lets exactly one of two instances book a one-person slot at the same time', async () => {
    const name = uniqueDbName('race');
    const a = open(name);
    const b = open(name);
    const slot = await findSlot(a, 'mentoring', (s) => s.capacity === 1);
    const results = await Promise.allSettled([
      a.createBooking(request(slot.id, 'race-a', 'learner-a')),
      b.createBooking(request(slot.id, 'race-b', 'learner-b')),
      a.createBooking(request(slot.id, 'race-c', 'learner-c')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    for (const result of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
      expect(result.reason).to.be.instanceOf(SlotTakenError);
    }
  });

  it('rolls back a reschedule to a full slot', async () => {
    const name = uniqueDbName('rollback');
    const source = open(name);
    const slots = (
      await source.listSlots({
        kind: 'study',
        from: NOW.toISOString(),
        to: new Date(NOW.getTime() + 30 * 86_400_000).toISOString(),
      })
    )
      // Past the study kind's 24 h lead time, so that both can be booked.
      .filter((s) => s.capacity === 1 && Date.parse(s.start) >= NOW.getTime() + 24 * 3_600_000);
    const [from, full] = slots as [(typeof slots)[0], (typeof slots)[0]];
    const mine = await source.createBooking(request(from.id, 'mine', 'learner-a'));
    await source.createBooking(request(full.id, 'theirs', 'learner-b'));
    expect(await rejectionOf(source.rescheduleBooking('learner-a', mine.id, full.id, 'move'))).to.be.instanceOf(
      SlotTakenError,
    );
    const reloaded = open(name);
    expect(await reloaded.listBookings('learner-a')).to.deep.equal([mine]);
    const after = await reloaded.listSlots({
      kind: 'study',
      from: from.start,
      to: new Date(Date.parse(full.start) + 1).toISOString(),
    });
    expect(after.find((s) => s.id === from.id)!.remaining).to.equal(0);
    expect(after.find((s) => s.id === full.id)!.remaining).to.equal(0);
  });

  it('never writes the applicant’s personal data to IndexedDB', async () => {
    const name = uniqueDbName('privacy');
    const source = open(name);
    const slot = await findSlot(source, 'admissions');
    const booking = await source.createBooking(request(slot.id, 'privacy-key', 'learner-db'));
    const other = await findSlot(source, 'admissions', (s) => s.id !== slot.id);
    await source.rescheduleBooking('learner-db', booking.id, other.id, 'privacy-move');
    await source.cancelBooking('learner-db', booking.id);
    const stored = await dump(name);
    // The dump really holds the booking (so the search below is meaningful) …
    expect(stored).to.contain(booking.id);
    expect(stored).to.contain('privacy-key');
    // … and none of what the applicant typed, in any spelling.
    const probes = [...Object.values(PERSONAL), '01098765432', '9876-5432', '5555-7777', 'privacy-probe', '홍길순'];
    for (const probe of probes) expect(stored, probe).to.not.contain(probe);
    expect(stored).to.not.match(/"(name|phone|email|question|guardianName|guardianPhone|applicant)"/);
  });

  it('deletes a database, even while an instance has it open', async () => {
    const name = uniqueDbName('reset');
    const source = open(name);
    await source.setWeeklyGoal('learner-db', 500);
    expect(await databaseExists(name)).to.equal(true);
    await deleteDemoDatabase(name);
    expect(await databaseExists(name)).to.equal(false);
    // The open instance steps aside and starts afresh on its next call.
    expect((await source.getLearnerSummary('learner-db')).weeklyGoalMinutes).to.equal(180);
  });

  it('tells other instances on the same database about changes', async () => {
    const name = uniqueDbName('broadcast');
    const a = open(name);
    const b = open(name);
    const heard = new Promise<DataChange>((resolve) => b.subscribe(resolve));
    const own: DataChange[] = [];
    a.subscribe((change) => own.push(change));
    await a.setWeeklyGoal('learner-db', 90);
    expect(await heard).to.deep.equal({ type: 'goal', learnerId: 'learner-db' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(own).to.deep.equal([{ type: 'goal', learnerId: 'learner-db' }]);
  });

  it('writes nothing to IndexedDB in memory mode', async () => {
    const name = uniqueDbName('memory');
    names.push(name);
    const before = (await indexedDB.databases()).map((db) => db.name).sort();
    const source = new LocalDemoDataSource({ storage: 'memory', databaseName: name, now: fixedNow });
    await source.saveProgress([progress('m-1', [0, 16], 60)]);
    await source.setWeeklyGoal('learner-db', 200);
    const slot = await findSlot(source, 'study');
    await source.createBooking(request(slot.id, 'memory-key', 'learner-db'));
    expect((await source.getLearnerSummary('learner-db')).weeklyGoalMinutes).to.equal(200);
    const after = (await indexedDB.databases()).map((db) => db.name).sort();
    expect(after).to.deep.equal(before);
    expect(after).to.not.include(name);
    // And a second memory instance starts empty.
    const fresh = new LocalDemoDataSource({ storage: 'memory', databaseName: name, now: fixedNow });
    expect(await fresh.listBookings('learner-db')).to.deep.equal([]);
  });
});
