import { stat, writeFile, rename } from 'node:fs/promises';
import { basename, resolve, join, dirname } from 'node:path';
import { g as cleanText, t as trimSlash, h as parseJson, i as planReads, j as ignore, r as readFromSource, k as formatFromName, m as hubRepoFields, M as MAX_TEXT_FILES, G as GGUF_READ_CAP, H as HEADER_READ_SLACK, n as resolveEndpoints, o as HttpClient, E as EMPTY_POLICY, q as readLockFile, s as analyzeSnapshot, L as LOCK_FILE_NAME, u as parseLock, v as mofClassGate, d as checkScanRoot, l as loadPolicyFile, e as combineGates, b as analyzeRepository, c as checkFilesFound, f as evaluateGates, a as ScanInputError, P as PolicyError, w as buildLock, x as writeLockFile } from './core.js';
import { U as UsageError, E as EXIT } from './cli-common.js';
import { i as isOutputFormat, a as OUTPUT_FORMAT_NAMES, O as OUTPUT_FORMATS } from './formats.js';
import { R as READ_CAP } from './cli-license.js';
import { l as lazy, o as object, b as boolean, n as number, s as string, _ as _enum, a as array, u as unknown } from './schemas.js';
import './escape.js';
import './mot-record.js';
import 'process';
import 'buffer';
import './sarif.js';
import 'node:crypto';
import 'node:fs';
import 'node:os';
import 'node:buffer';
import 'node:stream';
import 'fs';
import 'zlib';
import 'util';
import 'stream';
import 'events';

const SKIP_WORDS = {
    symlink: 'symbolic link(s) not followed',
    'special-file': 'special file(s) not read',
    unreadable: 'unreadable',
    'too-large': 'read only in part (first part of a large file)',
    'binary-document': 'binary content under a text name',
    'invalid-name': 'invalid name(s)',
    'depth-limit': 'below the depth limit',
    'file-limit': 'past the file-count limit',
    'time-budget': 'not reached within the time budget',
    malformed: 'malformed'
};
/** One stderr line for everything not fully read, grouped by why, instead of a line per file. */
function skippedSummary(report) {
    const skipped = report.inventory.skipped;
    if (skipped.length === 0)
        return null;
    const counts = new Map();
    for (const item of skipped)
        counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
    const parts = [...counts].map(([reason, n]) => `${n} ${SKIP_WORDS[reason] ?? reason}`);
    return `note: ${skipped.length} item(s) not fully scanned: ${parts.join(', ')}; each is listed in the report`;
}

/** First read-ahead: a safetensors or GGUF header of a small model fits in it. */
const REMOTE_FIRST_BLOCK = 4 * 1024;
/** Largest read-ahead, reached by doubling while a reader keeps reading forward. */
const REMOTE_MAX_BLOCK = 1024 * 1024;
/**
 * Why a remote read failed: the resolvers' vocabulary (`gated`, `not-found` \u2026), or `read-cap` when
 * the reader asked for more than the file's byte cap (a header too large, as in a local scan).
 */
