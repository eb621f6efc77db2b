import { describe, expect, it } from 'vitest';
import { mapRelation } from '../../../src/taxonomy/vocabulary';

describe('mapRelation: one edge vocabulary', () => {
  it.each([
    ['exact', 'exact', false],
    ['prerequisite', 'prerequisite', false],
    ['exactMatchOf', 'exact', false],
    ['isChildOf', 'broader', false],
    ['isPartOf', 'broader', false],
    ['isRelatedTo', 'related', false],
    ['isPeerOf', 'related', false],
    ['replacedBy', 'close', false],
    ['isTranslationOf', 'exact', false],
    ['precedes', 'prerequisite', true],
  ])('maps the CASE association %s to %s (reversed: %s)', (term, relation, reverse) => {
    expect(mapRelation(term)).toEqual({ relation, reverse });
  });

  it.each([
    ['ceasn:exactAlignment', 'exact'],
    ['ceasn:majorAlignment', 'close'],
    ['ceasn:minorAlignment', 'related'],
    ['ceasn:broadAlignment', 'broader'],
    ['ceasn:narrowAlignment', 'narrower'],
    ['ceasn:prerequisiteAlignment', 'prerequisite'],
    ['narrowAlignment', 'narrower'],
  ])('maps the CTDL alignment %s to %s', (term, relation) => {
    expect(mapRelation(term)).toEqual({ relation, reverse: false });
  });

  it.each([
    ['skos:exactMatch', 'exact'],
    ['closeMatch', 'close'],
    ['skos:broadMatch', 'broader'],
  ])('maps the SKOS property %s to %s', (term, relation) => {
    expect(mapRelation(term)).toEqual({ relation, reverse: false });
  });

  it('gives no edge for CASE associations that do not join two competencies', () => {
    expect(mapRelation('exemplar')).toBeNull();
    expect(mapRelation('hasSkillLevel')).toBeNull();
    expect(mapRelation('ext:myType')).toBeNull();
  });

  describe('attacks', () => {
    it('does not read relation names from the object prototype', () => {
      expect(mapRelation('constructor')).toBeNull();
      expect(mapRelation('__proto__')).toBeNull();
      expect(mapRelation('toString')).toBeNull();
    });
  });
});
