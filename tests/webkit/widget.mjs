// The widget's page object for WebKit, over WebDriver: the same actions and checks as tests/e2e/pages/, named
// alike, so a behaviour reads the same in every engine. Queries run inside the page and reach into each host's
// open shadow root; clicks are native, so the browser fires real pointer events (as a person's tap would).
import { KEYS, until } from './driver.mjs';

// Runs in the page: the widget roots in scope and helpers to name and filter their elements. Given as source text
// and wrapped per query, because WebDriver sends functions as text (no closures).
const FIND = `
  const roots = [...document.querySelectorAll(scope)].map((host) => host.shadowRoot || host).filter(Boolean);
  const all = roots.flatMap((root) => [...root.querySelectorAll('*')]);
  const text = (element) => element.textContent.replace(/\\s+/g, ' ').trim();
  // (The content of a closed <details> has boxes in WebKit: checkVisibility knows it is not shown.)
  const visible = (element) =>
    element.getClientRects().length > 0 && !element.closest('[hidden]') &&
    (!element.checkVisibility || element.checkVisibility());
  const labelOf = (element) => {
    if (element.getAttribute('aria-label')) return element.getAttribute('aria-label');
    const root = element.getRootNode();
    const by = element.getAttribute('aria-labelledby');
    if (by) return by.split(/\\s+/).map((id) => text(root.getElementById(id) || document.createElement('i'))).join(' ');
    const label = element.closest('label') || (element.id && root.querySelector('label[for="' + element.id + '"]'));
    return label ? text(label) : text(element);
  };
  // A name: exact text, or { pattern } for a regular expression.
  const named = (element, name) =>
    typeof name === 'string' ? labelOf(element) === name : new RegExp(name.pattern).test(labelOf(element));
  const ROLES = {
    button: 'button, summary',
    link: 'a[href]',
    radio: 'input[type=radio]',
    checkbox: 'input[type=checkbox]',
    textbox: 'input:not([type]), input[type=text], input[type=file], textarea',
    region: 'section[aria-labelledby], section[aria-label], aside[aria-label]',
    listitem: 'li',
    heading: 'h1, h2, h3, h4',
  };
  // Elements of a role, named as given, inside an optional region (itself { name }), shown on screen.
  const byRole = (role, name, region) => {
    let inside = all;
    if (region) {
      const area = all.find((e) => e.matches(ROLES.region) && named(e, region));
      if (!area) return [];
      inside = [...area.querySelectorAll('*')];
    }
    return inside.filter((e) => e.matches(ROLES[role]) && visible(e.closest('label') || e) && (name == null || named(e, name)));
  };
`;
const query = (body) => new Function('scope', 'a', 'b', 'c', `${FIND}${body}`);

const radioByName = query(`
  return all.find((e) => e.matches('input[type=radio]') && visible(e.closest('label') || e) &&
    ((e.getAttribute('aria-label') || text(e.closest('label') || e)) === a || new RegExp(a).test(text(e.closest('label') || e)) && b === 'loose')) || null;
`);
const labelTextOf = query(`
  const radio = all.find((e) => e.matches('input[type=radio]') && e.getAttribute('aria-label') === a &&
    visible(e.closest('label')));
  return radio ? radio.closest('label').querySelector('.rapport-option__label') : null;
`);
const buttonByName = query(`
  return all.find((e) => (e.matches('button, a[href], summary')) && visible(e) &&
    (text(e) === a || e.getAttribute('aria-label') === a)) || null;
`);
const textMatching = query(`
  const pattern = new RegExp(a);
  const found = all.find((e) => e.children.length === 0 && pattern.test(text(e)) && visible(e));
  return found ? text(found) : null;
`);
const hrefOf = query(`
  const found = all.find((e) => e.matches('a[href]') && visible(e) && text(e) === a);
  return found ? found.href : null;
`);
const bySelector = query(`return all.find((e) => e.matches(a) && visible(e)) || null;`);
const byTestId = query(`
  const found = all.find((e) => e.dataset.testid === a && visible(e));
  return found ? text(found) : null;
`);
// (role, name, region) -> the first such element, all of them, their texts, or their count.
const firstByRole = query(`return byRole(a, b, c)[0] || null;`);
const countByRole = query(`return byRole(a, b, c).length;`);
const textsByRole = query(`return byRole(a, b, c).map(text);`);
// The widget's whole visible text (innerText: what is rendered, hidden parts left out).
const shownText = query(`return roots.map((root) => (root.querySelector('.rapport') || root).innerText || '').join('\\n');`);