class RemoteReadError extends Error {
    reason;
    status;
    constructor(reason, message, status) {
        super(message);
        this.reason = reason;
        this.status = status;
        this.name = 'RemoteReadError';
    }
}
/** `bytes START-END/TOTAL` \u2192 START, or null. */
function contentRangeStart(value) {
    const match = /^bytes\s+(\d{1,15})-(\d{1,15})\/(\d{1,15}|\*)$/.exec((value ?? '').trim());
    return match ? Number(match[1]) : null;
}
/** The error a non-2xx answer stands for (the Hub says why in `X-Error-Code`). */
function remoteError(response) {
    const code = response.headers['x-error-code'] ?? '';
    const message = cleanText(response.headers['x-error-message'] ?? '', 200);
    const status = response.status;
    if (code === 'GatedRepo')
        return new RemoteReadError('gated', `gated: access not granted (HTTP ${status}${message ? `: ${message}` : ''})`, status);
    if (status === 403 && /disabled/i.test(message))
        return new RemoteReadError('disabled', `HTTP 403: ${message}`, status);
    if (status === 404 || status === 401 || status === 410)
        return new RemoteReadError('not-found', `HTTP ${status}: not found${code ? ` (${cleanText(code, 50)})` : ''}`, status);
    return new RemoteReadError('http-error', `HTTP ${status}${message ? `: ${message}` : ''}`, status);
}
function remoteByteSource(options) {
    const { http, url, size, budget } = options;
    let fetched = 0;
    let nextBlock = REMOTE_FIRST_BLOCK;
    /** The last bytes fetched, kept so that small reads inside them cost nothing. */
    let block = null;
    /** Set once the host answered a range request with the whole file (200). */
    let ignoresRange = false;
    let failure = null;
    const fetchRange = async (start, length) => {
        // A host that ignores Range sends the file from byte 0: the prefix up to the end is needed.
        const needed = ignoresRange ? start + length : length;
        if (fetched + needed > budget)
            throw new RemoteReadError('read-cap', ignoresRange
                ? `the host ignores range requests; reading to byte ${start + length} would pass the ${budget}-byte cap`
                : `stopped at the ${budget}-byte read cap for one remote file`);
        const response = await http.get(url, {
            accept: '*/*',
            range: { start, end: start + length - 1 },
            binary: true,
            maxBytes: needed,
            oversize: 'truncate'
        });
        if (response.kind === 'failure') {
            throw new RemoteReadError(response.reason, cleanText(response.detail, 200), response.status);
        }
        const bytes = response.bytes ?? new Uint8Array(0);
        fetched += bytes.length;
        if (response.status === 206) {
            const first = contentRangeStart(response.headers['content-range']);
            if (first !== start)
                throw new RemoteReadError('malformed', 'the host answered another byte range than asked');
            return bytes.subarray(0, length);
        }
        if (response.status === 200) {
            const wasIgnoring = ignoresRange;
            ignoresRange = true;
            const end = Math.min(start + length, size);
            if (bytes.length >= end)
                return bytes.subarray(start, end);
            // Only the first bytes were kept from the whole file: ask again for enough of it.
            if (!wasIgnoring)
                return fetchRange(start, length);
            return bytes.subarray(Math.min(start, bytes.length), end);
        }
        if (response.status === 416)
            throw new RemoteReadError('malformed', 'the host says the range is past the end of the file');
        throw remoteError(response);
    };
    return {
        size,
        readAhead: REMOTE_FIRST_BLOCK,
        get bytesRead() {
            return fetched;
        },
        get bytesFetched() {
            return fetched;
        },
        get failure() {
            return failure;
        },
        async read(position, length) {
            if (!Number.isSafeInteger(position) || position < 0)
                throw new RangeError(`invalid read position ${String(position)}`);
            if (!Number.isSafeInteger(length) || length < 0)
                throw new RangeError(`invalid read length ${String(length)}`);
            const wanted = Math.max(0, Math.min(length, size - position));
            if (wanted === 0)
                return new Uint8Array(0);
            if (block &&
                position >= block.start &&
                position + wanted <= block.start + block.bytes.length) {
                const offset = position - block.start;
                return block.bytes.subarray(offset, offset + wanted);
            }
            let length_ = Math.min(size - position, Math.max(wanted, nextBlock));
            nextBlock = Math.min(nextBlock * 2, REMOTE_MAX_BLOCK);
            // Near the cap, fetch only what was asked for.
            if (fetched + length_ > budget && fetched + wanted <= budget)
                length_ = wanted;
            let bytes;
            try {
                bytes = await fetchRange(position, length_);
            }
            catch (error) {
                if (error instanceof RemoteReadError)
                    failure ??= error;
                throw error;
            }
            block = { start: position, bytes };
            if (bytes.length < wanted && position + bytes.length < size)
                throw new RemoteReadError('malformed', 'the host sent fewer bytes than the range holds');
            return bytes.subarray(0, wanted);
        }
    };
}

/**
 * A model repository on the Hugging Face Hub as a scan target (`hf:ORG/NAME[@REVISION]`): the
 * same Snapshot the local walk builds, from the Hub's file tree at one pinned commit, with file
 * contents read through `/resolve/{commit}/{path}` range requests. Every file goes through the
 * local scan's own reader (readFromSource) with the same per-role caps, so everything after the
 * snapshot is the same for a Hub repository and a folder holding the same files. Weights are
 * never downloaded: their readers ask for the header, a few KiB for a small model.
 */
