import { baseName, extension } from '../util/paths.js'

/** How the scanner treats a file: which bytes it reads, and how many. */
export type FileRole = 'weights' | 'document' | 'code' | 'config' | 'binary-data' | 'other'

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
])
/** Source-code extensions: read as code by the scanner, and judged as code by the detectors. */
export const CODE_EXTENSIONS: ReadonlySet<string> = new Set([
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
])
const CODE_NAMES = new Set(['makefile', 'dockerfile', 'justfile', 'containerfile', 'snakefile'])
const CONFIG_EXT = new Set(['json', 'jsonld', 'yaml', 'yml', 'toml', 'cfg', 'ini', 'conf', 'gin'])
const CONFIG_NAMES = new Set([
  '.gitattributes',
  '.gitmodules',
  'requirements',
  'pipfile',
  'setup.cfg'
])
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
])
/** Big vocabularies and tokenizer tables: configs by extension, data by nature. */
const TOKENIZER_DATA =
  /^(tokenizer\.json|vocab(\.[\w-]+)?\.(json|txt)|merges\.txt|spiece\.model|tokenizer\.model|sentencepiece\.bpe\.model)$/i
const LICENSE_LIKE =
  /^(licen[cs]e|copying|notice|copyright|patents|use[_-]?policy|acceptable[_-]use|responsible[_-]ai|terms[_-]of[_-]use|eula)([._-].*)?$/i

export function isLicenseLikeName(path: string): boolean {
  return LICENSE_LIKE.test(baseName(path))
}

/** The extensions a TOKENIZER_DATA name can have. */
const TOKENIZER_DATA_EXT: ReadonlySet<string> = new Set(['json', 'txt', 'model'])

/**
 * The role of a file by its path; `ext` is `extension(path)` when the caller has it already. The
 * walk asks this of every file: the extension is passed on rather than computed again, and the
 * cheap set lookups go before the name patterns.
 */
export function classifyPath(
  path: string,
  isWeightFileName: (p: string, ext?: string) => boolean,
  ext: string = extension(path)
): FileRole {
  // Half of a large tree is source code, and no rule below gives a code extension another role
  // (no weight or tokenizer extension is one; a licence-like name with one is code too).
  if (CODE_EXTENSIONS.has(ext)) return 'code'
  const name = baseName(path)
  if (TOKENIZER_DATA_EXT.has(ext) && TOKENIZER_DATA.test(name)) return 'binary-data'
  if (isWeightFileName(path, ext)) return 'weights'
  if (LICENSE_LIKE.test(name)) return 'document'
  if (DOCUMENT_EXT.has(ext)) return /^requirements/i.test(name) ? 'config' : 'document'
  if (CODE_NAMES.has(name.toLowerCase())) return 'code'
  if (CONFIG_EXT.has(ext) || CONFIG_NAMES.has(name.toLowerCase())) return 'config'
  if (BINARY_DATA_EXT.has(ext)) return 'binary-data'
  if (ext === '' && /^(readme|authors|contributors|changelog|citation)$/i.test(name))
    return 'document'
  return 'other'
}

/** Byte caps per role: documents up to 1 MiB, code less, data only as much as a pointer needs. */
export const READ_CAP: Record<FileRole, number> = {
  weights: 0,
  document: 1024 * 1024,
  code: 256 * 1024,
  config: 1024 * 1024,
  'binary-data': 1024,
  other: 0
}
