/** Display names and number formats shared by every output format. */
export declare const CLASS_ROMAN: readonly ["", "I", "II", "III"];
export declare function mofClassName(cls: 0 | 1 | 2 | 3): string;
/** A number for people: at most one decimal, no trailing `.0`, no binary-fraction tails. */
export declare function formatNumber(value: number): string;
