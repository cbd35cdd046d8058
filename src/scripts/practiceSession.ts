/**
 * <practice-session>, the practice page: sets up a session (the remembered settings, how many
 * questions match, the interview date and its run-up), and starts it. The session's own code and
 * the scheduler (practiceRun.ts) load when a session starts, so the setup stays light.
 *
 * The page starts a session at once when opened from "Review now" (?start=due: the questions due
 * for review) or from a question page (?question=<id>).
 */
import { attemptsOf, emptyDocument, interviewDay, isPicked, type AnswerDocument } from '../lib/answerDocument';
import { dayOf, isDay } from '../lib/calendarDay';
import { chooseSession, matching, noMatchReason, type Learner, type PracticeData, type PracticeQuestion } from '../lib/practiceSession';
import { normalizeSettings, parseSettings, type PracticeSettings } from '../lib/practiceSettings';
import { keepPreference, readPreference } from '../lib/preferences';
import { describeInterviewPlan, interviewPlan } from '../lib/interviewPlan';
import { dueReviews, isDue, nextReview } from '../lib/reviewDates';
import { notLoaded, PRACTICE_SETTINGS_KEY } from '../lib/site';
import { answers, changeAnswers, followAnswers } from './answerAccess';
import { browserStorage } from './browserStorage';
import { fetchJsonOnce } from './fetchJson';
import { plural } from '../lib/words';

function learnerOf(doc: AnswerDocument): Learner {
  const interview = interviewDay(doc);
  return { isPicked: (id) => isPicked(doc, id), nextReview: (id) => nextReview(attemptsOf(doc, id), interview) };
}

class PracticeSession extends HTMLElement {
  #data: PracticeData | null = null;
  #form!: HTMLFormElement;
  /** The learner's work; nothing until the store loads (at once when there is any). */
  #doc: AnswerDocument = emptyDocument();

