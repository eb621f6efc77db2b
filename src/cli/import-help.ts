// The text `proofpath import --help` prints.

export const IMPORT_HELP = `Usage: proofpath import <case|esco|onet|csv|crosswalk> <file|folder>... [options]

Imports a skill framework (or a crosswalk between frameworks) into the local D1 database that
\`npm start\` (wrangler dev) serves, through the same staging and one-batch commit as the API.
Importing the same files again changes nothing; a new version updates the framework in place
and the summary says what was added, removed and changed. A bad file changes nothing and the
error names its row and column. Run \`npm run db:migrate:local\` once before the first import.

  case       a CASE 1.1 CFPackage (JSON)
  esco       ESCO CSV files (skills, skill groups, occupations, hierarchy, relations)
  onet       O*NET text files (Occupation Data, Skills, Technology Skills, Alternate Titles,
             Content Model Reference)
  csv        an employer framework: code, label, description, parent code, aliases
  crosswalk  a CSV of source, relation, target, or Nesta's ESCO to O*NET crosswalk

A folder stands for its .csv, .txt and .json files.

Options:
  --framework-version <v>   the version to record (ESCO 1.1, O*NET 30.0, ...)
  --title <text>            the framework's title (an employer CSV)
  --framework-uri <uri>     what identifies an employer CSV framework
  --source, --licence, --attribution <text>
                            override what the framework says about itself
  --crosswalk-name <name>   the name of a crosswalk's set of edges (default: the file name)
  --database <name>         the D1 binding or database_name in wrangler.toml (default: the first)
  --persist-to <dir>        where the local D1 lives, as for wrangler (default .wrangler/state)
  --config <path>           the wrangler configuration (default wrangler.toml)
  --json                    print the import job as JSON
  -h, --help                print this help

Exit codes: 0 imported or unchanged, 64 usage error or a file that cannot be imported,
70 internal error.
`;