const HUB_TARGET_PREFIX = 'hf:';
/** `org/name` (or a legacy name without an org), in the Hub's character set. */
const HUB_REPO_ID = /^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
/** Branch, tag or commit; `refs/pr/1` style names included. */
const HUB_REVISION = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
/**
 * Most bytes read from one weight file: a GGUF header with its tokenizer (the largest header a
 * real model has) plus the readers' slack. Small models need a few KiB of it.
 */
const HUB_WEIGHT_READ_CAP = GGUF_READ_CAP + HEADER_READ_SLACK;
/** Most entries taken from the file tree; past it the snapshot says it is partial. */
const HUB_MAX_TREE_ENTRIES = 250_000;
const TREE_PAGE_BYTES = 16 * 1024 * 1024;
const MAX_TREE_PAGES = 1000;
/** Files read at once; the HTTP client also limits requests per host. */
const READ_CONCURRENCY = 4;
/** Folders that are never part of a release's content (as in the local walk). */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** A target the Hub cannot serve (missing, private, disabled, revision unknown): exit 2. */
class HubTargetError extends Error {
}
/** `hf:ORG/NAME[@REVISION]` \u2192 its parts, or null when `text` is not a Hub target at all. */
function parseHubTarget(text) {
    if (!text.startsWith(HUB_TARGET_PREFIX))
        return null;
    const rest = text.slice(HUB_TARGET_PREFIX.length);
    const at = rest.indexOf('@');
    const id = at === -1 ? rest : rest.slice(0, at);
    const revision = at === -1 ? undefined : rest.slice(at + 1);
    if (!HUB_REPO_ID.test(id) || id.includes('..') || id.includes('--'))
        throw new HubTargetError(`${text.slice(0, 120)}: not a Hub model id (write hf:ORG/NAME or hf:ORG/NAME@REVISION)`);
    if (revision !== undefined &&
        (!HUB_REVISION.test(revision) || revision.includes('..') || revision.endsWith('/')))
        throw new HubTargetError(`${text.slice(0, 120)}: not a revision name after '@'`);
    return revision === undefined ? { id } : { id, revision };
}
const infoSchema = lazy(() => object({
    ...hubRepoFields(),
    private: boolean().optional().catch(undefined)
}));
const treeItemSchema = lazy(() => object({
    type: _enum(['file', 'directory']),
    path: string().min(1).max(1000),
    size: number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional()
}));
const treePageSchema = lazy(() => array(unknown()));
function encodeSegments(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/** A path from the Hub's listing that can stand for a file in a checkout, or why not. */
function checkPath(path) {
    if (path.startsWith('/') || path.endsWith('/'))
        return 'path is not relative';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\]/.test(path))
        return 'path holds control characters or backslashes';
    const segments = path.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        return 'path has an empty, . or .. segment';
    return null;
}
/** The next page of the tree from a `Link: <\u2026>; rel="next"` header, on the same origin only. */
function nextPage(response, endpoint) {
    const link = response.headers['link'];
    if (!link)
        return null;
    const match = /<([^>]{1,4000})>\s*;\s*rel="?next"?/.exec(link);
    if (!match)
        return null;
    try {
        const next = new URL(match[1], response.url);
        return next.origin === new URL(endpoint).origin ? next.href : null;
    }
    catch {
        return null;
    }
}
function targetName(target) {
    return `hf:${target.id}${target.revision ? `@${target.revision}` : ''}`;
}
/** Why the model's metadata cannot be read, in one line. */
function infoError(target, response) {
    const name = targetName(target);
    const code = response.headers['x-error-code'] ?? '';
    const message = cleanText(response.headers['x-error-message'] ?? '', 200);
    if (code === 'RevisionNotFound')
        return new HubTargetError(`${name}: the Hub knows no revision ${target.revision ?? 'main'}`);
    if (response.status === 403 && /disabled/i.test(message))
        return new HubTargetError(`${name}: the Hub has disabled this repository`);
    if (response.status === 401 && /invalid credentials/i.test(message))
        return new HubTargetError(`${name}: the Hub refused the token in HF_TOKEN (HTTP 401)`);
    if (response.status === 401 || response.status === 404 || code === 'RepoNotFound')
        return new HubTargetError(`${name}: no such model on the Hub, or it is private (HTTP ${response.status}; set HF_TOKEN for a private one)`);
    return new HubTargetError(`${name}: the Hub answered HTTP ${response.status}${message ? ` (${message})` : ''}`);
}
async function listTree(http, endpoint, id, commit, name, patterns) {
    const matcher = patterns.length > 0 ? ignore().add(patterns) : null;
    const listing = { files: [], directories: new Set(), skipped: [], ignoredCount: 0 };
    let url = `${endpoint}/api/models/${encodeSegments(id)}/tree/${encodeURIComponent(commit)}?recursive=true&expand=false`;
    let pages = 0;
    let entries = 0;
    while (url) {
        if (pages++ >= MAX_TREE_PAGES || entries >= HUB_MAX_TREE_ENTRIES) {
            listing.partial = {
                reason: `the Hub's file list was read up to ${entries} entries`,
                remaining: ['(rest of the file list)']
            };
            break;
        }
        const response = await http.get(url, { maxBytes: TREE_PAGE_BYTES });
        if (response.kind === 'failure') {
            if (pages === 1)
                throw new HubTargetError(`${name}: cannot list the files (${response.reason}: ${cleanText(response.detail, 160)})`);
            listing.partial = {
                reason: `the Hub's file list stopped after ${entries} entries (${response.reason})`,
                remaining: ['(rest of the file list)']
            };
            break;
        }
        if (response.status !== 200) {
            if (pages === 1)
                throw infoError({ id, revision: commit }, response);
            listing.partial = {
                reason: `the Hub's file list stopped after ${entries} entries (HTTP ${response.status})`,
                remaining: ['(rest of the file list)']
            };
            break;
        }
        const items = parseJson(response.text, treePageSchema);
        if (!items)
            throw new HubTargetError(`${name}: the Hub's file list is not a JSON array`);
        for (const raw of items) {
            entries++;
            const item = treeItemSchema.safeParse(raw);
            if (!item.success)
                continue;
            const path = item.data.path;
            const problem = checkPath(path);
            if (problem) {
                listing.skipped.push({
                    path: cleanText(path, 300),
                    reason: 'invalid-name',
                    detail: `${problem}; skipped`
                });
                continue;
            }
            const segments = path.split('/');
            if (segments.some((s) => ALWAYS_SKIPPED_DIRS.has(s)))
                continue;
            const isDir = item.data.type === 'directory';
            if (matcher && matcher.ignores(isDir ? `${path}/` : path)) {
                listing.ignoredCount++;
                continue;
            }
            // Every folder above an entry exists, listed or not.
            for (let i = 1; i < segments.length; i++)
                listing.directories.add(segments.slice(0, i).join('/'));
            if (isDir)
                listing.directories.add(path);
            else
                listing.files.push({ path, size: item.data.size ?? 0 });
        }
        url = nextPage(response, endpoint);
    }
    // A folder whose every file was ignored still shows in the listing; the local walk would not
    // enter it either, so it is dropped when ignored.
    if (matcher)
        for (const dir of listing.directories)
            if (matcher.ignores(`${dir}/`))
                listing.directories.delete(dir);
    return listing;
}
/** Bytes one file of a role may cost, whatever the host sends. */
function budgetFor(role, weightCap) {
    if (role === 'weights')
        return weightCap;
    // The pointer check reads files under 1 KiB whatever their role.
    return Math.max(READ_CAP[role], 1024);
}
/**
 * Reads a model repository on the Hub into a Snapshot. Throws HubTargetError when the model
 * cannot be read at all; single files that cannot be read become skipped items, as in a local scan.
 */
