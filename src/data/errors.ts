/** Why a data source call failed, as a stable code that elements map to a message. */
export type DataSourceErrorCode =
  | 'not-found'
  | 'slot-taken'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'too-large'
  | 'network'
  | 'invalid-response';

/** Base class of every error a `DataSource` rejects with. Messages never carry personal data. */
export class DataSourceError extends Error {
  readonly code: DataSourceErrorCode;
  constructor(code: DataSourceErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DataSourceError';
    this.code = code;
  }
}

export class NotFoundError extends DataSourceError {
  constructor(what: string, options?: ErrorOptions) {
    super('not-found', `${what} was not found`, options);
    this.name = 'NotFoundError';
  }
}

export class SlotTakenError extends DataSourceError {
  readonly slotId: string;
  constructor(slotId: string, options?: ErrorOptions) {
    super('slot-taken', `slot ${slotId} has no room left`, options);
    this.name = 'SlotTakenError';
    this.slotId = slotId;
  }
}

export class ValidationError extends DataSourceError {
  /** The names of the fields that failed, never their values. */
  readonly fields: readonly string[];
  constructor(fields: readonly string[], options?: ErrorOptions) {
    super('validation', `invalid ${fields.join(', ')}`, options);
    this.name = 'ValidationError';
    this.fields = fields;
  }
}

export class NetworkError extends DataSourceError {
  constructor(message = 'network request failed', options?: ErrorOptions) {
    super('network', message, options);
    this.name = 'NetworkError';
  }
}

/** The API refused the bearer token (or there was none), even after asking `getToken` for a fresh one. */
export class UnauthorizedError extends DataSourceError {
  constructor(options?: ErrorOptions) {
    super('unauthorized', 'not signed in, or the session has expired', options);
    this.name = 'UnauthorizedError';
  }
}

/**
 * The API knows who is calling and refuses: the signed-in learner may not read or change this
 * (another learner's data, or a manager's view without that role or region). Asking again with
 * the same token cannot succeed, so it is never retried.
 */
export class ForbiddenError extends DataSourceError {
  constructor(options?: ErrorOptions) {
    super('forbidden', 'the signed-in learner may not read or change this', options);
    this.name = 'ForbiddenError';
  }
}

/**
 * The API refused the request body as too large (HTTP 413). The same body can never pass; the
 * progress outbox splits such a batch and drops an update that is too large on its own.
 */
export class ContentTooLargeError extends DataSourceError {
  constructor(options?: ErrorOptions) {
    super('too-large', 'the request body is too large for the API', options);
    this.name = 'ContentTooLargeError';
  }
}

/**
 * A response arrived but could not be used: not JSON, or a field of the wrong type or missing.
 * `path` names the first bad field (`chapters[0].lessons[2].durationSec`), never its value.
 */
export class InvalidResponseError extends DataSourceError {
  readonly path: string;
  constructor(path: string, message = `invalid response at ${path || '(body)'}`, options?: ErrorOptions) {
    super('invalid-response', message, options);
    this.name = 'InvalidResponseError';
    this.path = path;
  }
}
