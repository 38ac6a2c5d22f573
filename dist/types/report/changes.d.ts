import { z } from 'zod';
import { type ComponentName } from '../model/components.js';
import type { ComponentStatus } from '../model/licenses.js';
import type { OpennessReport } from './types.js';
/** Built on first use (z.lazy), as the schemas of the policy file are. */
export declare const reportSummarySchema: z.ZodLazy<z.ZodObject<{
    v: z.ZodLiteral<1>;
    score: z.ZodNumber;
    mofClass: z.ZodUnion<readonly [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]>;
    osaid: z.ZodBoolean;
    components: z.ZodRecord<z.ZodString, z.ZodEnum<{
        open: "open";
        restricted: "restricted";
        unlicensed: "unlicensed";
        missing: "missing";
    }>>;
    missing: z.ZodArray<z.ZodString>;
}, z.core.$strip>>;
export type ReportSummary = z.output<typeof reportSummarySchema>;
/**
 * What the comment's marker carries: this run's summary plus the base it was compared with, so a
 * re-run of the same commit compares with the same base instead of with its own earlier report.
 */
export declare const embeddedReportSchema: z.ZodLazy<z.ZodObject<{
    base: z.ZodOptional<z.ZodLazy<z.ZodObject<{
        v: z.ZodLiteral<1>;
        score: z.ZodNumber;
        mofClass: z.ZodUnion<readonly [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]>;
        osaid: z.ZodBoolean;
        components: z.ZodRecord<z.ZodString, z.ZodEnum<{
            open: "open";
            restricted: "restricted";
            unlicensed: "unlicensed";
            missing: "missing";
        }>>;
        missing: z.ZodArray<z.ZodString>;
    }, z.core.$strip>>>;
    baseSource: z.ZodOptional<z.ZodEnum<{
        git: "git";
        "previous-comment": "previous-comment";
    }>>;
    v: z.ZodLiteral<1>;
    score: z.ZodNumber;
    mofClass: z.ZodUnion<readonly [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]>;
    osaid: z.ZodBoolean;
    components: z.ZodRecord<z.ZodString, z.ZodEnum<{
        open: "open";
        restricted: "restricted";
        unlicensed: "unlicensed";
        missing: "missing";
    }>>;
    missing: z.ZodArray<z.ZodString>;
}, z.core.$strip>>;
export type EmbeddedReport = z.output<typeof embeddedReportSchema>;
export declare function summarizeReport(report: OpennessReport): ReportSummary;
export declare function embedReport(head: ReportSummary, base: {
    summary: ReportSummary;
    source: ReportChanges['baseSource'];
} | null): EmbeddedReport;
export declare function parseReportSummary(value: unknown): ReportSummary | null;
export declare function parseEmbeddedReport(value: unknown): EmbeddedReport | null;
/**
 * The base to compare with when git has none: the previous comment's report, or, when that report
 * is of this very commit (a re-run), the base that run used, so a re-run cannot turn a failed
 * regression gate green.
 */
export declare function baseFromPreviousReport(previous: EmbeddedReport | null, previousSha: string | undefined, headSha: string): {
    summary: ReportSummary;
    source: ReportChanges['baseSource'];
} | null;
export interface ComponentChange {
    name: ComponentName;
    from: ComponentStatus;
    to: ComponentStatus;
}
export interface ReportChanges {
    baseSource: 'git' | 'previous-comment';
    scoreFrom: number;
    scoreTo: number;
    mofFrom: 0 | 1 | 2 | 3;
    mofTo: 0 | 1 | 2 | 3;
    osaidFrom: boolean;
    osaidTo: boolean;
    gained: ComponentChange[];
    lost: ComponentChange[];
    newMissing: ComponentName[];
    /** True when openness dropped: lower score, lower MOF class, lost OSAID, or a component lost openness. */
    regression: boolean;
}
export declare function compareReports(base: ReportSummary, head: ReportSummary, baseSource: ReportChanges['baseSource']): ReportChanges;
/** The "what this PR changes" section of the comment. */
export declare function renderChanges(changes: ReportChanges): string;
