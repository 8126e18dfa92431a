// Dark mode in WebKit (tests/e2e/accessibility.spec.mjs's dark scan and 'dark mode really is dark'): WebDriver
// cannot emulate media features, so this file's browser runs with MiniBrowser's --dark-mode, which WebKitGTK
// reports as prefers-color-scheme: dark. Reduced motion is not run here: MiniBrowser has no such switch, and
// WebKitGTK 2.50 did not follow GTK's gtk-enable-animations=0 from settings.ini (tried).
import { assert, check, freshWidget, useBrowserArgs } from './harness.mjs';
import { expectNoSeriousViolations } from './axe.mjs';
import { visitEveryScreen } from './widget.mjs';

useBrowserArgs(['--dark-mode']);

check('dark mode really is dark', async () => {
  const widget = await freshWidget();
  await widget.open();
  assert.equal(await widget.session.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
  await widget.start();
  const background = await widget.onElement('.rapport', (element) => getComputedStyle(element).backgroundColor);
  assert.equal(background, 'rgb(18, 24, 22)');
});

check('every screen passes axe in dark mode', async () => {
  const widget = await freshWidget();
  await widget.open();
  const visited = [];
  await visitEveryScreen(widget, async (screen) => {
    await expectNoSeriousViolations(widget.session, screen);
    visited.push(screen);
  });
  assert.deepEqual(visited, ['start', 'question', 'review', 'result']);
});