async function readHubSnapshot(target, options) {
    const started = Date.now();
    const { http } = options;
    const endpoint = trimSlash(options.endpoint);
    const name = targetName(target);
    const apiUrl = `${endpoint}/api/models/${encodeSegments(target.id)}${target.revision ? `/revision/${encodeURIComponent(target.revision)}` : ''}`;
    const response = await http.get(apiUrl);
    if (response.kind === 'failure')
        throw new HubTargetError(`${name}: cannot read the model's metadata (${response.reason}: ${cleanText(response.detail, 160)})`);
    if (response.status !== 200)
        throw infoError(target, response);
    const info = parseJson(response.text, infoSchema);
    if (!info)
        throw new HubTargetError(`${name}: the Hub answered with metadata of an unexpected shape`);
    if (info.disabled)
        throw new HubTargetError(`${name}: the Hub has disabled this repository`);
    const id = HUB_REPO_ID.test(info.id) && !info.id.includes('..') ? info.id : target.id;
    const revision = target.revision ?? 'main';
    const commit = info.sha ?? revision;
    const warnings = [];
    if (!info.sha)
        warnings.push(`The Hub gave no commit for ${name}; files were read at ${revision}, which can move.`);
    const listing = await listTree(http, endpoint, id, commit, name, options.ignore ?? []);
    const files = listing.files.map((f) => ({ path: f.path }));
    const sizes = new Map(listing.files.map((f) => [f.path, f.size]));
    const skipped = [...listing.skipped];
    const { toRead, textNotRead } = planReads(files, options.maxTextFiles ?? MAX_TEXT_FILES);
    const weightCap = options.weightReadCap ?? HUB_WEIGHT_READ_CAP;
    let bytesRead = 0;
    let maxWeightBytes = 0;
    let gatedDenial = null;
    const notRead = new Set();
    let next = 0;
    let outOfTime = false;
    const fileUrl = (path) => `${endpoint}/${encodeSegments(id)}/resolve/${encodeURIComponent(commit)}/${encodeSegments(path)}`;
    const worker = async () => {
        while (next < toRead.length) {
            if (http.remainingMs() <= 0) {
                outOfTime = true;
                return;
            }
            const { file, role } = toRead[next++];
            const size = sizes.get(file.path) ?? 0;
            // Once the gate said no, the other gated files are not asked for one by one.
            if (gatedDenial !== null && file.path !== 'README.md') {
                notReadable(file, role, size, gatedDenial);
                continue;
            }
            const source = remoteByteSource({
                http,
                url: fileUrl(file.path),
                size,
                budget: budgetFor(role, weightCap)
            });
            const outcome = await readFromSource(source, file, role);
            bytesRead += source.bytesFetched;
            if (outcome.weightBytes !== undefined)
                maxWeightBytes = Math.max(maxWeightBytes, source.bytesFetched);
            const failure = source.failure;
            if (failure && failure.reason !== 'read-cap') {
                // The host, not the file, stopped the read: say so, as the local scan says "unreadable".
                if (failure.reason === 'gated')
                    gatedDenial ??= failure.message;
                notReadable(file, role, size, failure.message);
                continue;
            }
            if (outcome.skipped)
                skipped.push(outcome.skipped);
        }
    };
    /** A listed file whose content the Hub did not give: it exists, its bytes are unknown. */
    const notReadable = (file, role, size, why) => {
        delete file.text;
        delete file.truncated;
        file.size = size;
        // Weights stay weights (the listing shows them), with the reason their header is unknown.
        if (role === 'weights')
            file.weight = { format: formatFromName(file.path), problem: why };
        else
            delete file.weight;
        notRead.add(file.path);
        skipped.push({ path: file.path, reason: 'unreadable', detail: `${why}; not read` });
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, toRead.length) }, worker));
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const snapshot = {
        files,
        directories: [...listing.directories].sort(),
        skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
        stats: {
            filesSeen: files.length,
            directoriesSeen: listing.directories.size,
            bytesRead,
            maxBytesReadPerWeight: maxWeightBytes,
            elapsedMs: Date.now() - started,
            ignoredFiles: listing.ignoredCount,
            textFilesNotRead: textNotRead
        }
    };
    if (listing.partial)
        snapshot.partial = listing.partial;
    else if (outOfTime) {
        const left = toRead.slice(next).map((r) => r.file.path);
        for (const path of left)
            notRead.add(path);
        snapshot.partial = {
            reason: 'time budget exhausted while reading files from the Hub',
            remaining: left.slice(0, 100)
        };
    }
    const source = {
        kind: 'hub',
        id,
        revision,
        commit,
        url: `${endpoint}/${encodeSegments(id)}/tree/${encodeURIComponent(commit)}`,
        fileBase: `${endpoint}/${encodeSegments(id)}/blob/${encodeURIComponent(commit)}`,
        filesNotRead: notRead.size
    };
    if (info.gated === 'auto' || info.gated === 'manual')
        source.gated = info.gated;
    if (source.gated) {
        const read = files.length - notRead.size;
        warnings.push(notRead.size > 0
            ? `Gated repository (${source.gated}): the file list, sizes and ${read} file(s) could be read; ${notRead.size} file(s) could not (${[...notRead].slice(0, 5).join(', ')}${notRead.size > 5 ? ', \u2026' : ''}): access is granted per account, set HF_TOKEN to a token that has it.`
            : `Gated repository (${source.gated}): every file could be read with the token given.`);
    }
    else if (notRead.size > 0) {
        warnings.push(`${notRead.size} file(s) listed on the Hub could not be read; each is listed under skipped.`);
    }
    return { snapshot, source, warnings };
}

