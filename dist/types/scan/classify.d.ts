/** How the scanner treats a file: which bytes it reads, and how many. */
export type FileRole = 'weights' | 'document' | 'code' | 'config' | 'binary-data' | 'other';
/** Source-code extensions: read as code by the scanner, and judged as code by the detectors. */
export declare const CODE_EXTENSIONS: ReadonlySet<string>;
export declare function isLicenseLikeName(path: string): boolean;
/**
 * The role of a file by its path; `ext` is `extension(path)` when the caller has it already. The
 * walk asks this of every file: the extension is passed on rather than computed again, and the
 * cheap set lookups go before the name patterns.
 */
export declare function classifyPath(path: string, isWeightFileName: (p: string, ext?: string) => boolean, ext?: string): FileRole;
/** Byte caps per role: documents up to 1 MiB, code less, data only as much as a pointer needs. */
export declare const READ_CAP: Record<FileRole, number>;
