import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { MAX_SEGMENTS_PER_LESSON } from '../../src/data/limits.js';
import { DEFAULT_COMPLETION_THRESHOLD, coverage, isComplete, mergeSegments } from '../../src/data/progress.js';
import { limitSegments } from '../../src/data/segment-limit.js';
import type { WatchedSegment } from '../../src/data/types.js';

describe('progress helpers', () => {
  describe('mergeSegments', () => {
    it('sorts and coalesces overlapping and touching segments', () => {
      const merged = mergeSegments(
        [
          [10, 20],
          [0, 5],
        ],
        [
          [4, 8],
          [20, 25],
          [30, 31],
        ],
      );
      expect(merged).to.deep.equal([
        [0, 8],
        [10, 25],
        [30, 31],
      ]);
    });

    it('keeps a gap between segments that do not touch', () => {
      expect(mergeSegments([[0, 5]], [[5.5, 9]])).to.deep.equal([
        [0, 5],
        [5.5, 9],
      ]);
    });

    it('drops empty, reversed and NaN segments and clamps starts to zero', () => {
      const merged = mergeSegments(
        [
          [3, 3],
          [9, 2],
          [Number.NaN, 4],
          [1, Number.NaN],
          [-5, 2],
          [-9, -1],
        ],
        [[Number.POSITIVE_INFINITY, 3]],
      );
      expect(merged).to.deep.equal([[0, 2]]);
    });

    it('swallows a segment contained in another', () => {
      expect(mergeSegments([[0, 10]], [[2, 3]])).to.deep.equal([[0, 10]]);
    });

    it('does not modify its inputs', () => {
      const a: WatchedSegment[] = [
        [5, 6],
        [0, 1],
      ];
      const copy = JSON.stringify(a);
      const merged = mergeSegments(a, [[1, 5]]);
      expect(JSON.stringify(a)).to.equal(copy);
      expect(merged).to.deep.equal([[0, 6]]);
      (merged[0] as unknown as number[])[1] = 99;
      expect(a[0]![1]).to.equal(6);
    });

    it('works with one argument', () => {
      expect(
        mergeSegments([
          [2, 4],
          [1, 3],
        ]),
      ).to.deep.equal([[1, 4]]);
    });
  });

  describe('coverage', () => {
    it('is the share of the duration covered, counting overlaps once', () => {
      expect(
        coverage(
          [
            [0, 4],
            [2, 6],
          ],
          12,
        ),
      ).to.equal(0.5);
    });

    it('ignores what lies past the end and clamps to 1', () => {
      expect(coverage([[8, 30]], 10)).to.be.closeTo(0.2, 1e-12);
      expect(coverage([[0, 30]], 10)).to.equal(1);
    });

    it('is 0 for no segments or a useless duration', () => {
      expect(coverage([], 10)).to.equal(0);
      expect(coverage([[0, 5]], 0)).to.equal(0);
      expect(coverage([[0, 5]], Number.NaN)).to.equal(0);
      expect(coverage([[0, 5]], -3)).to.equal(0);
    });
  });

  describe('limitSegments', () => {
    it('keeps the longest segments, in their order, and drops the shortest', () => {
      const segments: WatchedSegment[] = [
        [0, 1],
        [2, 2.5],
        [3, 6],
        [7, 7.1],
        [8, 10],
      ];
      expect(limitSegments(segments, 3)).to.deep.equal([
        [0, 1],
        [3, 6],
        [8, 10],
      ]);
      expect(segments, 'the input is not modified').to.have.length(5);
    });

    it('of two equally long, keeps the earlier; a list within the limit comes back whole', () => {
      expect(
        limitSegments(
          [
            [0, 1],
            [2, 3],
            [4, 5],
          ],
          2,
        ),
      ).to.deep.equal([
        [0, 1],
        [2, 3],
      ]);
      expect(limitSegments([[0, 1]], 1)).to.deep.equal([[0, 1]]);
    });

    it('caps at MAX_SEGMENTS_PER_LESSON by default and never raises coverage', () => {
      const many = Array.from({ length: MAX_SEGMENTS_PER_LESSON + 50 }, (_, i): WatchedSegment => [i, i + 0.5]);
      const kept = limitSegments(many);
      expect(kept).to.have.length(MAX_SEGMENTS_PER_LESSON);
      expect(coverage(kept, 1000)).to.be.at.most(coverage(many, 1000));
    });
  });

  describe('isComplete', () => {
    it('uses a 90% default threshold', () => {
      expect(DEFAULT_COMPLETION_THRESHOLD).to.equal(0.9);
      expect(isComplete([[0, 14.4]], 16)).to.equal(true);
      expect(isComplete([[0, 14.3]], 16)).to.equal(false);
    });

    it('is not fooled by jumping to the end', () => {
      expect(isComplete([[15, 16]], 16)).to.equal(false);
    });

    it('counts scattered segments together', () => {
      expect(
        isComplete(
          [
            [0, 5],
            [5, 9.1],
            [9.1, 14.5],
          ],
          16,
        ),
      ).to.equal(true);
    });

    it('accepts a custom threshold', () => {
      expect(isComplete([[0, 8]], 16, 0.5)).to.equal(true);
      expect(isComplete([[0, 8]], 16, 0.6)).to.equal(false);
    });

    it('is never complete without a duration', () => {
      expect(isComplete([[0, 10]], 0)).to.equal(false);
    });
  });
});
