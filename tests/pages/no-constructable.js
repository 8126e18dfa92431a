// Makes this page a browser without constructable stylesheets (Safari before 16.4): `new CSSStyleSheet()` throws,
// as it did there, while sheets the page links are still CSSStyleSheet instances.
const Existing = window.CSSStyleSheet;
function NoConstructor() {
  throw new TypeError('Illegal constructor');
}
NoConstructor.prototype = Existing.prototype;
window.CSSStyleSheet = NoConstructor;