  connectedCallback() {
    this.#form = this.querySelector('form[data-setup]')!;
    this.#fill(readPreference(browserStorage(), PRACTICE_SETTINGS_KEY, parseSettings));
    this.#form.addEventListener('change', () => this.#changed());
    this.#form.addEventListener('input', () => this.#changed());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#startChosen();
    });
    this.querySelectorAll<HTMLButtonElement>('[data-sections]').forEach((button) =>
      button.addEventListener('click', () => {
        for (const box of this.#boxes('section')) box.checked = button.dataset.sections === 'all';
        this.#changed();
      }),
    );
    // A date typed digit by digit passes through days like 0002-01-18: only a whole day from today
    // on is saved, and on leaving the field, an emptied field clears the date and a half-typed one
    // shows the saved date again.
    const day = this.querySelector<HTMLInputElement>('[data-interview-day]')!;
    day.addEventListener('input', () => {
      if (isDay(day.value) && day.validity.valid && day.value !== interviewDay(this.#doc)) void this.#setInterview(day.value);
    });
    day.addEventListener('blur', () => {
      if (day.value === '' && !day.validity.badInput && interviewDay(this.#doc)) void this.#setInterview(null);
      else this.#render();
    });
    this.querySelector('[data-interview-clear]')!.addEventListener('click', () => void this.#setInterview(null));
    followAnswers((doc) => {
      this.#doc = doc;
      this.#render();
    });
    this.#render();

    fetchJsonOnce<PracticeData>(this.dataset.source!).then(
        (data) => {
          this.#data = data;
          this.#render();
          void this.#autostart();
        },
        () => {
          this.#say(notLoaded('The questions for practice'), 'none');
          this.#showSetup(false);
        },
      );
  }

  #boxes(name: string): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  }

  #fill(settings: PracticeSettings) {
    for (const box of this.#boxes('section')) box.checked = !settings.sections || settings.sections.includes(box.value);
    for (const box of this.#boxes('tier')) box.checked = !settings.tiers || settings.tiers.includes(box.value);
    for (const radio of this.#boxes('minutes')) radio.checked = Number(radio.value) === settings.minutes;
    const flags = ['pickedOnly', 'dueOnly', 'hideWhere'] as const;
    for (const flag of flags) this.#boxes(flag)[0]!.checked = settings[flag];
    this.#boxes('count')[0]!.value = String(settings.count);
  }

  /** The form as settings; a list with every box ticked is "all" (null), so new sections join in. */
  #settings(): PracticeSettings {
    const ticked = (name: string) => {
      const boxes = this.#boxes(name);
      const values = boxes.filter((box) => box.checked).map((box) => box.value);
      return values.length === boxes.length ? null : values;
    };
    const flag = (name: string) => this.#boxes(name)[0]!.checked;
    return normalizeSettings({
      sections: ticked('section'),
      tiers: ticked('tier'),
      pickedOnly: flag('pickedOnly'),
      dueOnly: flag('dueOnly'),
      count: this.#boxes('count')[0]!.value,
      minutes: Number(this.#boxes('minutes').find((radio) => radio.checked)?.value),
      hideWhere: flag('hideWhere'),
    });
  }

  #changed() {
    // A count being typed (empty, 0, 2.5) is not remembered; the form's own check stops Start.
    // Settings the browser refuses to keep still apply to this visit.
    if (this.#boxes('count')[0]!.validity.valid) keepPreference(browserStorage(), PRACTICE_SETTINGS_KEY, JSON.stringify(this.#settings()));
    this.#render();
  }

  #say(text: string, state = '') {
    const line = this.querySelector<HTMLElement>('[data-match]')!;
    line.textContent = text;
    line.dataset.state = state;
  }

  async #setInterview(day: string | null) {
    const line = this.querySelector<HTMLElement>('[data-interview-plan]')!;
    await changeAnswers('Saving the date', line, (store) => store.setInterview(day), 'The date holds on this page only until a save succeeds.');
  }

  /** The match line and the interview plan, from the settings and the learner's store. */
  #render() {
    const doc = this.#doc;
    const today = dayOf(Date.now());
    const interview = interviewDay(doc);
    const day = this.querySelector<HTMLInputElement>('[data-interview-day]')!;
    if (day.value !== (interview ?? '') && document.activeElement !== day) day.value = interview ?? ''; // Never under the learner's typing.
    day.min = today;
    if (!this.#data) return;
    const settings = this.#settings();
    const learner = learnerOf(doc);
    const pool = matching(this.#data.questions, settings, learner, today);
    const due = pool.filter((q) => isDue(learner.nextReview(q.id), today)).length;
    const count = this.#boxes('count')[0]!;
    if (!pool.length) {
      this.#say(noMatchReason(this.#data.questions, settings, learner, today), 'none');
    } else if (!count.validity.valid) {
      this.#say(`How many questions: a whole number from ${count.min} to ${count.max}.`, 'none');
    } else {
      const takes = settings.count >= pool.length ? `a session takes all ${pool.length}` : `a session takes ${settings.count}`;
      this.#say(`${plural(pool.length, 'question')} ${pool.length === 1 ? 'matches' : 'match'}, ${due} due for review: ${takes}.`);
    }
    const scope = settings.pickedOnly ? this.#data.questions.filter((q) => isPicked(doc, q.id)) : this.#data.questions;
    const plan = interviewPlan(doc.attempts, interview, today, scope.map((q) => q.id));
    const planLine = this.querySelector('[data-interview-plan]')!;
    planLine.textContent = plan
      ? describeInterviewPlan(plan, { total: scope.length, picked: settings.pickedOnly })
      : interview
        ? 'That date has passed: reviews are scheduled as usual again.'
        : 'Optional. With a date, every review is scheduled before it, and this says the pace that practises each question once before the day.';
  }

  async #startChosen() {
    if (!this.#data) return;
    const settings = this.#settings();
    const learner = learnerOf(await this.#savedWork());
    const today = dayOf(Date.now());
    const questions = chooseSession(matching(this.#data.questions, settings, learner, today), settings.count, learner, today);
    if (questions.length) void this.#start(questions);
  }

  /** The learner's work once the store has loaded (picks and due reviews may still be loading); what is shown when it cannot. */
  async #savedWork(): Promise<AnswerDocument> {
    return (await answers().catch(() => null))?.store.document ?? this.#doc;
  }

  /** "Review now" (?start=due) and "Practise this question" (?question=id) start at once. */
  async #autostart() {
    if (!this.hasAttribute('data-autostart')) return;
    const params = new URLSearchParams(location.search);
    history.replaceState(null, '', location.pathname); // A reload shows the setup, not a second session.
    const doc = await this.#savedWork();
    const byId = new Map(this.#data!.questions.map((q) => [q.id, q]));
    const ids = params.get('start') === 'due'
      ? dueReviews(doc.attempts, interviewDay(doc), dayOf(Date.now()), byId.keys()).map((review) => review.id)
      : [params.get('question') ?? ''];
    const questions = ids.flatMap((id) => byId.get(id) ?? []);
    if (questions.length) return void this.#start(questions);
    this.#showSetup(false);
    this.#say(params.get('start') === 'due' ? 'Nothing is due for review today.' : 'That question is not in the guide.', 'none');
  }

  async #start(questions: PracticeQuestion[]) {
    const [runtime, run, withPoints] = await Promise.all([
      answers().catch(() => null),
      import('./practiceRun').catch(() => null),
      // Each question's key points, from its section's guides (one file per section in the session).
      import('./sectionGuides')
        .then(({ guidesOf }) =>
          Promise.all(questions.map(async (q) => ({ ...q, points: (await guidesOf(q.section))[q.id]?.points ?? [] }))),
        )
        .catch(() => null),
    ]);
    if (!runtime || !run || !withPoints) {
      this.#showSetup(false);
      return this.#say(notLoaded('The practice session'), 'none');
    }
    this.removeAttribute('data-autostart');
    const { minutes, hideWhere } = this.#settings();
    run.startSession(this, { answers: runtime, data: this.#data!, questions: withPoints, minutes, hideWhere, onNewSession: () => this.#showSetup(true) });
  }

  #showSetup(focus: boolean) {
    this.removeAttribute('data-autostart');
    this.removeAttribute('data-running');
    this.querySelectorAll<HTMLElement>('[data-view]').forEach((view) => (view.hidden = view.dataset.view !== 'setup'));
    this.#render();
    if (focus) this.querySelector<HTMLElement>('#setup-title')!.focus();
  }
}
customElements.define('practice-session', PracticeSession);