/**
 * The Hub as a scan target: read the model repository into a Snapshot over HTTP, then the same
 * pipeline as for a folder (analyzeSnapshot). The report says where the files came from
 * (`source`), so evidence links to the files at the pinned commit.
 */
/** The repository's own lock file, when it has one, as the local scan would read it from disk. */
function lockFromSnapshot(snapshot) {
    const file = snapshot.files.find((f) => f.path === LOCK_FILE_NAME);
    if (!file)
        return { ok: false, error: `${LOCK_FILE_NAME} not found`, missing: true };
    if (file.text === undefined || file.truncated)
        return { ok: false, error: `${LOCK_FILE_NAME} could not be read from the Hub` };
    return parseLock(file.text);
}
/** Reads `hf:ORG/NAME[@REVISION]` from the Hub and assesses it. Throws HubTargetError (exit 2). */
async function analyzeHubModel(target, options) {
    const startedAt = Date.now();
    const env = options.env ?? options.resolve?.options?.env ?? process.env;
    const endpoints = resolveEndpoints(options.resolve?.options?.endpoints, env);
    const token = options.resolve?.options?.tokens?.hub ?? env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN ?? '';
    const maxSeconds = options.maxSeconds ?? 120;
    const http = new HttpClient({
        budgetMs: maxSeconds * 1000,
        credentials: token ? [{ base: endpoints.hub, authorization: `Bearer ${token}` }] : [],
        scopes: [{ base: endpoints.hub, concurrency: 4 }]
    });
    const policy = options.policy ?? EMPTY_POLICY;
    const hub = await readHubSnapshot(target, {
        http,
        endpoint: endpoints.hub,
        ignore: policy.ignore ?? [],
        maxTextFiles: options.maxTextFiles
    });
    const lockPath = options.resolve?.lockPath;
    const lock = lockPath ? await readLockFile(lockPath) : lockFromSnapshot(hub.snapshot);
    const analysis = await analyzeSnapshot(hub.snapshot, lock, {
        ...options,
        resolve: options.resolve
            ? { ...options.resolve, options: { ...options.resolve.options, env } }
            : undefined,
        startedAt
    });
    analysis.report.source = hub.source;
    analysis.report.warnings.push(...hub.warnings);
    return analysis;
}

