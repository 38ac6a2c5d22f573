/** Kept so existing `./policy.js` imports resolve; the policy code lives in src/policy/. */
export * from './policy/schema.js';
export * from './policy/gates.js';
