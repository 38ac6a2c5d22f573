/** Bad usage or unreadable input: one line on stderr and exit status 2, never a stack trace. */
class UsageError extends Error {
}
/** Documented exit statuses (README, docs/cli.md). */
const EXIT = { ok: 0, gateFailed: 1, usage: 2, internal: 3 };

export { EXIT as E, UsageError as U };
