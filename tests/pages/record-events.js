// Host-page script of the test pages: records what a coach's page would see (the widget's events, and any
// Content-Security-Policy violation) on window, for the tests to read. A file, not inline: the pages are strict.
window.rapportEvents = [];
window.cspViolations = [];
for (const type of ['rapport:start', 'rapport:complete']) {
  document.addEventListener(type, (event) => {
    const target = event.target instanceof Element ? event.target.id : String(event.target);
    window.rapportEvents.push({ type, target, detail: event.detail });
  });
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
// Every problem a test must fail on, recorded from inside the page (WebKit's driver reports no console):
// uncaught exceptions, unhandled rejections, console errors and CSP violations.
window.pageProblems = [];
window.addEventListener('error', (event) => window.pageProblems.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) =>
  window.pageProblems.push(`unhandled rejection: ${event.reason?.message ?? event.reason}`),
);
document.addEventListener('securitypolicyviolation', (event) =>
  window.pageProblems.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
);
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.pageProblems.push(`console error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};
// What a coach's page hears from rapport:ready (the release version), and the warnings rapport gives the site
// owner, for the WebKit tests (Playwright's specs listen to the page themselves).
window.readyEvents = [];
document.addEventListener('rapport:ready', (event) =>
  window.readyEvents.push({ target: event.target instanceof Element ? event.target.id : String(event.target), detail: event.detail }),
);
window.pageWarnings = [];
const consoleWarn = console.warn.bind(console);
console.warn = (...args) => {
  window.pageWarnings.push(args.map(String).join(' '));
  consoleWarn(...args);
};
