/**
 * Hugging Face Hub models and datasets: `/api/{models|datasets}/{id}[/revision/{rev}]`, the
 * model's `/refs` for checkpoint branches, and the card and LICENSE through `/resolve/`. The
 * Hub's licence ids are not SPDX; they go through the project's normalizer, and `other` is settled
 * from `license_name` or the LICENSE file's text.
 */
import { z } from 'zod';
import type { RemoteFact } from '../../model/references.js';
import { type ResolverContext } from './common.js';
export type HubRepoType = 'model' | 'dataset';
/**
 * Checkpoint branch names: `step1000` (Pythia), `stage1-step140000-tokens294B` (OLMo), `ckpt_000`
 * (LLM360), `global_step500`, `checkpoint-500`, `iter_0001000` (Megatron).
 */
export declare const CHECKPOINT_BRANCH: RegExp;
export declare function isHubId(id: string): boolean;
declare const repoInfoSchema: z.ZodLazy<z.ZodObject<{
    tags: z.ZodCatch<z.ZodOptional<z.ZodPipe<z.ZodArray<z.ZodUnknown>, z.ZodTransform<string[], unknown[]>>>>;
    cardData: z.ZodCatch<z.ZodOptional<z.ZodNullable<z.ZodLazy<z.ZodObject<{
        license: z.ZodCatch<z.ZodOptional<z.ZodLazy<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodUnknown>]>, z.ZodTransform<string[], string | unknown[]>>>>>;
        license_name: z.ZodCatch<z.ZodOptional<z.ZodString>>;
        license_link: z.ZodCatch<z.ZodOptional<z.ZodString>>;
    }, z.core.$strip>>>>>;
    siblings: z.ZodCatch<z.ZodOptional<z.ZodPipe<z.ZodArray<z.ZodUnknown>, z.ZodTransform<string[], unknown[]>>>>;
    safetensors: z.ZodCatch<z.ZodOptional<z.ZodNullable<z.ZodObject<{
        total: z.ZodNumber;
    }, z.core.$strip>>>>;
    config: z.ZodCatch<z.ZodOptional<z.ZodNullable<z.ZodObject<{
        architectures: z.ZodCatch<z.ZodOptional<z.ZodPipe<z.ZodArray<z.ZodUnknown>, z.ZodTransform<string[], unknown[]>>>>;
    }, z.core.$strip>>>>;
    id: z.ZodString;
    sha: z.ZodCatch<z.ZodOptional<z.ZodString>>;
    disabled: z.ZodCatch<z.ZodOptional<z.ZodBoolean>>;
    gated: z.ZodCatch<z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodLiteral<"auto">, z.ZodLiteral<"manual">]>>>;
}, z.core.$strip>>;
export type HubRepoInfo = z.infer<typeof repoInfoSchema>;
/** The API URL for a repository (what offline mode and the lock report). */
export declare function hubApiUrl(ctx: Pick<ResolverContext, 'endpoints'>, type: HubRepoType, id: string, revision?: string): string;
/** Resolves one Hub model or dataset. Never throws. */
export declare function resolveHubRepo(ctx: ResolverContext, type: HubRepoType, id: string, revision?: string): Promise<RemoteFact>;
export {};
