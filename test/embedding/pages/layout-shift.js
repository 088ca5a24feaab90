/*
 * Records every layout shift of the page from its start (a classic script in <head>, so it runs
 * before the first paint). `layoutShifts()` returns them all, including those the observer has
 * not delivered yet.
 */
const shifts = [];
const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
observer.observe({ type: 'layout-shift', buffered: true });
window.layoutShifts = () => {
  shifts.push(...observer.takeRecords());
  return shifts;
};
