// SurveyJS (survey-core + survey-js-ui) asking the same 20 statements, one per page, as radiogroup questions, with
// a start page like rapport's. Library defaults otherwise, except page animations (off: we time the rendering of
// the next question, not a designed transition). Statements come from questions.json (rapport's Rust source).
import data from './questions.json' with { type: 'json' };

// The UMD builds: survey-core defines globalThis.Survey, survey-js-ui adds SurveyUI and Model.prototype.render.
const { Model, settings } = globalThis.Survey ?? {};
if (!Model || !globalThis.SurveyUI) throw new Error('SurveyJS did not load');
settings.animationEnabled = false;

const survey = new Model({
  title: data.title,
  firstPageIsStartPage: true,
  startSurveyText: 'Start',
  showQuestionNumbers: 'off',
  showProgressBar: true,
  progressBarType: 'questions',
  pages: [
    {
      elements: [{ type: 'html', name: 'intro', html: `<h2>How is the trust between you?</h2><p>${data.summary}</p>` }],
    },
    ...data.items.map((item) => ({
      elements: [
        {
          type: 'radiogroup',
          name: item.id,
          title: item.text,
          choices: data.scale.map((point) => ({ value: point.value, text: point.label })),
        },
      ],
    })),
  ],
  completedHtml: '<h2 id="result">Thank you</h2>',
});
survey.render(document.getElementById('survey'));
