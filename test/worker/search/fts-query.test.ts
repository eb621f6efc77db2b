import { describe, expect, it } from 'vitest';
import { allTermsQuery, anyTermQuery, MAX_TERMS, searchTerms } from '../../../src/search/fts-query';

describe('searchTerms', () => {
  it('splits on anything that is not a letter or a digit', () => {
    expect(searchTerms('cloud-deploy, K8s')).toEqual(['cloud', 'deploy', 'K8s']);
  });

  it('keeps letters of any script', () => {
    expect(searchTerms('Datenanalyse données')).toEqual(['Datenanalyse', 'données']);
  });

  it('drops repeats and keeps at most the first words', () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(searchTerms('data data data')).toEqual(['data']);
    expect(searchTerms(many)).toHaveLength(MAX_TERMS);
  });
});

describe('FTS5 queries', () => {
  it('quotes every word as a prefix string; all words must match', () => {
    expect(allTermsQuery(['cloud', 'deploy'])).toBe('"cloud"* "deploy"*');
  });

  it('joins words with our own OR for the fill-up query', () => {
    expect(anyTermQuery(['cloud', 'deploy'])).toBe('"cloud"* OR "deploy"*');
  });
});

describe('hostile search text', () => {
  it.each([
    ['"data', ['data']],
    ['data OR 1=1', ['data', '1']],
    ['NEAR(data analysis, 2)', ['data', 'analysis', '2']],
    ['label:kubernetes', ['label', 'kubernetes']],
    ['-cloud NOT deploy', ['cloud', 'deploy']],
    ['*', []],
    ['^kube AND (x)', ['kube', 'x']],
  ])('reads %j as the plain words %j', (text, terms) => {
    expect(searchTerms(text)).toEqual(terms);
  });

  it('keeps lower-case "near" and "or" as words: only capitals are FTS5 operators', () => {
    expect(searchTerms('near or')).toEqual(['near', 'or']);
    expect(allTermsQuery(searchTerms('near or'))).toBe('"near"* "or"*');
  });
});
