/** `charter-lint --help`. Keep in step with the README's "Command line" section. */
export const HELP = `Usage: charter-lint [options] [files, folders or globs...]

Checks Markdown drafts against ALIMA's charter (sourced figures, footnotes,
photo credits, charter language) and Markdown hygiene (markdownlint).
With no paths, checks every *.md and *.markdown file under the current
folder, skipping node_modules and what .gitignore excludes.

Options:
  -f, --format <name>     stylish (default), json, sarif or github
  -c, --config <file>     use this configuration file for every file
                          (instead of the nearest .charter-lintrc.*)
      --max-warnings <n>  exit 1 when there are more than n warnings
  -q, --quiet             report errors only
      --fix               apply unambiguous fixes, writing files in place
      --lang <en|fr>      language of files whose front matter has no lang:
      --no-markdownlint   run the charter rules only
  -o, --output-file <f>   write the report to a file instead of stdout
      --concurrency <n>   worker threads: a number, or auto (default)
      --max-file-size <bytes>
                          report larger files without linting them
                          (default 1000000)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors, 1 errors found or more warnings than --max-warnings,
2 a usage, configuration or file-reading failure.
`;