/** Writes through a temporary file and a rename, so a failed run never leaves half a report. */
async function writeAtomically(path, text) {
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    await writeFile(tmp, text, { mode: 0o644 });
    await rename(tmp, path);
}
/** What `--repository` takes: NAME or OWNER/NAME, in the characters GitHub and the Hub allow. */
const REPOSITORY_NAME = /^[\w.-]{1,100}(\/[\w.-]{1,100})?$/;
/**
 * The repository's name when `--repository` is not given: the folder's name, with each run of
 * other characters (`+`, spaces, non-ASCII letters) written as `-`. A folder called
 * `model+v2 (copy)` is scanned as `model-v2-copy`, not refused for a flag that was never passed.
 */
function repositoryFromFolder(dir) {
    const name = basename(dir)
        .replace(/[^\w.-]+/g, '-')
        .slice(0, 100)
        .replace(/^[-.]+|-+$/g, '');
    return name === '' ? 'repository' : name;
}
/** Checked before the scan, so a typo in --output does not cost a whole scan. */
async function checkOutputFolder(path, shown) {
    const folder = dirname(path);
    const info = await stat(folder).catch(() => null);
    if (!info)
        throw new UsageError(`--output ${shown}: the folder ${dirname(shown)} does not exist`);
    if (!info.isDirectory())
        throw new UsageError(`--output ${shown}: ${dirname(shown)} is not a folder`);
    const target = await stat(path).catch(() => null);
    if (target?.isDirectory())
        throw new UsageError(`--output ${shown}: is a folder`);
}
function numberFlag(name, raw, min, max, exclusiveMin, whole = false) {
    const value = Number(raw);
    const low = exclusiveMin ? value <= min : value < min;
    const wrongKind = whole ? !/^\s*\d+\s*$/.test(raw) : raw.trim() === '' || !Number.isFinite(value);
    if (wrongKind || low || value > max) {
        const range = exclusiveMin ? `greater than ${min} and at most ${max}` : `from ${min} to ${max}`;
        throw new UsageError(`--${name} must be a ${whole ? 'whole ' : ''}number ${range}, got '${raw}'`);
    }
    return value;
}
/** `--max-text-files`: scan and lock read alike, so a lock covers what the scan reads. */
function maxTextFilesFlag(values) {
    const raw = values['max-text-files'];
    return raw === undefined
        ? undefined
        : numberFlag('max-text-files', String(raw), 1, 1_000_000, false, true);
}
async function scanCommand(positionals, values, io) {
    if (positionals.length > 1)
        throw new UsageError(`scan takes one directory, got ${positionals.length}`);
    const shownDir = positionals[0] ?? '.';
    const hubTarget = parseHubTarget(shownDir);
    const dir = resolve(io.cwd, shownDir);
    const format = String(values.format ?? 'json');
    if (!isOutputFormat(format))
        throw new UsageError(`--format must be one of ${OUTPUT_FORMAT_NAMES.join(', ')}, got '${format}'`);
    const maxSeconds = values['max-seconds'] === undefined
        ? 120
        : numberFlag('max-seconds', String(values['max-seconds']), 0, 86_400, true);
    const maxTextFiles = maxTextFilesFlag(values);
    const failUnder = values['fail-under'] === undefined
        ? undefined
        : numberFlag('fail-under', String(values['fail-under']), 0, 100, false);
    let requireMofClass = null;
    if (values['require-mof-class'] !== undefined) {
        const parsed = mofClassGate.safeParse(String(values['require-mof-class']));
        if (!parsed.success)
            throw new UsageError(`--require-mof-class must be 1, 2, 3 (or I, II, III) or none, got '${String(values['require-mof-class'])}'`);
        requireMofClass = parsed.data;
    }
    const output = typeof values.output === 'string' ? resolve(io.cwd, values.output) : null;
    if (output)
        await checkOutputFolder(output, String(values.output));
    if (!hubTarget)
        await checkScanRoot(dir, shownDir);
    const configPath = typeof values.config === 'string' ? resolve(io.cwd, values.config) : undefined;
    // A Hub model has no policy file of its own here: only --config gives one.
    const policy = hubTarget && !configPath ? EMPTY_POLICY : await loadPolicyFile(dir, configPath);
    const gates = combineGates({ failUnder, requireMofClass, requireOsaid: values['require-osaid'] === true }, policy);
    const repository = typeof values.repository === 'string'
        ? values.repository
        : (hubTarget?.id ?? repositoryFromFolder(dir));
    if (!REPOSITORY_NAME.test(repository))
        throw new UsageError(`--repository must look like OWNER/NAME, got '${repository.slice(0, 100)}'`);
    const settings = resolveSettings(values, io, dir);
    const { report } = hubTarget
        ? await analyzeHubModel(hubTarget, {
            maxSeconds,
            maxTextFiles,
            policy,
            repository,
            // The Hub repository's own lock file is used unless --lock names another.
            resolve: {
                ...settings,
                lockPath: typeof values.lock === 'string' ? settings.lockPath : undefined
            }
        })
        : await analyzeRepository(dir, {
            maxSeconds,
            maxTextFiles,
            policy,
            repository,
            resolve: settings
        });
    checkFilesFound(report, shownDir);
    const text = OUTPUT_FORMATS[format].render(report);
    if (output) {
        try {
            await writeAtomically(output, text);
        }
        catch (error) {
            // The folder was checked; this is a full disk, a permission or a race.
            throw new UsageError(`--output ${String(values.output)}: cannot write (${error.code ?? 'error'})`);
        }
    }
    else
        io.stdout(text);
    const skipped = skippedSummary(report);
    if (skipped)
        io.stderr(`model-openness: ${skipped}\n`);
    if (report.inventory.partial)
        io.stderr(`model-openness: warning: partial scan: ${report.inventory.partial.reason}; the score counts only what was read\n`);
    // The regression gate needs a base commit, which only the action has; say so rather than pass.
    if (gates.failOnRegression)
        io.stderr('model-openness: note: fail-on-regression needs a base commit; it applies only in the action\n');
    const failures = evaluateGates(report, gates);
    for (const f of failures)
        io.stderr(`model-openness: gate failed: ${f.gate}: ${f.message}\n`);
    return failures.length > 0 ? EXIT.gateFailed : EXIT.ok;
}
const RESOLVE_MODES = ['online', 'offline', 'lock'];
function resolveSettings(values, io, dir) {
    let mode = 'online';
    if (values.resolve !== undefined) {
        if (!RESOLVE_MODES.includes(values.resolve))
            throw new UsageError(`--resolve must be one of ${RESOLVE_MODES.join(', ')}, got '${String(values.resolve)}'`);
        mode = values.resolve;
    }
    if (values.offline === true) {
        if (values.resolve !== undefined && values.resolve !== 'offline')
            throw new UsageError(`--offline contradicts --resolve ${String(values.resolve)}`);
        mode = 'offline';
    }
    const cacheDir = typeof values['cache-dir'] === 'string' ? resolve(io.cwd, values['cache-dir']) : null;
    return {
        mode,
        lockPath: typeof values.lock === 'string' ? resolve(io.cwd, values.lock) : join(dir, LOCK_FILE_NAME),
        options: cacheDir ? { cache: { dir: cacheDir } } : {}
    };
}
async function lockCommand(positionals, values, io) {
    if (positionals.length > 1)
        throw new UsageError(`lock takes one directory, got ${positionals.length}`);
    if (values.offline === true || (values.resolve !== undefined && values.resolve !== 'online'))
        throw new UsageError('lock asks the hosts: it cannot run with --offline or --resolve other than online');
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const repository = typeof values.repository === 'string' ? values.repository : repositoryFromFolder(dir);
    const settings = resolveSettings(values, io, dir);
    const lockPath = settings.lockPath ?? join(dir, LOCK_FILE_NAME);
    const analysis = await analyzeRepository(dir, {
        repository,
        maxTextFiles: maxTextFilesFlag(values),
        resolve: { ...settings, mode: 'online' }
    });
    const lock = buildLock(analysis.facts, analysis.lock ?? undefined);
    await writeLockFile(lockPath, lock);
    const unresolved = analysis.facts.filter((f) => f.unresolved && !f.license);
    io.stdout(`wrote ${lockPath}: ${lock.entries.length} resolved reference(s)` +
        (unresolved.length > 0 ? `, ${unresolved.length} not resolved (kept out of the lock)` : '') +
        '\n');
    for (const fact of unresolved.slice(0, 20))
        io.stderr(`warning: ${fact.reference.kind} ${JSON.stringify(fact.reference.id)}: ${fact.unresolved?.reason}: ${fact.unresolved?.detail}\n`);
    for (const drift of analysis.report.resolution.drift.slice(0, 20))
        io.stderr(`drift: ${drift.message}\n`);
    return 0;
}
/** Bad input found inside the scan (root, policy file) is a usage error like any other. */
function asUsageError(error) {
    if (error instanceof ScanInputError ||
        error instanceof PolicyError ||
        error instanceof HubTargetError)
        return new UsageError(error.message);
    return error;
}
async function runScanCommand(positionals, values, io) {
    try {
        return await scanCommand(positionals, values, io);
    }
    catch (error) {
        throw asUsageError(error);
    }
}
async function runLockCommand(positionals, values, io) {
    try {
        return await lockCommand(positionals, values, io);
    }
    catch (error) {
        throw asUsageError(error);
    }
}

export { repositoryFromFolder, runLockCommand, runScanCommand };
