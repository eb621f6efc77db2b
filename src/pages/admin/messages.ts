// The words of the framework admin pages: frameworks and imports, the tree, competency search,
// crosswalk edges and badge mappings.
import type { ImportKind } from '../../taxonomy/framework-target';
import type { EdgeRelation } from '../../taxonomy/vocabulary';

export const ADMIN_WORDS = {
  navLabel: 'Frameworks and skills',
  frameworks: 'Frameworks',
  findCompetency: 'Find a competency',
  badgeMappings: 'Badge mappings',
  organisation: 'Organisation',
  frameworksTitle: 'Frameworks',
  frameworksIntro:
    'The public reference frameworks (O*NET, ESCO, published CASE packages) and your ' +
    "organisation's own. What you import here is private to your organisation.",
  noFrameworks: 'No framework has been imported yet.',
  titleColumn: 'Framework',
  ownerColumn: 'Whose',
  kindColumn: 'Kind',
  versionColumn: 'Version',
  competenciesColumn: 'Competencies',
  licenceColumn: 'Source, licence and attribution',
  publicOwner: 'Public',
  ownOwner: 'Your organisation',
  moreFrameworks: 'More frameworks',
  importHeading: 'Import a framework or a crosswalk',
  kindLabel: 'What you are importing',
  filesLabel: 'Files',
  filesHint:
    'ESCO and O*NET take several files at once (each in the columns its publisher uses); a CASE ' +
    'import takes one CFPackage (JSON).',
  caseUrlLabel: 'Or the URL of a CFPackage on a CASE API',
  caseUrlHint: 'For CASE only, instead of a file: fetched from the public web.',
  aboutLegend: 'About the framework (optional: each replaces what the file says)',
  titleLabel: 'Title',
  frameworkVersionLabel: 'Version',
  sourceLabel: 'Source',
  licenceLabel: 'Licence',
  attributionLabel: 'Attribution its licence requires',
  importButton: 'Import',
  importRefusedHeading: 'The import was not made',
  importTitle: 'Import',
  importedBy: 'Imported by',
  importedAt: 'Started',
  statusLabel: 'Outcome',
  frameworkLabel: 'Framework',
  crosswalkLabel: 'Crosswalk',
  whatChanged: 'What changed',
  countColumn: 'Rows of',
  addedColumn: 'Added',
  removedColumn: 'Removed',
  changedColumn: 'Changed',
  totalColumn: 'Now',
  unresolvedLinks: 'Links to items outside the import, not resolved',
  mappingsRemoved: 'Badge mappings removed with their competencies',
  unmatchedRows: 'Crosswalk rows whose competencies were not found',
  filesHeading: 'Files',
  fileColumn: 'File',
  fileTypeColumn: 'Read as',
  rowsColumn: 'Rows',
  stagedColumn: 'Imported',
  skippedColumn: 'Skipped',
  whereLabel: 'Where',
  pointerLabel: 'JSON pointer',
  backToFrameworks: 'Back to the frameworks',
  treeHeading: 'Contents',
  topLevel: 'Top level',
  breadcrumbLabel: 'Where you are in the framework',
  noChildren: 'Nothing below this item.',
  openChildren: 'Open',
  children: 'items below',
  moreItems: 'More items',
  sourceFact: 'Source',
  licenceFact: 'Licence',
  ownerFact: 'Whose',
  countFact: 'Competencies',
  attributionHeading: 'Sources and attribution',
  searchTitle: 'Find a competency',
  searchIntro:
    'Search the labels, other names and descriptions of every competency your organisation ' +
    'can see. Suggestions appear as you type.',
  searchLabel: 'Competency',
  searchButton: 'Search',
  suggestionsLabel: 'Suggestions',
  suggestionsCount: 'suggestions',
  noSuggestions: 'No competency matches.',
  suggestionsFailed: 'Suggestions are not available just now; press the button to search.',
  resultsHeading: 'Results',
  noResults: 'No competency matches these words.',
  labelColumn: 'Competency',
  codeColumn: 'Code',
  frameworkColumn: 'Framework',
  partialMatch: '(some of the words)',
  competencyFacts: 'About this competency',
  codeFact: 'Code',
  kindFact: 'Kind',
  itemTypeFact: 'Item type',
  frameworkFact: 'Framework',
  uriFact: 'URI',
  descriptionFact: 'Description',
  altLabelsFact: 'Also called',
  parentFact: 'Part of',
  equivalentsHeading: 'Equivalent or narrower across frameworks',
  equivalentsIntro:
    'Everything this competency covers, found over exact, close and narrower edges and the ' +
    'hierarchy, with the path of edges that links each one.',
  noEquivalents: 'Nothing is linked to this competency yet.',
  relationColumn: 'How it relates',
  pathColumn: 'Path',
  viaHierarchy: '(hierarchy)',
  edgesHeading: 'Crosswalk edges',
  noEdges: 'No crosswalk edge touches this competency.',
  sourceColumn: 'Source',
  targetColumn: 'Target',
  originColumn: 'From',
  byColumn: 'Who, and why',
  actionsColumn: 'Changes',
  removeEdge: 'Remove',
  removalNoteLabel: 'Why',
  publicEdge: 'Public reference data',
  addEdgeHeading: 'Add a crosswalk edge',
  addEdgeIntro: 'Read the edge as: this competency, the relation, then the target.',
  relationLabel: 'Relation',
  targetLegend: 'Target competency',
  noteLabel: 'Why (a note kept with the edge)',
  addEdge: 'Add edge',
  changeRefusedHeading: 'That change was not made',
  findLabel: 'Find the competency',
  findButton: 'Find',
  findFirst: 'Find a competency above, then choose it here.',
  mappingsTitle: 'Badge mappings',
  mappingsIntro:
    'Each badge class (an Open Badges 2.0 BadgeClass or 3.0 Achievement, by its id) is mapped ' +
    "to the competencies it proves, with a band. Mappings come from a badge's own alignment " +
    'when a credential is verified, or from an admin here.',
  filterLabel: 'Badge class (achievement id or URL)',
  filterButton: 'Show its mappings',
  showAll: 'Show every mapping',
  noMappings: 'No badge is mapped here yet.',
  badgeColumn: 'Badge class',
  bandColumn: 'Band',
  updatedColumn: 'Changed',
  removeMapping: 'Remove',
  moreMappings: 'More mappings',
  addMappingHeading: 'Map a badge class to a competency',
  mapBadgeHeading: 'Map a badge class to this competency',
  achievementLabel: 'Badge class (achievement id or URL)',
  achievementHint: 'The id of the OB 3.0 Achievement or the URL of the OB 2.0 BadgeClass.',
  bandLabel: 'Band',
  mapBadge: 'Map badge',
  mappingsOfCompetency: 'Badges mapped to this competency',
} as const;

