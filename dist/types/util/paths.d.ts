export declare function isVendored(path: string): boolean;
/**
 * Whether a base name is one embeddedPackageFolders looks at (a licence file or package metadata):
 * callers with many paths can pass only those.
 */
export declare function isPackageMarkerName(name: string): boolean;
/**
 * Folders below the root that carry their own licence file and their own package metadata:
 * someone else's package embedded whole, whatever the folder is called (`libs/flashy/`).
 */
export declare function embeddedPackageFolders(paths: Iterable<string>): string[];
/** Whether a path lies inside one of the folders. */
export declare function isInFolders(path: string, folders: readonly string[]): boolean;
export declare function isTestPath(path: string): boolean;
export declare function isInTestFolder(path: string): boolean;
export declare function isFineTuningRecipe(path: string): boolean;
/** How many `/`-separated segments a path has (`a/b.md` has 2): `path.split('/').length`, without the array. */
export declare function segmentCount(path: string): number;
export declare function baseName(path: string): string;
export declare function dirName(path: string): string;
/** Lower-case extension without the dot ('' when none). */
export declare function extension(path: string): string;
export interface LineMatch {
    line: number;
    text: string;
    match: RegExpExecArray;
}
/** Every match of a global regex, with its 1-based line and the trimmed line text (capped). */
export declare function matchLines(text: string, pattern: RegExp, limit?: number): LineMatch[];
/** A link target relative to a file's folder, as a repository path ('' for the root), or null
 * when it climbs out of the repository. Query and fragment are the caller's to strip. */
export declare function joinRepositoryPath(fromFile: string, target: string): string | null;
