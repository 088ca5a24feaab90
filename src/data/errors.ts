/** Why a data source call failed, as a stable code that elements map to a message. */
export type DataSourceErrorCode =
  'not-found' | 'slot-taken' | 'validation' | 'unauthorized' | 'network' | 'invalid-response';

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
