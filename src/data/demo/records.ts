/** What the demo data source hands out: copies, never what it holds. */
/** A deep copy, so that callers can never change what the source holds. */
export const clone = <T>(value: T): T => structuredClone(value);
