// Page code that breaks the strict policy on purpose, as a widget bug would: an inline <style>.
// tests/e2e/fixtures_catch.spec.mjs checks that the shared fixture reports it in every engine.
const style = document.createElement('style');
style.textContent = 'h1 { color: red }';
document.head.append(style);
