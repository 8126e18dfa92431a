// The practical floor: the same flow as rapport (start screen, one statement per screen with five radio buttons,
// Back and Next, a pointer pick moves on after 450 ms, progress kept in localStorage, a result), written by hand
// with no framework. Statements come from questions.json, generated from rapport's Rust source.
import data from './questions.json' with { type: 'json' };

const AUTO_ADVANCE_MS = 450;
const KEY = 'bench-vanilla-draft';
const app = document.getElementById('app');
const total = data.items.length;
let answers = new Array(total).fill(0);
let position = 0;
let pending = 0;

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const save = () => {
  try {
    localStorage.setItem(KEY, JSON.stringify({ position, answers }));
  } catch {
    // Storage blocked: keep going in memory.
  }
};
const cancel = () => clearTimeout(pending);

function startScreen() {
  const start = el('button', { type: 'button', className: 'primary', textContent: 'Start' });
  start.addEventListener('click', () => {
    answers = new Array(total).fill(0);
    position = 0;
    save();
    questionScreen();
  });
  app.replaceChildren(
    el(
      'section',
      { className: 'screen' },
      el('h2', { textContent: 'How is the trust between you?' }),
      el('p', { textContent: data.summary }),
      el('p', { className: 'muted', textContent: 'Your answers stay on this device. Nothing is sent anywhere.' }),
      start,
    ),
  );
}

function questionScreen() {
  const progress = el('p', { className: 'progress' });
  progress.setAttribute('aria-live', 'polite');
  const fill = el('div', { className: 'fill' });
  const statement = el('h2', { tabIndex: -1 });
  const radios = data.scale.map((point) => {
    const input = el('input', { type: 'radio', value: String(point.value) });
    input.addEventListener('click', (event) => {
      cancel();
      answers[position] = point.value;
      save();
      // Arrow keys also fire click, with detail 0: only a pointer pick moves on by itself.
      if (event.detail > 0) pending = setTimeout(next, AUTO_ADVANCE_MS);
    });
    return input;
  });
  const options = data.scale.map((point, i) =>
    el('label', { className: 'option' }, radios[i], el('span', { textContent: point.label })),
  );
  const back = el('button', { type: 'button', textContent: 'Back' });
  const nextButton = el('button', { type: 'button', className: 'primary', textContent: 'Next' });
  back.addEventListener('click', () => {
    cancel();
    if (position > 0) {
      position -= 1;
      show();
    }
  });
  nextButton.addEventListener('click', next);
  const screen = el(
    'section',
    { className: 'screen' },
    el('p', { className: 'muted', textContent: data.title }),
    progress,
    el('div', { className: 'track' }, fill),
    el('fieldset', {}, el('legend', {}, statement), ...options),
    el('div', { className: 'nav' }, back, nextButton),
  );
  screen.addEventListener('keydown', (event) => {
    cancel();
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      next();
    }
  });

  function next() {
    cancel();
    if (position + 1 < total) {
      position += 1;
      save();
      show();
    } else if (answers.every(Boolean)) {
      localStorage.removeItem(KEY);
      resultScreen();
    }
  }
  function show() {
    progress.textContent = `Question ${position + 1} of ${total}`;
    fill.style.width = `${(answers.filter(Boolean).length * 100) / total}%`;
    statement.textContent = data.items[position].text;
    radios.forEach((input, i) => {
      input.name = `q${position}`;
      input.checked = answers[position] === data.scale[i].value;
    });
    back.disabled = position === 0;
    statement.focus();
  }
  app.replaceChildren(screen);
  show();
}

function resultScreen() {
  const sums = {};
  data.items.forEach((item, i) => {
    // "Lowers" items are phrased the generous way round: agreeing lowers self-orientation.
    const value = item.keying === 'lowers' ? 6 - answers[i] : answers[i];
    sums[item.factor] = (sums[item.factor] || 0) + value;
  });
  const trust = (sums.credibility + sums.reliability + sums.intimacy) / sums['self-orientation'];
  const list = el(
    'ul',
    {},
    ...Object.entries(sums).map(([factor, sum]) => el('li', { textContent: `${factor}: ${sum} of 25` })),
  );
  app.replaceChildren(
    el('section', { className: 'screen' }, el('h2', { id: 'result', textContent: `Trust ${trust.toFixed(1)}` }), list),
  );
}

startScreen();
