/*
 * Records console warnings and errors and every uncaught error on `window.consoleLog` and
 * `window.pageErrors`, from before any other script runs. The messages still reach the console.
 */
window.consoleLog = [];
window.pageErrors = [];
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.consoleLog.push({ level, message: args.map(String).join(' ') });
    original(...args);
  };
}
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
