/*
 * Pins the clock of every element on the page to `?now=` (an ISO instant), as a host that wants a
 * fixed calendar would, so that what the page shows is the same on any day the tests run. A
 * deferred classic script: it runs after the document is parsed and before any module script, so
 * the elements have their clock before they load data (Lit keeps a property set before upgrade).
 */
const now = new URLSearchParams(location.search).get('now');
if (now) {
  const at = Date.parse(now);
  const clock = () => new Date(at);
  for (const el of document.querySelectorAll('*')) if (el.localName.includes('-')) el.clock = clock;
}
