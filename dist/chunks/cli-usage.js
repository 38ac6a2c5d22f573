import { MERGE_USAGE } from './merge-command.js';
import { a as OUTPUT_FORMAT_NAMES, O as OUTPUT_FORMATS } from './formats.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:path';
import 'node:crypto';
import './escape.js';
import './schemas.js';
import './mot-record.js';
import 'process';
import 'buffer';
import './cli-common.js';
import './sarif.js';

/** Loaded for --help only: the format descriptions come with the renderers. */
const USAGE = `Usage:
  model-openness scan [DIR] [--format FORMAT] [--output FILE] [--config FILE] [--max-seconds N]
                            [--fail-under N] [--require-mof-class 1|2|3] [--require-osaid]
                            [--repository OWNER/NAME] [--offline | --resolve MODE] [--lock FILE]
                            [--cache-dir DIR] [--max-text-files N]
  model-openness scan hf:ORG/NAME[@REVISION] [same options as for DIR]
  model-openness lock [DIR] [--repository OWNER/NAME] [--lock FILE] [--cache-dir DIR]
                      [--max-text-files N]
  model-openness merge REPORT.json... [--format markdown|html|csv|json] [--output FILE]
                                      [--link-base URL]
  model-openness license FILE\u2026 [--format text|json]
  model-openness mof RECORD.yml
  model-openness --help | --version

scan   inspects a model repository (DIR, default .) and reports its openness:
       score, MOF class, OSAID verdict, Open Source AI Index, missing disclosures, open-washing.
       hf:ORG/NAME[@REVISION] reads a model on the Hugging Face Hub instead, at one commit: its
       file list, small files and weight headers (range requests; weights are never downloaded).
       A gated model needs HF_TOKEN with access; the report says what could not be read.
         --format             ${OUTPUT_FORMAT_NAMES.map((f) => `${f} (${OUTPUT_FORMATS[f].description})`).join(',\n                              ')};
                              default json
         --output             write the report to FILE instead of standard output
         --config             policy file (default: DIR/.github/model-openness.yml when present);
                              its gates apply as in the action
         --max-seconds        stop scanning after N seconds and report what was left (default 120)
         --max-text-files     read the text of at most N documents, N code files and N configs,
                              shallowest first; the others count by path (default 1000)
         --fail-under         exit 1 when the score is below N (0-100)
         --require-mof-class  exit 1 unless the release reaches MOF class 1, 2 or 3
         --require-osaid      exit 1 unless the release conforms to OSAID 1.0
       Flags tighten the policy file's gates, never loosen them.
         --repository         the repository's OWNER/NAME: its owner's models and code count as
                              the release's own (the action knows it; default: the folder name)
         --offline            make no network call: references kept elsewhere are resolved only
                              from DIR/model-openness.lock.json when there is one
         --resolve            online (default: ask the Hugging Face Hub, GitHub, arXiv and Zenodo
                              about the release's own weights, datasets, papers and code), offline,
                              or lock (the lock file's answers only)
         --lock               the lock file to read (default DIR/model-openness.lock.json)
         --cache-dir          keep the hosts' answers in DIR for a day and reuse them
lock   resolves the release's references online and writes DIR/model-openness.lock.json (or
       --lock FILE): every licence, revision and checkpoint list seen, for reports that are the
       same offline and for drift warnings when the hosts change.
Endpoints: HF_ENDPOINT, GITHUB_API_URL, ARXIV_OAI_URL, ZENODO_URL; tokens: HF_TOKEN, GITHUB_TOKEN.
license identifies licence files as the scan does: for each FILE the SPDX id (or LicenseRef-\u2026)
       and name, the confidence, the similarity with the closest licence text, how it matched,
       the components its name scopes it to and whether it is open; text (default) or json.
       Symbolic links are not followed; a file is read up to 1 MiB like in the scan.
mof    evaluates a record in the Model Openness Tool's YAML format and prints its class and progress.
${MERGE_USAGE}
Exit status: 0 report written, 1 a gate failed (report written, one line per failed gate on
stderr), 2 bad usage or unreadable input (license: a file it could not read, one line each),
3 internal error.
`;

export { USAGE };
