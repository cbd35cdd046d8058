/**
 * What the answers page lists (AnsweredList.astro), derived from the answers document and the
 * outline: per section in syllabus order, its reading notes and the questions with an answer
 * before or after reading, each with the answers that have text; sections with neither are left
 * out. Answers for questions the guide no longer has are only counted: they stay in exports.
 */
import { notesText, type AnswerDocument } from './answerDocument';
import { hasAnswer, writtenAnswers } from './answerProgress';
import { knownIds, questionsOf, type OutlineQuestion, type OutlineSection } from './guideOutline';

export interface AnsweredQuestion {
  question: OutlineQuestion;
  /** The answers with text, before reading first. */
  answers: ReturnType<typeof writtenAnswers>;
}

export interface AnsweredSection {
  section: OutlineSection;
  /** The section's reading notes, trimmed; '' when none. */
  notes: string;
  questions: AnsweredQuestion[];
}

export interface AnsweredList {
  sections: AnsweredSection[];
  /** Answered questions the guide no longer has. */
  orphans: number;
}

/** True when there is anything to list: an answer or reading notes with text. */
export function hasWrittenWork(doc: AnswerDocument): boolean {
  return Object.values(doc.answers).some(hasAnswer) || Object.values(doc.notes).some((note) => note.text.trim() !== '');
}

export function answeredList(outline: readonly OutlineSection[], doc: AnswerDocument): AnsweredList {
  const sections = outline.flatMap((section): AnsweredSection[] => {
    const questions = questionsOf(section)
      .filter((question) => hasAnswer(doc.answers[question.id]))
      .map((question) => ({
        question,
        answers: writtenAnswers(doc, question.id),
      }));
    const notes = notesText(doc, section.slug).trim();
    return questions.length || notes ? [{ section, notes, questions }] : [];
  });
  const known = knownIds(outline).questions;
  const orphans = Object.entries(doc.answers).filter(([id, answers]) => !known.has(id) && hasAnswer(answers)).length;
  return { sections, orphans };
}