/** Import kinds as the form offers them. */
export const KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  case: 'CASE package (CFPackage JSON)',
  esco: 'ESCO CSV files',
  onet: 'O*NET text files',
  csv: 'Your own framework (CSV: code, label, description, parent code, aliases)',
  crosswalk: 'Crosswalk (CSV: source, relation, target)',
};

/** Framework kinds, short. */
export const FRAMEWORK_KIND_LABELS: Readonly<Record<string, string>> = {
  case: 'CASE',
  esco: 'ESCO',
  onet: 'O*NET',
  csv: 'CSV',
};

/** An import job's status, as a sentence. */
export const IMPORT_STATUS_LABELS: Readonly<Record<string, string>> = {
  staging: 'Still staging: not live yet.',
  committed: 'Imported: the changes below are live.',
  unchanged: 'Nothing changed: this version was imported already.',
  failed: 'Failed: nothing was changed.',
  abandoned: 'Abandoned: nothing was changed.',
};

/** The counts in an import's result, by their key. */
export const RESULT_LABELS: Readonly<Record<string, string>> = {
  competencies: 'Competencies',
  occupationSkills: 'Occupation–skill relations',
  edges: 'Crosswalk edges',
};

/** Relations in the one vocabulary, read as "this competency <relation> the target". */
export const RELATION_LABELS: Readonly<Record<EdgeRelation, string>> = {
  exact: 'exact: the same competency',
  close: 'close: nearly the same',
  broader: 'broader: the target is broader',
  narrower: 'narrower: the target is narrower',
  related: 'related',
  prerequisite: 'prerequisite: the target comes first',
};

/** How a found competency relates to the one asked about. */
export const EQUIVALENCE_LABELS: Readonly<Record<string, string>> = {
  exact: 'Exact',
  close: 'Close',
  narrower: 'Narrower',
};

/** Where an edge came from. */
export const EDGE_ORIGIN_LABELS: Readonly<Record<string, string>> = {
  framework: 'The framework itself',
  crosswalk: 'A crosswalk import',
  admin: 'An admin',
};

/** Level bands of a badge mapping. */
export const BAND_LABELS = {
  foundational: 'Foundational',
  core: 'Core',
  advanced: 'Advanced',
} as const;

/** Where a badge mapping came from. */
export const MAPPING_ORIGIN_LABELS: Readonly<Record<string, string>> = {
  alignment: "The badge's alignment",
  admin: 'An admin',
};
