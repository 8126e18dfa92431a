// The embed builder (builder.html): turns the form into the two snippets and a live preview (embed.html in an
// iframe, with the same options). Values are escaped for HTML in the snippets and URL-encoded in the query; the
// widget itself validates every option again, and the preview shows its configuration message for a bad one.

const PERSPECTIVES = {
  trust: [['self', 'About me'], ['advisor', 'About my coach or advisor']],
  alliance: [['client', 'I am the client'], ['coach', 'I am the coach']],
  checkin: [['client', 'I am the client'], ['coach', 'I am the coach']],
};
const DEFAULT_ACCENT = '#1f6b5c';
const form = document.getElementById('options');
const preview = document.getElementById('preview');
// The release's version and npm name, written by scripts/build.sh (Cargo.toml is their one source).
const VERSION = 'RAPPORT_VERSION';
const NPM_NAME = 'RAPPORT_NPM_NAME';
const CDN_BASE = new URL(`https://cdn.jsdelivr.net/npm/${NPM_NAME}@${VERSION.split('.')[0]}/`);
// The snippets point at the host this page is served from: the folder holding builder.html, v1/ and embed.html.
const here = new URL('./', location.href);
here.search = '';
here.hash = '';

// Opened as a file, or from this computer or a local network: a snippet pointing here works on no public site.
const PRIVATE_HOST = /^(localhost|.*\.localhost|.*\.local|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$/;
const local = location.protocol === 'file:' || PRIVATE_HOST.test(location.hostname);
if (local) {
  const warning = document.getElementById('host-warning');
  warning.textContent =
    location.protocol === 'file:'
      ? 'This page is opened as a file from your computer: a snippet pointing here would work on no website. Put the folder on your web host and open builder.html there, or use the npm CDN (chosen below).'
      : `This page is served from ${location.host}, your own computer or local network: the snippets point there and will not work on a public site. Open builder.html on the web host your site will load rapport from, or choose the npm CDN below.`;
  warning.hidden = false;
}
document.getElementById('this-host').textContent = location.protocol === 'file:' ? 'not possible from a file' : here.href;
const fromHere = form.elements.source[0];
if (location.protocol === 'file:') {
  fromHere.disabled = true;
  form.elements.source[1].checked = true;
}

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The chosen options as [name, value] pairs, defaults left out.
const chosen = () => {
  const data = new FormData(form);
  const pairs = [];
  for (const name of ['instrument', 'perspective', 'coach', 'accent', 'cta-label', 'cta-url', 'namespace']) {
    const value = String(data.get(name) ?? '').trim();
    if (value && !(name === 'accent' && value === DEFAULT_ACCENT)) pairs.push([name, value]);
  }
  if (!form.elements.share.checked) pairs.push(['share', 'off']);
  if (form.elements['event-scores'].checked) pairs.push(['event-scores', 'on']);
  return pairs;
};

const fillPerspectives = () => {
  const select = form.elements.perspective;
  const options = PERSPECTIVES[form.elements.instrument.value] || [];
  select.replaceChildren(new Option('Let the person choose', ''), ...options.map(([id, label]) => new Option(label, id)));
  select.disabled = options.length === 0;
};

let timer = 0;
const update = () => {
  const pairs = chosen();
  const attributes = pairs.map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`).join('');
  const cdn = form.elements.source[1].checked;
  // A CDN serves scripts, not pages: our summary page is not there, so sharing is off from a CDN
  // (docs/hosting.md; a coach's own page with data-share-base is the other way).
  const sharing = cdn && !pairs.some(([name]) => name === 'share') ? ' data-share="off"' : '';
  document.getElementById('script-snippet').textContent =
    `<div data-rapport${attributes}${sharing}></div>\n<script type="module" src="${new URL('v1/rapport.js', cdn ? CDN_BASE : here)}"></script>`;
  document.getElementById('iframe-note').hidden = !cdn;
  const query = new URLSearchParams(pairs);
  const origin = String(new FormData(form).get('parent-origin') ?? '').trim();
  if (origin) query.set('parent-origin', origin);
  const frameUrl = new URL(`embed.html${query.size ? `?${query}` : ''}`, here).href;
  document.getElementById('iframe-snippet').textContent = location.protocol === 'file:'
    ? 'The iframe needs this folder on a web host: open builder.html there.'
    : `<iframe data-rapport-frame src="${escapeHtml(frameUrl)}" title="Self-assessment" loading="lazy"\n` +
    '  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"\n' +
    '  allow="clipboard-write; web-share"></iframe>\n' +
    `<script type="module" src="${new URL('v1/iframe.js', here)}"></script>`;
  // The preview reloads a moment after typing stops, not on every key.
  clearTimeout(timer);
  const previewUrl = new URL(`embed.html${pairs.length ? `?${new URLSearchParams(pairs)}` : ''}`, here).href;
  timer = setTimeout(() => {
    if (preview.src !== previewUrl) preview.src = previewUrl;
  }, 400);
};

form.addEventListener('input', (event) => {
  if (event.target.name === 'instrument') fillPerspectives();
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    const status = document.getElementById('copy-status');
    navigator.clipboard
      .writeText(text)
      .then(() => { status.textContent = 'Copied.'; })
      .catch(() => { status.textContent = 'Copying is blocked here: select the snippet and copy it yourself.'; });
  });
}

fillPerspectives();
update();
