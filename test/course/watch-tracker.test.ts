import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { SAVE_INTERVAL_SEC, WatchTracker } from '../../src/course/watch-tracker.js';

/** A tracker on a hand-driven monotonic clock, and a way to let real time pass on it. */
function tracker(stored: [number, number][] = []) {
  let now = 1_000;
  const watch = new WatchTracker(stored, () => now);
  return { watch, wait: (sec: number) => (now += sec * 1000) };
}

describe('WatchTracker', () => {
  it('counts contiguous playback in small ticks as watched and as study time', () => {
    const { watch, wait } = tracker();
    watch.restart(0);
    for (let t = 0.25; t <= 4; t += 0.25) {
      wait(0.25);
      watch.tick(t, 1);
    }
    expect(watch.watched).to.deep.equal([[0, 4]]);
    expect(watch.take()).to.deep.equal({ segments: [[0, 4]], studySec: 4 });
  });

  it('counts a long step when that much real time passed (a busy page still watched it)', () => {
    const { watch, wait } = tracker();
    watch.restart(10);
    wait(0.25);
    watch.tick(10.25, 1);
    // The main thread was blocked for 2.2 s while the video played on.
    wait(2.2);
    watch.tick(12.45, 1);
    expect(watch.watched).to.deep.equal([[10, 12.45]]);
    expect(watch.take().studySec).to.equal(2.45);
  });

  it('does not count a jump that took less real time than it skipped', () => {
    const { watch, wait } = tracker();
    watch.restart(0);
    wait(0.25);
    watch.tick(0.25, 1);
    wait(0.25);
    watch.tick(30, 1);
    wait(0.25);
    watch.tick(30.25, 1);
    expect(watch.watched).to.deep.equal([
      [0, 0.25],
      [30, 30.25],
    ]);
    expect(watch.take().studySec).to.equal(0.5);
  });

  it('scales both bounds with the playback rate, and study time is real time', () => {
    const { watch, wait } = tracker();
    watch.restart(0);
    wait(1.5);
    watch.tick(3, 2);
    wait(0.5);
    watch.tick(7, 2);
    expect(watch.watched).to.deep.equal([[0, 3]]);
    expect(watch.take().studySec).to.equal(1.5);
  });

  it('counts nothing after a break until playback restarts', () => {
    const { watch, wait } = tracker([[0, 2]]);
    watch.restart(undefined);
    wait(5);
    expect(watch.tick(5, 1)).to.equal(false);
    wait(0.25);
    watch.tick(5.25, 1);
    expect(watch.watched).to.deep.equal([
      [0, 2],
      [5, 5.25],
    ]);
  });

  it('says a save is due once the save interval of playback has passed', () => {
    const { watch, wait } = tracker();
    watch.restart(0);
    let due = false;
    let t = 0;
    while (!due) {
      wait(0.5);
      t += 0.5;
      due = watch.tick(t, 1);
    }
    expect(t).to.equal(SAVE_INTERVAL_SEC);
    watch.take();
    wait(0.5);
    expect(watch.tick(t + 0.5, 1)).to.equal(false);
  });
});
