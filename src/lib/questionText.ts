/**
 * Question texts are Markdown with inline emphasis only (e.g. "What *problem* is …"), kept
 * verbatim from the syllabus. marked renders them; the plain form feeds titles, meta
 * descriptions and search metadata.
 */
import { Lexer, marked, type Token } from 'marked';

export function questionHtml(markdown: string): string {
  return marked.parseInline(markdown, { async: false });
}

function plain(tokens: Token[]): string {
  return tokens
    .map((token) => ('tokens' in token && token.tokens ? plain(token.tokens) : 'text' in token ? token.text : token.raw))
    .join('');
}

export function questionPlainText(markdown: string): string {
  return plain(Lexer.lexInline(markdown));
}
