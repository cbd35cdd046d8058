/**
 * A practice session in progress, loaded when one starts (with the scheduler): one question at a
 * time with its timer, the guide's key points to tick, the four ratings, then the summary. It
 * fills the views PracticeQuestion and PracticeSummary render, inside <practice-session>.
 */
import { attemptsOf, interviewDay } from '../lib/answerDocument';
import type { WriteResult } from '../lib/answerStore';
import { dayOf } from '../lib/calendarDay';
import { comingBackLine, duration, RATING_LABELS, ratingLabel, resultLine } from '../lib/practiceWords';
import { RATINGS, type Rating } from '../lib/practiceAttempt';
import type { PracticeData, SessionQuestion } from '../lib/practiceSession';
import { clock, newAttemptId, sessionKey, suggestRating, summarize, type SessionResult } from '../lib/practiceSteps';
import { PracticeTimer, timerAnnouncement } from '../lib/practiceTimer';
import { outcomes, type Outcome } from '../lib/reviewScheduler';
import { routes } from '../lib/urls';
import { exportOffer, type AnswerRuntime } from './answerAccess';

export interface SessionOptions {
  /** The learner's answer store, where each rating is kept. */
  answers: AnswerRuntime;
  data: PracticeData;
  questions: SessionQuestion[];
  /** Time per question in minutes; 0 for no limit. */
  minutes: number;
  hideWhere: boolean;
  onNewSession(): void;
}

const TICK_MS = 250;
let current: PracticeRun | null = null;

/** Starts a session in `root` (the practice-session element), ending any session before it. */
export function startSession(root: HTMLElement, options: SessionOptions): void {
  current?.stop();
  current = new PracticeRun(root, options);
}

class PracticeRun {
  readonly #root: HTMLElement;
  readonly #options: SessionOptions;
  readonly #results: SessionResult[] = [];
  /** Each rating's save, settled when stored (the store saves under a lock shared by tabs). */
  readonly #saves: Promise<WriteResult>[] = [];
  #index = 0;
  #timer = new PracticeTimer();
  #ticker: ReturnType<typeof setInterval> | undefined;
  #shown = 0;
  #seconds = 0;
  readonly #onKey = (event: KeyboardEvent) => this.#key(event);
  readonly #abort = new AbortController();

