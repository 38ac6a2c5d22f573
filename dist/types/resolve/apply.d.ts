/**
 * What the hosts said, applied to the release: a Hub model's checkpoint branches are its
 * intermediate parameters, a dataset's card can be its data card, and every answer's licence is a
 * candidate licence (`source: remote`) for the components its reference stands for. Pure: the
 * facts were fetched at the edge (src/resolve/online/).
 */
import type { ComponentName } from '../model/components.js';
import type { ComponentFinding } from '../model/findings.js';
import type { Reference, RemoteFact } from '../model/references.js';
/** A remote licence for one component, with the fact it came from. */
export interface RemoteLicenseCandidate {
    fact: RemoteFact;
    reference: Reference;
}
export interface AppliedFacts {
    findings: ComponentFinding[];
    /** Per component, the facts whose licence speaks for it. */
    licenses: Map<ComponentName, RemoteLicenseCandidate[]>;
    /** Per component, why a reference of it could not be checked online. */
    unverified: Map<ComponentName, string[]>;
}
/** Folds the hosts' answers into the findings and collects remote licences per component. */
export declare function applyRemoteFacts(findings: readonly ComponentFinding[], references: readonly Reference[], facts: readonly RemoteFact[]): AppliedFacts;
