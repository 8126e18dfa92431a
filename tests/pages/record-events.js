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
