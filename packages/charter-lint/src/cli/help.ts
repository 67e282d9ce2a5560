/** `charter-lint --help`. Keep in step with the README's "Command line" section. */
export const HELP = `Usage: charter-lint [options] [files, folders or globs...]
       charter-lint [options] --stdin-filename <path> -

Checks Markdown drafts against ALIMA's charter (sourced figures, footnotes,
photo credits, charter language) and Markdown hygiene (markdownlint).
With no paths, checks every *.md, *.markdown and *.mdx file (any case)
under the current folder, skipping node_modules, dot-folders (.github: name
one to check it) and what .gitignore excludes.
.mdx files are read as MDX: JSX and {expressions} are not prose.
.html and .htm pages are checked by the charter rules (not markdownlint)
when named or matched by a glob ("site/**/*.html"), never by a folder scan;
--fix never rewrites them.
.docx files (named, or matched by a glob) are read as Word documents:
line N is paragraph N; --fix leaves them alone.

Options:
  -f, --format <name>     stylish (default), json, sarif or github
  -c, --config <file>     use this configuration file for every file
                          (instead of the nearest .charter-lintrc.*)
      --max-warnings <n>  exit 1 when there are more than n warnings
  -q, --quiet             report errors only
      --fix               apply unambiguous fixes, writing files in place
      --fix-dry-run       print what --fix would change as a unified diff per
                          file on stdout (the report goes to stderr); write nothing
      --lang <en|fr>      language of files whose front matter has no lang:
      --no-markdownlint   run the charter rules only
  -o, --output-file <f>   write the report to a file instead of stdout
      --concurrency <n>   worker threads: a number (at most the cores),
                          or auto (default); 0 lints on the main thread,
                          without the --file-timeout watchdog
      --verbose           list the dot-folders skipped, and print the
                          stack trace of an internal error
      --max-file-size <bytes>
                          report larger files without linting them
                          (default 1000000)
      --file-timeout <seconds>
                          a file that takes longer is linted again without
                          markdownlint, with a file-too-complex warning
                          (default 60; 0 turns the watchdog off)
  -                       read the draft from stdin
      --stdin-filename <path>
                          the path stdin stands for: its configuration,
                          language (.mdx, .html) and name in the report
      --no-error-on-unmatched-pattern
                          a path or glob matching no Markdown file is not
                          an error (by default it exits 2)
      --cache             skip files unchanged since the last --cache run
                          (same content, configuration and linter version)
      --cache-location <path>
                          cache folder or file
                          (default node_modules/.cache/charter-lint/)
      --changed-since <git-ref>
                          lint files changed since the ref, reporting only
                          findings on added or changed lines
      --report-suppressed list findings silenced by suppression comments,
                          with their reasons, in the JSON report
  -h, --help              show this help
  -v, --version           show the version

Suppression comments: <!-- charter-lint ignore RULE -- reason -->
(in .mdx: {/* charter-lint ignore RULE -- reason */}).

Exit codes: 0 no errors, 1 errors found or more warnings than --max-warnings,
2 a usage or configuration failure, a path that matches nothing, or a
file that could not be read or fixed (its report says why; the other files
are reported as usual). Folders that cannot be read are named on stderr.
`;
