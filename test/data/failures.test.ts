import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import {
  ContentTooLargeError,
  ForbiddenError,
  InvalidResponseError,
  NetworkError,
  NotFoundError,
  SlotTakenError,
  UnauthorizedError,
  ValidationError,
} from '../../src/data/errors.js';
import { isPermanentFailure } from '../../src/data/failures.js';

describe('isPermanentFailure', () => {
  it('is true for refused data and things that do not exist, false for what may pass later', () => {
    expect(isPermanentFailure(new ValidationError(['at']))).to.equal(true);
    expect(isPermanentFailure(new NotFoundError('lesson'))).to.equal(true);
    expect(isPermanentFailure(new ForbiddenError())).to.equal(true);
    expect(isPermanentFailure(new ContentTooLargeError())).to.equal(true);
    for (const error of [
      new NetworkError(),
      new UnauthorizedError(),
      new InvalidResponseError('x'),
      new SlotTakenError('s'),
      new Error('boom'),
      new DOMException('aborted', 'AbortError'),
      undefined,
      'validation',
      { code: 'validation' },
      { code: 'forbidden' },
      { code: 'too-large' },
    ]) {
      expect(isPermanentFailure(error), String(error)).to.equal(false);
    }
  });

  it('reads the code, so an error from another copy of the library counts too', () => {
    class ForeignError extends Error {
      readonly code = 'not-found';
    }
    expect(isPermanentFailure(new ForeignError('lesson was not found'))).to.equal(true);
    for (const code of ['forbidden', 'too-large']) {
      expect(isPermanentFailure(Object.assign(new Error('refused'), { code })), code).to.equal(true);
    }
  });

  it('gives ForbiddenError and ContentTooLargeError their codes and names', () => {
    expect(new ForbiddenError()).to.include({ code: 'forbidden', name: 'ForbiddenError' });
    expect(new ContentTooLargeError()).to.include({ code: 'too-large', name: 'ContentTooLargeError' });
  });
});