  constructor(root: HTMLElement, options: SessionOptions) {
    this.#root = root;
    this.#options = options;
    const on = (selector: string, listener: () => void) =>
      this.#q(selector).addEventListener('click', listener, { signal: this.#abort.signal });
    on('[data-pause]', () => this.#togglePause());
    on('[data-show-guide]', () => this.#showGuide());
    on('[data-aloud]', () => this.#showGuide());
    for (const rating of RATINGS) on(`[data-rate="${rating}"]`, () => this.#rate(rating));
    on('[data-misses]', () => {
      const misses = new Set(summarize(this.#results).misses);
      startSession(this.#root, { ...this.#options, questions: this.#options.questions.filter((q) => misses.has(q.id)) });
    });
    on('[data-new-session]', () => {
      this.stop();
      this.#options.onNewSession();
    });
    this.#q('[data-points]').addEventListener('change', () => this.#suggest(), { signal: this.#abort.signal });
    document.addEventListener('keydown', this.#onKey, { signal: this.#abort.signal });
    // An answer is kept with its rating; one typed and not rated yet is in this page only, so
    // leaving the page (a reload, a link, closing the tab) asks first.
    addEventListener(
      'beforeunload',
      (event) => {
        if (!this.#q('[data-view="question"]').hidden && this.#q<HTMLTextAreaElement>('[data-answer]').value.trim()) event.preventDefault();
      },
      { signal: this.#abort.signal },
    );
    this.#ask(0);
  }

  stop() {
    clearInterval(this.#ticker);
    this.#timer.pause();
    this.#abort.abort();
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.#root.querySelector<T>(selector)!;
  }

  #view(name: 'question' | 'summary') {
    this.#root.querySelectorAll<HTMLElement>('[data-view]').forEach((view) => (view.hidden = view.dataset.view !== name));
    this.#root.toggleAttribute('data-running', true); // The page's introduction steps aside.
  }

  get #question(): SessionQuestion {
    return this.#options.questions[this.#index]!;
  }

  get #guideShown(): boolean {
    return !this.#q('[data-guide]').hidden;
  }

  /** "Question 2 of 5", and where it is from unless hidden until the guide is shown. */
  #where(reveal: boolean) {
    const { data, questions, hideWhere } = this.#options;
    const q = this.#question;
    const section = data.sections.find((s) => s.slug === q.section);
    const tier = data.tiers.find((t) => t.key === q.tier);
    const where = section && tier && (reveal || !hideWhere) ? ` · ${section.order}. ${section.short} · ${tier.label}` : '';
    this.#q('[data-where]').textContent = `Question ${this.#index + 1} of ${questions.length}${where}`;
  }

  #ask(index: number) {
    this.#index = index;
    const q = this.#question;
    this.#view('question');
    this.#where(false);
    this.#q('[data-question]').innerHTML = q.html; // From the build's own practice.json.
    const answer = this.#q<HTMLTextAreaElement>('[data-answer]');
    answer.value = '';
    answer.readOnly = false;
    this.#q('[data-answer-actions]').hidden = false;
    this.#q('[data-guide]').hidden = true;
    this.#q('[data-points]').replaceChildren();
    this.#q('[data-announce]').textContent = '';
    Object.assign(this.#q('[data-pause]'), { textContent: 'Pause', hidden: false });
    this.#timer = new PracticeTimer();
    this.#timer.start();
    this.#shown = 0;
    this.#tick();
    clearInterval(this.#ticker);
    this.#ticker = setInterval(() => this.#tick(), TICK_MS);
    // Each question starts at the top of the page, read out from its heading.
    scrollTo(0, 0);
    this.#q('[data-question]').focus({ preventScroll: true });
  }

  /** The visible clock, and the polite announcements at one minute left and at zero. */
  #tick() {
    const limit = this.#options.minutes * 60;
    const seconds = this.#timer.seconds;
    const message = timerAnnouncement(limit, this.#shown, seconds);
    if (message) this.#q('[data-announce]').textContent = message;
    this.#shown = seconds;
    const timer = this.#q('[role="timer"]');
    const paused = !this.#timer.running;
    this.#q('[data-timer-label]').textContent = paused ? 'Paused' : !limit ? 'Time' : seconds > limit ? 'Over time' : 'Time left';
    this.#q('[data-clock]').textContent = clock(limit ? Math.abs(limit - seconds) : seconds);
    timer.dataset.state = paused ? 'paused' : !limit ? '' : seconds >= limit ? 'over' : limit - seconds <= 60 ? 'low' : '';
  }

  #togglePause() {
    const button = this.#q('[data-pause]');
    if (this.#timer.running) this.#timer.pause();
    else this.#timer.start();
    button.textContent = this.#timer.running ? 'Pause' : 'Resume';
    this.#tick();
  }

  #showGuide() {
    if (this.#guideShown) return;
    this.#timer.pause();
    clearInterval(this.#ticker);
    this.#seconds = this.#timer.seconds;
    this.#tick();
    this.#q('[data-pause]').hidden = true;
    this.#q('[data-timer-label]').textContent = 'Took';
    this.#q('[data-clock]').textContent = clock(this.#seconds);
    this.#q('[role="timer"]').dataset.state = '';
    this.#q<HTMLTextAreaElement>('[data-answer]').readOnly = true; // The answer stands as given; the guide only checks it.
    this.#q('[data-answer-actions]').hidden = true;
    this.#where(true);

    const q = this.#question;
    this.#q('[data-points]').replaceChildren(
      ...q.points.map((point) => {
        const item = document.createElement('li');
        const label = document.createElement('label');
        const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
        box.dataset.point = point.key;
        const text = document.createElement('span');
        text.innerHTML = point.html; // From the build's own practice.json.
        label.append(box, text);
        item.append(label);
        return item;
      }),
    );
    const now = Date.now();
    const when = this.#outcomes(now);
    for (const rating of RATINGS) this.#q(`[data-rate="${rating}"] [data-rate-label]`).textContent = ratingLabel(rating, when[rating].due, dayOf(now));
    this.#q('[data-guide]').hidden = false;
    this.#suggest();
    this.#q('#practice-guide-title').focus();
  }

  #ticked(): string[] {
    return [...this.#root.querySelectorAll<HTMLInputElement>('[data-points] input:checked')].map((box) => box.dataset.point!);
  }

  #suggest() {
    const total = this.#question.points.length;
    const covered = this.#ticked().length;
    const rating = suggestRating(covered, total);
    for (const option of RATINGS) this.#q(`[data-rate="${option}"]`).toggleAttribute('data-suggested', option === rating);
    this.#q('[data-suggest]').textContent = `You covered ${covered} of ${total} key points: ${RATING_LABELS[rating]} is suggested.`;
  }

  /** When each rating would bring the current question back, rated at `now`. */
  #outcomes(now: number): Record<Rating, Outcome> {
    const doc = this.#options.answers.store.document;
    return outcomes(attemptsOf(doc, this.#question.id), now, interviewDay(doc));
  }

  #rate(rating: Rating) {
    if (!this.#guideShown) return;
    const q = this.#question;
    const points = this.#ticked();
    const at = Date.now();
    // Worked out again as rated: a rating given after midnight counts from the new day.
    const { due, scheduled } = this.#outcomes(at)[rating];
    const answer = this.#q<HTMLTextAreaElement>('[data-answer]').value;
    this.#saves.push(this.#options.answers.store.addAttempt(q.id, { id: newAttemptId(at), at, answer, seconds: this.#seconds, points, total: q.points.length, rating, due: scheduled }));
    this.#results.push({ id: q.id, seconds: this.#seconds, covered: points.length, total: q.points.length, rating, due });
    if (this.#index + 1 < this.#options.questions.length) this.#ask(this.#index + 1);
    else this.#summary();
  }

  /** Says, under the summary, when attempts could not be stored, and offers an export. */
  async #reportFailedSaves() {
    const status = this.#q('[data-view="summary"] [data-save-status]');
    status.replaceChildren();
    const failed = (await Promise.all(this.#saves)).filter((result) => !result.ok);
    const last = failed.at(-1);
    if (!last || last.ok) return;
    const offer = exportOffer();
    offer.hidden = false;
    const kept = failed.length === 1 ? 'One attempt of this session is' : `${failed.length} attempts of this session are`;
    status.append(`${this.#options.answers.describeFailure(last.failure)} ${kept} kept in this page only: export a copy to keep them. `, offer);
  }

  #key(event: KeyboardEvent) {
    if (this.#q('[data-view="question"]').hidden) return;
    const action = sessionKey(event, document.activeElement, this.#guideShown);
    if (!action) return;
    event.preventDefault();
    if (action.action === 'show-guide') this.#showGuide();
    else this.#rate(action.rating);
  }

  #summary() {
    clearInterval(this.#ticker);
    document.removeEventListener('keydown', this.#onKey);
    const today = dayOf(Date.now());
    const summary = summarize(this.#results);
    const ratings = RATINGS.filter((r) => summary.ratings[r]).map((r) => `${summary.ratings[r]}\u00a0${RATING_LABELS[r]}`);
    const share = summary.total ? Math.round((100 * summary.covered) / summary.total) : 0;
    const totals: Record<string, string> = {
      questions: String(summary.questions),
      covered: `${summary.covered} of ${summary.total} (${share}%)`,
      ratings: ratings.join(' · '),
      time: duration(summary.seconds),
    };
    for (const [key, text] of Object.entries(totals)) this.#q(`[data-total="${key}"]`).textContent = text;

    const byId = new Map(this.#options.questions.map((q) => [q.id, q]));
    const item = (html: string, href: string, detail: string) => {
      const li = document.createElement('li');
      const link = Object.assign(document.createElement('a'), { href });
      link.innerHTML = html; // From the build's own practice.json.
      const small = Object.assign(document.createElement('span'), { className: 'detail', textContent: detail });
      li.append(link, small);
      return li;
    };
    this.#q('[data-coming-back]').replaceChildren(
      ...summary.comingBack.map(({ day, ids }) => Object.assign(document.createElement('li'), { textContent: comingBackLine(day, ids.length, today) })),
    );
    this.#q('[data-results]').replaceChildren(
      ...this.#results.map((r) => item(byId.get(r.id)!.html, routes.question(r.id), resultLine(r, today))),
    );
    const misses = this.#q('[data-misses]');
    misses.hidden = summary.misses.length === 0;
    misses.textContent = `Practise the misses again (${summary.misses.length})`;
    void this.#reportFailedSaves();
    this.#view('summary');
    this.#q('#practice-summary-title').focus();
  }
}
