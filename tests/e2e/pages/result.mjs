// The result screen: its headline (for example "Trust index 69 of 100") and the way back.
export class ResultScreen {
  constructor(page, scope = page) {
    this.page = page;
    this.scope = scope;
  }

  headline() {
    return this.scope.getByTestId('headline');
  }

  shareLink() {
    return this.scope.getByRole('link', { name: 'Share or print this result' });
  }

  async backToStart() {
    await this.scope.getByRole('button', { name: 'Back to start' }).click();
  }
}
