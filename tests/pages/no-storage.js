// Makes this page a browser that blocks site data: every touch of localStorage throws, as Safari's "Block all
// cookies" and private modes of some browsers do. Loaded before the widget (the WebKit tests have no init scripts).
Object.defineProperty(window, 'localStorage', {
  get() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
});
