// The embed builder (builder.html): turns the form into the two snippets and a live preview (embed.html in an
// iframe, with the same options). Values are escaped for HTML in the snippets and URL-encoded in the query; the
// widget itself validates every option again, and the preview shows its configuration message for a bad one.

const PERSPECTIVES = {
  trust: [['self', 'About me'], ['advisor', 'About my coach or advisor']],
  alliance: [['client', 'I am the client'], ['coach', 'I am the coach']],
  checkin: [['client', 'I am the client'], ['coach', 'I am the coach']],
};
const DEFAULT_ACCENT = '#1f6b5c';
const base = new URL('./', location.href);
const form = document.getElementById('options');
const preview = document.getElementById('preview');

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
  document.getElementById('script-snippet').textContent =
    `<div data-rapport${attributes}></div>\n<script type="module" src="${new URL('v1/rapport.js', base)}"></script>`;
  const query = new URLSearchParams(pairs);
  const origin = String(new FormData(form).get('parent-origin') ?? '').trim();
  if (origin) query.set('parent-origin', origin);
  const frameUrl = new URL(`embed.html${query.size ? `?${query}` : ''}`, base).href;
  document.getElementById('iframe-snippet').textContent =
    `<iframe data-rapport-frame src="${escapeHtml(frameUrl)}" title="Self-assessment" loading="lazy"\n` +
    '  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"\n' +
    '  allow="clipboard-write; web-share"></iframe>\n' +
    `<script type="module" src="${new URL('v1/iframe.js', base)}"></script>`;
  // The preview reloads a moment after typing stops, not on every key.
  clearTimeout(timer);
  const previewUrl = new URL(`embed.html${pairs.length ? `?${new URLSearchParams(pairs)}` : ''}`, base).href;
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
