import type { ComponentName } from './components.js';
/** Where a release keeps something outside its repository. */
export type ReferenceKind = 'hf-model' | 'hf-dataset' | 'arxiv' | 'doi' | 'github' | 'submodule' | 'url' | 'cloud-storage' | 'magnet' | 'download-script';
/**
 * Whose thing it is: the release's own artifact, something it builds on or uses, or a work it
 * merely cites. Only `own-release` references can be components of the release.
 */
export type ReferenceRole = 'own-release' | 'dependency' | 'citation';
/** Where in the repository a reference was seen. */
export interface ReferenceSite {
    path: string;
    line?: number;
    /** The words around it, trimmed (repository text: escape before display). */
    detail: string;
}
/** One thing the repository points to, as data. */
export interface Reference {
    kind: ReferenceKind;
    /**
     * The canonical id for the kind: `org/name` for Hub repositories, `2409.02060` for arXiv,
     * `10.5281/zenodo.123` for DOIs, `owner/name` for GitHub and submodules, the URL otherwise.
     */
    id: string;
    /** A pinned revision: a Hub branch or commit, a submodule's commit, an arXiv version. */
    revision?: string;
    /** The link as written, when there was one. */
    url?: string;
    role: ReferenceRole;
    /** The components this reference stands for in the release (empty when none). */
    components: ComponentName[];
    /** Every place it was seen; the first is the strongest. */
    evidence: ReferenceSite[];
}
/** Where a licence fact came from, strongest first in the order a resolver prefers them. */
export type LicenseOrigin = 'file' | 'front-matter' | 'statement' | 'remote' | 'declaration';
/** Why a reference could not be resolved online. */
export type UnresolvedReason = 'offline' | 'not-found' | 'gated' | 'disabled' | 'rate-limited' | 'timed-out' | 'malformed' | 'http-error' | 'budget' | 'unsupported';
/** What a remote host said about one reference; every string is remote data (escape it). */
export interface RemoteFact {
    reference: {
        kind: ReferenceKind;
        id: string;
        revision?: string;
    };
    /** The URL answered (after redirects), for the evidence column. */
    url: string;
    /** Commit sha, ETag or version that pins what was seen. */
    pinned?: string;
    /** ISO 8601 time of the answer; empty when nothing was fetched (offline). */
    fetchedAt: string;
    /** The licence as the host states it: SPDX id or `LicenseRef-…`, and a human name. */
    license?: {
        spdx: string | null;
        name: string;
        raw: string;
        /** Where the host's answer came from: card metadata, a `license:` tag, a licence file's text, or the host's own detection. */
        from?: 'card-data' | 'tag' | 'license-file' | 'host';
    };
    /** Access is conditional (`auto`/`manual` on the Hub). */
    gated?: 'auto' | 'manual';
    /** Checkpoint branches (`step1000`, `stage1-step…`): the intermediate parameters. */
    checkpointBranches?: string[];
    /** How many checkpoint branches there are when `checkpointBranches` was capped. */
    checkpointBranchCount?: number;
    /** Renamed repository: the id the host now answers for. */
    canonicalId?: string;
    /** Facts about the model or dataset card when one was read (headings, filled sections). */
    card?: {
        sections: string[];
        words: number;
        license?: string;
    };
    /** Files the host lists (names only, capped). */
    files?: string[];
    parameterCount?: number;
    architectures?: string[];
    /** Set when nothing usable was learnt. */
    unresolved?: {
        reason: UnresolvedReason;
        detail: string;
    };
}
/** What changed in a host's answer since the lock file was written. */
export type DriftField = 'license' | 'gated' | 'pinned' | 'canonicalId' | 'availability' | 'checkpointBranches' | 'added' | 'removed';
export interface LockDrift {
    reference: RemoteFact['reference'];
    field: DriftField;
    before?: string;
    after?: string;
    message: string;
}
/** How references are resolved: asking the hosts, asking nobody, or reading the lock file. */
export type ResolveMode = 'online' | 'offline' | 'lock';
/** What the resolve stage learnt from the hosts (nothing offline). */
export interface Resolution {
    mode: ResolveMode;
    facts: RemoteFact[];
    /** Differences between the hosts' answers and the committed lock file. */
    drift: LockDrift[];
}
