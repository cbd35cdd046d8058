/** Facts about the guide itself, shared by pages and scripts. */
export const SITE_NAME = 'Training Roles: Question Guide';
export const SITE_TAGLINE = 'Operational thinking questions for training-focused ML research engineers';

/**
 * Prefix of every key this site writes to localStorage. Sites on one origin (as on GitHub
 * Pages) share storage, so the prefix keeps our keys apart from theirs.
 */
export const STORAGE_PREFIX = 'training-roles-guide:';
export const THEME_KEY = `${STORAGE_PREFIX}theme`;
/** The learner's answers document (answerStore.ts); copies set aside beside it add `:<reason>:<time>`. */
export const ANSWERS_KEY = `${STORAGE_PREFIX}answers`;

/** What to tell the learner when code that loads on first use could not load. */
export function notLoaded(what: string): string {
  return `${what} could not load (are you offline?). Close and reopen to try again.`;
}

/** The question page's interviewer view, remembered while a mock interview steps through questions. */
export const INTERVIEWER_KEY = `${STORAGE_PREFIX}interviewer`;

/** The practice page's session settings (src/lib/practiceSettings.ts), remembered in this browser. */
export const PRACTICE_SETTINGS_KEY = `${STORAGE_PREFIX}practice`;

/** The print options (src/lib/printOptions.ts), remembered in this browser. */
export const PRINT_OPTIONS_KEY = `${STORAGE_PREFIX}print-options`;
