// Counts, before the widget runs, every date the page writes (the widget writes them all through
// toLocaleDateString): the WebKit twin of tests/e2e/dates.spec.mjs's init script.
window.datesWritten = 0;
const toLocaleDateString = Date.prototype.toLocaleDateString;
Date.prototype.toLocaleDateString = function countingToLocaleDateString(...args) {
  window.datesWritten += 1;
  return toLocaleDateString.apply(this, args);
};
