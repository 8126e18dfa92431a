// The widget's page object for WebKit, over WebDriver: the same actions and checks as tests/e2e/pages/, named
// alike, so a behaviour reads the same in every engine. Queries run inside the page and reach into each host's
// open shadow root; clicks are native, so the browser fires real pointer events (as a person's tap would).
import { until } from './driver.mjs';

// Runs in the page: the first element inside the scope's widget(s) that `test(element)` accepts. Given as source
// text and wrapped per query, because WebDriver sends functions as text (no closures).
const FIND = `
  const roots = [...document.querySelectorAll(scope)].map((host) => host.shadowRoot).filter(Boolean);
  const all = roots.flatMap((root) => [...root.querySelectorAll('*')]);
  const text = (element) => element.textContent.replace(/\\s+/g, ' ').trim();
  const visible = (element) => element.getClientRects().length > 0;
`;
const query = (body) => new Function('scope', 'a', 'b', `${FIND}${body}`);

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

export class Widget {
  /** `scope`: a selector for the host element(s) this page object speaks to. */
  constructor(session, baseUrl, scope = '[data-rapport]') {
    this.session = session;
    this.baseUrl = baseUrl;
    this.scope = scope;
  }

  async open(path = '/') {
    await this.session.goto(new URL(path, this.baseUrl).href);
    await this.expectButton('Start');
  }

  async expectButton(name) {
    await until(() => this.session.evaluate(buttonByName, this.scope, name), `no button "${name}"`);
  }

  async click(name) {
    await this.session.click(buttonByName, this.scope, name);
  }

  /** Opens the newest result listed under "Your results on this device". */
  async openLatestResult() {
    await this.session.click(bySelector, this.scope, '.rapport-history__list button');
  }

  async choose(instrumentTitle, perspectiveLabel) {
    // The choices sit one tap away, under the named preselected one: open them first.
    if (await this.session.evaluate(bySelector, this.scope, '.rapport-choices:not([open]) > summary')) {
      await this.session.click(bySelector, this.scope, '.rapport-choices:not([open]) > summary');
    }
    await this.session.click(radioByName, this.scope, instrumentTitle, 'loose');
    if (perspectiveLabel) await this.session.click(radioByName, this.scope, perspectiveLabel, 'loose');
  }

  async start() {
    await this.click('Start');
  }

  progress() {
    return this.session.evaluate(textMatching, this.scope, '^Question \\d+ of \\d+$');
  }

  async expectQuestion(number, total) {
    const wanted = `Question ${number} of ${total}`;
    await until(async () => (await this.progress()) === wanted, `expected "${wanted}"`);
  }

  /** Picks an answer with a real click, on its text (`by: 'label'`) or on the radio itself (`by: 'radio'`). */
  async pick(label, { by = 'label' } = {}) {
    await this.session.click(by === 'label' ? labelTextOf : radioByName, this.scope, label);
  }

  /** Picks an answer by pointer and waits for the widget to move on by itself. */
  async pickAndAdvance(label, number, total, options) {
    await this.pick(label, options);
    if (number < total) await this.expectQuestion(number + 1, total);
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

  /** What the page's recorder (tests/pages/record-events.js) saw: errors, rejections, console errors, CSP. */
  problems() {
    return this.session.evaluate(() => window.pageProblems ?? ['the page has no recorder (record-events.js)']);
  }
}

export { radioByName, buttonByName };
