export declare function isVendored(path: string): boolean;
export declare function isTestPath(path: string): boolean;
export declare function isFineTuningRecipe(path: string): boolean;
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
