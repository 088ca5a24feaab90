/*
 * Records every Content-Security-Policy / Trusted Types violation and every uncaught error on
 * `window.violations` and `window.pageErrors`, from before any other script runs.
 */
window.violations = [];
window.pageErrors = [];
window.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      sample: event.sample,
    });
  },
  true,
);
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
