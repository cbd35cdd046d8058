import { describe, expect, it } from 'vitest';
import { ANSWERS_VERSION, emptyDocument, type AnswerDocument } from '../../src/lib/answerDocument';
import { backupJson, exportFileName } from '../../src/lib/answerJson';

const T = Date.UTC(2025, 10, 25, 14, 2);
const exportedAt = new Date(T);
const document: AnswerDocument = {
  ...emptyDocument(),
  answers: { 'grpo-vs-dpo': { before: { text: 'DPO needs pairs.', updatedAt: T } } },
  picks: { 'why-sft': { picked: true, updatedAt: T } },
  notes: { data: { text: 'Dedup paper', updatedAt: T } },
  covered: { 'grpo-vs-dpo': { points: ['pairs', 'reward-model'], updatedAt: T } },
  lastBackupAt: T,
};

describe('the JSON backup', () => {
  it('holds the format version, the site version, the export time and everything in the store', () => {
    const backup = JSON.parse(backupJson(document, { siteVersion: '0.1.0', exportedAt }));
    expect(backup).toMatchObject({ format: 'training-roles-guide/answers', version: ANSWERS_VERSION, siteVersion: '0.1.0', exportedAt: '2025-11-25T14:02:00.000Z' });
    expect(backup.answers).toEqual(document.answers);
    expect(backup.picks).toEqual(document.picks);
    expect(backup.notes).toEqual(document.notes);
    expect(backup.covered).toEqual(document.covered);
    expect(backup.lastBackupAt).toBe(T);
  });

  it('is named by its date', () => {
    expect(exportFileName('json', exportedAt)).toBe('training-roles-answers-2025-11-25.json');
    expect(exportFileName('md', exportedAt)).toBe('training-roles-answers-2025-11-25.md');
  });
});
