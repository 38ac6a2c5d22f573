import type { LfsPointer } from './types.js';
/** git-lfs only treats blobs smaller than this as possible pointers (blobSizeCutoff). */
export declare const LFS_POINTER_MAX_SIZE = 1024;
/** The current spec URL first, then the pre-release URLs git-lfs still reads. */
export declare const LFS_SPEC_VERSIONS: readonly string[];
/**
 * Parses a Git LFS pointer (git-lfs docs/spec.md): under 1024 bytes of UTF-8, `version` first,
 * then `key value` lines with keys in ascending order, with `oid sha256:<64 hex>` and a decimal
 * `size`. Unknown keys are tolerated when ordered. Like git-lfs, surrounding whitespace and CRLF
 * line ends are accepted. Returns null for anything else; `oid` is the bare hex digest.
 */
export declare function parseLfsPointer(bytes: Uint8Array): LfsPointer | null;
/** The patterns of a .gitattributes file that set `filter=lfs`, in file order. */
export declare function parseGitattributesLfs(text: string): string[];
/**
 * Compiles a .gitattributes file into a predicate: is this POSIX path (relative to the file's
 * directory) stored through the LFS filter? The last line that matches and mentions `filter` wins.
 */
export declare function compileLfsMatcher(text: string): (path: string) => boolean;
/** True when the .gitattributes `text` routes `path` through the LFS filter. */
export declare function isLfsTracked(path: string, text: string): boolean;
/**
 * Compiles one gitattributes pattern (git wildmatch with WM_PATHNAME). Unlike .gitignore, a pattern
 * that matches a directory does not match the files inside it, and a trailing-slash pattern matches
 * no file. A pattern without a slash matches the basename at any depth; otherwise it is anchored.
 * Matching simulates the pattern as an automaton, O(path × pattern), so no pattern can backtrack
 * exponentially.
 */
export declare function compileAttributePattern(pattern: string): ((path: string) => boolean) | null;
