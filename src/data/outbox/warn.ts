/** The console warning of a dropped batch: ids and counts only, never progress data. */

/** At most this many ids are named; a longer batch is summarised. */
const MAX_NAMED_IDS = 20;

/** Warns that the server refused `ids` and they were dropped from the outbox. */
export function warnDropped(ids: readonly string[], fields: readonly string[]): void {
  const named = ids.slice(0, MAX_NAMED_IDS).join(', ');
  const more = ids.length > MAX_NAMED_IDS ? ` and ${ids.length - MAX_NAMED_IDS} more` : '';
  const count = `${ids.length} progress update${ids.length === 1 ? '' : 's'}`;
  const why = fields.length > 0 ? ` (invalid ${fields.join(', ')})` : '';
  console.warn(`[seoul-learn] progress outbox: the server refused ${count}${why}; dropped ids ${named}${more}.`);
}
