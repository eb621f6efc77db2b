// Turns what a person typed into an FTS5 query that treats every word as data: words are split
// on anything that is not a letter or digit (as FTS5's unicode61 tokenizer does), FTS5 operator
// words are dropped, and each word is quoted as an FTS5 string with a prefix star.

/** At most this many words are searched; more would only slow the query down. */
export const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 64;

/** FTS5 treats these as operators when written in capitals; typed by a user, they are dropped. */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

/** The words of a search text: split, without operators or repeats, at most `MAX_TERMS`. */
export function searchTerms(text: string): string[] {
  const words = text.normalize('NFKC').split(/[^\p{L}\p{N}]+/u);
  const terms = words.filter((word) => word !== '' && !OPERATORS.has(word));

  return [...new Set(terms.map((term) => term.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

/** One word as an FTS5 string (a double quote inside is doubled) matching as a prefix. */
function prefixString(term: string): string {
  return `"${term.replaceAll('"', '""')}"*`;
}

/** Every word must match (FTS5's implicit AND): `"cloud"* "deploy"*`. */
export function allTermsQuery(terms: readonly string[]): string {
  return terms.map(prefixString).join(' ');
}

/** Any word may match: `"cloud"* OR "deploy"*`. The OR is ours, never the user's. */
export function anyTermQuery(terms: readonly string[]): string {
  return terms.map(prefixString).join(' OR ');
}