/** A name for queries: exact text, or a regular expression. */
const nameOf = (name) => (name instanceof RegExp ? { pattern: name.source } : name);

export class Widget {
  /** `scope`: a selector for the host element(s) this page object speaks to. */
  constructor(session, baseUrl, scope = '[data-rapport]') {
    this.session = session;
    this.baseUrl = baseUrl;
    this.scope = scope;
  }

  /** The same page object for another widget on the page (another host selector). */
  within(scope) {
    return new Widget(this.session, this.baseUrl, scope);
  }

  url(path) {
    return new URL(path, this.baseUrl).href;
  }

  async open(path = '/', start = 'Start') {
    await this.session.goto(this.url(path));
    await this.expectButton(start);
  }

  async reload(start = 'Start') {
    await this.session.reload();
    await this.expectButton(start);
  }

  async expectButton(name) {
    await until(() => this.session.evaluate(buttonByName, this.scope, name), `no button "${name}"`);
  }

  async click(name) {
    await this.session.click(buttonByName, this.scope, name);
  }

  /** The first element of `role` ('button', 'radio', 'link', 'textbox', 'listitem'...) named `name`, or null. */
  find(role, name, { region } = {}) {
    return this.session.evaluate(firstByRole, this.scope, role, nameOf(name) ?? null, nameOf(region) ?? null);
  }

  count(role, name, { region } = {}) {
    return this.session.evaluate(countByRole, this.scope, role, nameOf(name) ?? null, nameOf(region) ?? null);
  }

  texts(role, name, { region } = {}) {
    return this.session.evaluate(textsByRole, this.scope, role, nameOf(name) ?? null, nameOf(region) ?? null);
  }

  /** Waits until `count(role, name, options)` is `wanted`. */
  async expectCount(role, name, wanted, options) {
    await until(async () => (await this.count(role, name, options)) === wanted, `expected ${wanted} ${role} "${name}"`);
  }

  /** A native click on the element of `role` named `name` (waiting for it to appear). */
  async clickOn(role, name, { region } = {}) {
    await this.session.click(firstByRole, this.scope, role, nameOf(name) ?? null, nameOf(region) ?? null);
  }

  /** Types into the text box labelled `name`. */
  async fill(name, text) {
    await this.session.type(text, firstByRole, this.scope, 'textbox', nameOf(name), null);
  }

  /** Gives the file at `path` to the data panel's "Import a file" input (WebDriver types the path into it). */
  async importFile(path) {
    await this.session.type(
      path,
      query(`return all.find((e) => e.matches('input[type=file]')) || null;`),
      this.scope,
    );
  }

  /** Whether the radio or checkbox named `name` is checked (null when there is none). The start screen's
   * questionnaires and views sit one tap away: they are opened first, as a person would to see them. */
  async isChecked(name, role = 'radio') {
    if (role === 'radio') await this.revealChoices();
    return this.session.evaluate(
      query(`const found = byRole(a, b, null)[0]; return found ? found.checked : null;`),
      this.scope,
      role,
      nameOf(name),
    );
  }

  /** Everything the widget shows, as text. */
  shownText() {
    return this.session.evaluate(shownText, this.scope);
  }

  /** Waits until the widget shows text matching `pattern` (or, with `absent`, none); returns the whole text. */
  async expectText(pattern, { absent = false } = {}) {
    return until(async () => {
      const shown = await this.shownText();
      return pattern.test(shown) !== absent && (shown || ' ');
    }, `${absent ? 'still shows' : 'never showed'} ${pattern}`);
  }

