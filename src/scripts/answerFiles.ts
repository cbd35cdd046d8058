/**
 * What Import and Export Markdown need beyond the store: the question list, the import plan and
 * the Markdown writer. AnswersBackup imports this module when the learner first uses either, so
 * the answers page does not carry it for a visit that only reads.
 */
import { knownIds } from '../lib/guideOutline';
import { loadOutline } from './outline';

export { answersMarkdown } from '../lib/answerMarkdown';
export { describePlan, describeUnknown, hasChanges, MAX_IMPORT_BYTES, planImport } from '../lib/answerImport';
export { knownIds, loadOutline };
