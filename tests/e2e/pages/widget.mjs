// One mounted widget: its scope (the page, a host element or a frame locator) and the page object of each of its
// screens, for specs with several widgets or pages at once. A spec calls the screens directly
// (`widget.startScreen.choose(...)`, `widget.question.pickAndAdvance(...)`, `widget.result.headline()`); this file
// holds no actions of its own: add a screen's queries to its own file (start.mjs, question.mjs, result.mjs) and
// walks across screens to flows.mjs.
import { StartScreen } from './start.mjs';
import { QuestionScreen } from './question.mjs';
import { ResultScreen } from './result.mjs';

export class Widget {
  /** `scope` narrows every query to one widget: a page, a frame locator, or a host element locator. */
  constructor(page, scope = page) {
    this.page = page;
    this.scope = scope;
    this.startScreen = new StartScreen(page, scope);
    this.question = new QuestionScreen(page, scope);
    this.result = new ResultScreen(page, scope);
  }
}