  /** The text of the element with this data-testid, or null. */
  testId(id) {
    return this.session.evaluate(byTestId, this.scope, id);
  }

  async expectTestId(id, pattern) {
    await until(async () => pattern.test((await this.testId(id)) ?? ''), `no ${id} matching ${pattern}`);
    return this.testId(id);
  }

  /** The value of the input or textarea with this data-testid. */
  inputValue(id) {
    return until(
      () => this.session.evaluate(query(`const found = all.find((e) => e.dataset.testid === a); return found ? found.value : null;`), this.scope, id),
      `no input ${id}`,
    );
  }

  /** Runs `fn(element)` on the first visible element matching `selector` inside the widget. */
  async onElement(selector, fn) {
    const element = await until(() => this.session.evaluate(bySelector, this.scope, selector), `no ${selector}`);
    return this.session.evaluate(fn, element);
  }

  /** Opens the newest result listed under "Your results on this device". */
  async openLatestResult() {
    await this.clickOn('button', null, { region: 'Your results on this device' });
  }

  /** The lines of "Your results on this device" (none when the list is not shown). */
  history() {
    return this.texts('listitem', null, { region: 'Your results on this device' });
  }

  async expectHistory(count) {
    await this.expectCount('listitem', null, count, { region: 'Your results on this device' });
  }

  /** The drafts offered under "Continue where you left off?". */
  drafts() {
    return this.texts('listitem', null, { region: 'Continue where you left off?' });
  }

  async openDataPanel() {
    if (!(await this.find('button', 'Download my results'))) await this.clickOn('button', 'Your data on this device');
    await until(() => this.find('button', /^(Download my results|Erase everything|Alles löschen)$/), 'the data panel did not open');
  }

  /** Opens the start screen's choices when they are there and closed; nothing otherwise. */
  async revealChoices() {
    if (await this.session.evaluate(bySelector, this.scope, '.rapport-choices:not([open]) > summary')) {
      await this.openChoices();
    }
  }

  /** Opens the other questionnaires and views, which sit one tap away under the preselected one. */
  async openChoices() {
    if (await this.session.evaluate(bySelector, this.scope, '.rapport-choices:not([open]) > summary')) {
      await this.session.click(bySelector, this.scope, '.rapport-choices:not([open]) > summary');
    }
    await until(() => this.session.evaluate(bySelector, this.scope, '.rapport-choices[open]'), 'the choices did not open');
  }

  async choose(instrumentTitle, perspectiveLabel) {
    await this.openChoices();
    await this.session.click(radioByName, this.scope, instrumentTitle, 'loose');
    if (perspectiveLabel) await this.session.click(radioByName, this.scope, perspectiveLabel, 'loose');
  }

  async start(name = 'Start') {
    await this.click(name);
  }

  progress() {
    return this.session.evaluate(textMatching, this.scope, '^(Question|Frage|Pregunta) \\d+ (of|von|de) \\d+$');
  }

  async expectQuestion(number, total, words = ['Question', 'of']) {
    const wanted = `${words[0]} ${number} ${words[1]} ${total}`;
    await until(async () => (await this.progress()) === wanted, `expected "${wanted}"`);
  }

  /**
   * Picks an answer with a real click, on its text (`by: 'label'`) or on the radio itself (`by: 'radio'`). A
   * RegExp names a point of the 0 to 10 scale by its aria-label ("7 of 10, ...").
   */
  async pick(label, { by = 'label' } = {}) {
    if (label instanceof RegExp) await this.clickOn('radio', label);
    else await this.session.click(by === 'label' ? labelTextOf : radioByName, this.scope, label);
  }

  /** Picks an answer by pointer and waits for the widget to move on by itself. */
  async pickAndAdvance(label, number, total, options = {}) {
    await this.pick(label, options);
    if (number < total) await this.expectQuestion(number + 1, total, options.words);
  }

