import { type FileRole } from './classify.js';
import type { LfsPointer, WeightInfo } from './formats/types.js';
import type { ScannedFile, Snapshot } from './types.js';
/** `flags` bit: the file sits in a folder of someone else's code (`vendor/`, `third_party/`, …). */
export declare const VENDORED = 1;
/** `flags` bit: test code or a test fixture (`tests/`, `fixtures/`, `test_x.py`, …). */
export declare const TEST = 2;
/**
 * A file with the facts every detector asks about, computed once: by the walk for a scanned
 * repository, by `fileIndex` for a snapshot built by hand. The strings are shared where they can
 * be (the name is the listing's own string, extensions are interned), so 100,000 records cost
 * little more than their paths.
 */
export interface IndexedFile extends ScannedFile {
    /** The last path segment. */
    readonly name: string;
    /** The folder part of the path ('' at the root), as `dirName()` gives it; shared per folder. */
    readonly dir: string;
    /** Lower-case extension without the dot ('' when none), as `extension()` gives it. */
    readonly ext: string;
    /** How the scanner treats the file (which bytes it reads). */
    readonly role: FileRole;
    /** VENDORED | TEST bits. */
    readonly flags: number;
}
/**
 * The walk's record of a file. The name is the listing's own string and the folder is the folder's
 * own, kept rather than sliced from the path on each use: detectors ask for names and folders of
 * all 100,000 files several times over, and a slice per question cost more time (and garbage)
 * than the fields cost memory.
 */
export declare class FileRecord implements IndexedFile {
    readonly path: string;
    readonly name: string;
    readonly dir: string;
    readonly ext: string;
    readonly role: FileRole;
    readonly flags: number;
    size?: number;
    text?: string;
    truncated?: boolean;
    weight?: WeightInfo;
    lfs?: LfsPointer;
    constructor(path: string, name: string, dir: string, ext: string, role: FileRole, flags: number);
}
/** One string per distinct extension, whatever the file. */
export declare function internExtension(ext: string): string;
/** Lower-case extension of a base name, as `extension()` computes it for the whole path. */
export declare function extensionOfName(name: string): string;
/**
 * VENDORED and TEST bits of a path, from its folder part and its name. The folder patterns only
 * match a segment followed by `/`, and the name pattern never crosses one, so testing the folder
 * (with its trailing slash) and the name apart gives what testing the whole path gives.
 */
export declare function folderFlags(folderWithSlash: string): number;
export declare function nameFlags(name: string): number;
/** The facts of one path, computed from scratch (snapshots built by hand, tests). */
export declare function factsOf(path: string): {
    name: string;
    dir: string;
    ext: string;
    role: FileRole;
    flags: number;
};
export declare const isVendoredFile: (file: IndexedFile) => boolean;
export declare const isTestFile: (file: IndexedFile) => boolean;
/**
 * The snapshot's files, bucketed in one pass: by role, the files whose text was read, and the
 * weight files and LFS pointers. Each bucket keeps the snapshot's (path) order, so a detector that
 * reads a bucket meets its files in the order a loop over all files would have. `where` keeps
 * further selections that several detectors share, so each is computed once.
 */
export declare class FileIndex {
    readonly all: readonly IndexedFile[];
    /** Files whose text was read. */
    readonly withText: readonly IndexedFile[];
    /** Files with weight-header facts or an LFS pointer. */
    readonly weightOrPointer: readonly IndexedFile[];
    /** Files whose bytes told something: text, weight-header facts or an LFS pointer. */
    readonly withContent: readonly IndexedFile[];
    private readonly roles;
    private readonly selections;
    private readonly values;
    private readonly sorted;
    constructor(files: readonly ScannedFile[]);
    /** The files of one role, in path order. */
    byRole(role: FileRole): readonly IndexedFile[];
    /** The file at `path`, if the snapshot has it. */
    byPath(path: string): IndexedFile | undefined;
    /** Folders holding someone else's package whole (util/paths.ts), found once per snapshot. */
    embeddedPackages(): readonly string[];
    /** A value computed from the files on first use and kept under `key`. */
    value<T>(key: string, compute: () => T): T;
    /**
     * The files of `from` (default: all) that pass `keep`, computed on first use and kept under
     * `key`; a key names one predicate over one source.
     */
    where(key: string, keep: (file: IndexedFile) => boolean, from?: readonly IndexedFile[]): readonly IndexedFile[];
}
/** The snapshot's file index, built on first use and shared by every detector. */
export declare function fileIndex(snapshot: Snapshot): FileIndex;
