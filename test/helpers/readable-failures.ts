/**
 * A failing assertion about an element (e.g. `expect(el).to.equal(other)`) puts the element in
 * the error's `actual`/`expected`, and the test runner then tries to serialise a whole DOM and
 * Lit object graph to report it, which hangs the test file until its time-out. Replace such
 * values with a short description before the runner reads them; plain data keeps its diff.
 */
function describeValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Node) {
    return value instanceof Element ? `<${value.localName}${value.id ? `#${value.id}` : ''}>` : value.nodeName;
  }
  try {
    const json = JSON.stringify(value);
    return json !== undefined && json.length <= 20_000 ? value : `${Object.prototype.toString.call(value)} (large)`;
  } catch {
    return `${Object.prototype.toString.call(value)} (not serialisable)`;
  }
}

afterEach(function () {
  const error = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!error) return;
  error.actual = describeValue(error.actual);
  error.expected = describeValue(error.expected);
});