  /** Finishes a session check-in with these values (0 to 10), by click, and returns the headline. */
  async finishCheckIn(values, perspective = 'I am the client', { choose = true } = {}) {
    if (choose) await this.choose('Session check-in', perspective);
    await this.start();
    for (const [index, value] of values.entries()) {
      await this.pickAndAdvance(new RegExp(`^${value} of 10`), index + 1, values.length);
    }
    return this.expectHeadline(/^Check-in \d+ of 40$/);
  }

  /** Gives keyboard focus to an answer's radio, as Tab would. */
  async focusAnswer(label) {
    const radio = await until(() => this.session.evaluate(radioByName, this.scope, label), `no answer "${label}"`);
    await this.session.evaluate((element) => element.focus(), radio);
  }

  async checkedAnswer() {
    return this.session.evaluate(
      query(`const radio = all.find((e) => e.matches('input[type=radio]:checked') && visible(e.closest('label') || e));
        return radio ? radio.getAttribute('aria-label') : null;`),
      this.scope,
    );
  }

  headline() {
    return this.session.evaluate(byTestId, this.scope, 'headline');
  }

  async expectHeadline(pattern) {
    await until(async () => pattern.test((await this.headline()) ?? ''), `no headline matching ${pattern}`);
    return this.headline();
  }

  text(pattern) {
    return this.session.evaluate(textMatching, this.scope, pattern.source);
  }

  /** The href of a link named `name` inside the widget. */
  linkHref(name) {
    return until(() => this.session.evaluate(hrefOf, this.scope, name), `no link "${name}"`);
  }

  /** The hrefs of every link the widget shows. */
  linkHrefs() {
    return this.session.evaluate(query(`return byRole('link', null, null).map((a) => a.href);`), this.scope);
  }

  /** What the page's recorder (tests/pages/record-events.js) saw: errors, rejections, console errors, CSP. */
  problems() {
    return this.session.evaluate(() => window.pageProblems ?? ['the page has no recorder (record-events.js)']);
  }

  /**
   * Records, from now on, the text of every file the page offers for download (the widget saves through a Blob
   * URL): WebDriver has no download events, so the file's content is read where it is made.
   */
  catchDownloads() {
    return this.session.evaluate(() => {
      window.downloads = [];
      const make = URL.createObjectURL;
      URL.createObjectURL = function createObjectURL(blob) {
        window.downloads.push(blob.text());
        return make.call(URL, blob);
      };
    });
  }

  /** The texts of the files offered for download since `catchDownloads`. */
  async downloads(count = 1) {
    await until(() => this.session.evaluate((n) => window.downloads.length >= n, count), 'nothing was downloaded');
    return this.session.evaluate(() => Promise.all(window.downloads));
  }
}

export { radioByName, buttonByName };

/**
 * Walks to each screen in turn, calling `visit(name)` on each: start, question, review, result (as
 * tests/e2e/pages/widget.mjs's visitEveryScreen). The widget must show its start screen already.
 */
export async function visitEveryScreen(widget, visit) {
  await widget.expectButton('Start');
  await visit('start');
  await widget.start();
  await widget.expectQuestion(1, 20);
  await widget.focusAnswer('Agree');
  await visit('question');
  // Leave question 1 unanswered and skip to the end to reach the review.
  for (let number = 1; number < 20; number += 1) {
    await widget.click('Next');
    await widget.expectQuestion(number + 1, 20);
  }
  await widget.click('Next');
  await until(() => widget.find('heading', 'Almost there'), 'no review');
  await visit('review');
  // Answer everything (keyboard path: Space chooses, then Next) and reach the result.
  await widget.clickOn('button', /^Question 1:/);
  for (let number = 1; number <= 20; number += 1) {
    await widget.expectQuestion(number, 20);
    await widget.focusAnswer(number % 3 ? 'Agree' : 'Disagree');
    await widget.session.press(KEYS.Space);
    await widget.click('Next');
  }
  await widget.expectHeadline(/./);
  await visit('result');
}
