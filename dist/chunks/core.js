import { m as mofClassName } from './escape.js';
import { join, relative, resolve, isAbsolute, sep } from 'node:path';
import { d as distExports, a as MOF_COMPONENTS, c as componentDefinition, p as parseMotRecord, f as motRecordToMofInput, i as isMotOpenLicense, C as COMPONENT_NAMES, g as evaluateMof } from './mot-record.js';
import { i as isTestPath, a as isPackageMarkerName, e as embeddedPackageFolders, b as isVendored, c as classifyPath, d as isInFolders, m as matchLines, f as isInTestFolder, g as dirName, h as baseName$1, s as segmentCount, j as extension, k as isFineTuningRecipe, C as CODE_EXTENSIONS, l as joinRepositoryPath, n as isOsiApproved, o as licenseFromUrl, p as normalizeLicenseId, q as isLicenseLikeName, r as licenseFileEntries, t as isTypeAppropriate, u as isOpenLicense, v as identifyLicenseText, R as READ_CAP } from './cli-license.js';
import { f as formatCount, c as formatBytes, d as formatInteger, e as computeScore } from './sarif.js';
import { V as VERSION } from './cli-common.js';
import { constants, openSync, fstatSync, closeSync, readSync, readlinkSync, readdirSync, writeFileSync, lstatSync } from 'node:fs';
import { open, writeFile, rename, unlink, lstat, mkdir, stat, opendir } from 'node:fs/promises';
import { e as _isoDateTime, Z as ZodISODateTime, l as lazy, c as union, d as literal, _ as _enum, n as number, f as strictObject, s as string, p as partialRecord, a as array, b as boolean, o as object, r as record, u as unknown } from './schemas.js';
import { randomBytes, createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { isAscii } from 'node:buffer';
import { Readable } from 'node:stream';
import fs__default from 'fs';
import require$$1 from 'zlib';
import require$$6 from 'util';
import require$$5 from 'stream';
import require$$4 from 'events';

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

/**
 * Read caps shared by the header readers. Every reader stays within its format's own header plus
 * HEADER_READ_SLACK bytes, whatever the file claims; the per-format caps bound "header" itself.
 */
/** Extra bytes any reader may read beyond the header it parses (read-ahead, sniffing, probes). */
const HEADER_READ_SLACK = 64 * 1024;
/**
 * Read-ahead chunk of the buffered readers: a little under HEADER_READ_SLACK, so that one chunk of
 * read-ahead plus the sniffed bytes still fit in the slack.
 */
const READ_AHEAD = 60 * 1024;
/** Bytes sniffed from the start of a file to pick a reader. */
const SNIFF_BYTES = 64;
/** Most metadata entries kept per file. */
const MAX_METADATA_ENTRIES = 256;
/** Longest metadata key kept (longer keys are dropped). */
const MAX_METADATA_KEY_LENGTH = 256;
/** Longest metadata value kept (longer values are cut, with a trailing ellipsis). */
const MAX_METADATA_VALUE_LENGTH = 8192;
/** Most container entry names reported in WeightInfo.entries. */
const MAX_REPORTED_ENTRIES = 100;
/**
 * Collects string metadata with caps on count and lengths. Keys are stored as own data properties
 * (Object.fromEntries), so a key such as "__proto__" cannot change an object's prototype.
 */
class MetadataCollector {
    map = new Map();
    truncated = false;
    set(key, value) {
        if (key.length === 0 || key.length > MAX_METADATA_KEY_LENGTH)
            return;
        if (!this.map.has(key) && this.map.size >= MAX_METADATA_ENTRIES) {
            this.truncated = true;
            return;
        }
        this.map.set(key, capString(value));
    }
    get(key) {
        return this.map.get(key);
    }
    get size() {
        return this.map.size;
    }
    /** Finds the first key equal to one of `names`, ignoring case. */
    findIgnoreCase(...names) {
        const wanted = new Set(names.map((n) => n.toLowerCase()));
        for (const [k, v] of this.map)
            if (wanted.has(k.toLowerCase()))
                return v;
        return undefined;
    }
    toRecord() {
        return this.map.size > 0 ? Object.fromEntries(this.map) : undefined;
    }
}
function capString(value, max = MAX_METADATA_VALUE_LENGTH) {
    return value.length > max ? `${value.slice(0, max - 1)}\u2026` : value;
}
/** Builds a record from counted entries without prototype pitfalls. */
function recordOf(map) {
    return Object.fromEntries(map);
}

/** Thrown when a reader asks for bytes at a position or length that is not a safe integer \u2265 0. */
function assertRange(position, length) {
    if (!Number.isSafeInteger(position) || position < 0) {
        throw new RangeError(`invalid read position ${String(position)}`);
    }
    if (!Number.isSafeInteger(length) || length < 0) {
        throw new RangeError(`invalid read length ${String(length)}`);
    }
}
/** Largest single read the file source will allocate for; readers ask for far less. */
const MAX_SINGLE_READ = 128 * 1024 * 1024;
/**
 * Opens a file for header reading. O_NOFOLLOW refuses a final-component symlink, O_NONBLOCK keeps a
 * FIFO from blocking the open, and the fstat check refuses anything but a regular file.
 *
 * The calls are synchronous behind the async interface: each is a short positional read of a local
 * file, and the promise-based FileHandle costs several times more per file when a scan opens tens of
 * thousands of them (see bench/RESULTS.md).
 */
async function openFileByteSource(path) {
    const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
    const fd = openSync(path, flags);
    let size;
    try {
        const stat = fstatSync(fd);
        if (!stat.isFile()) {
            throw new Error(`not a regular file: ${path}`);
        }
        size = stat.size;
    }
    catch (err) {
        closeSync(fd);
        throw err instanceof Error ? err : new Error(String(err));
    }
    let bytesRead = 0;
    let closed = false;
    const source = {
        size,
        get bytesRead() {
            return bytesRead;
        },
        async read(position, length) {
            assertRange(position, length);
            const wanted = Math.max(0, Math.min(length, size - position));
            if (wanted > MAX_SINGLE_READ) {
                throw new RangeError(`read of ${wanted} bytes exceeds the single-read limit`);
            }
            // Not zero-filled: only the bytes the reads fill are handed out (a short read returns less).
            const out = Buffer.allocUnsafe(wanted);
            const filled = fill(position, out);
            return filled === wanted ? out : out.subarray(0, filled);
        },
        async readInto(position, target) {
            assertRange(position, target.length);
            return fill(position, target);
        }
    };
    function fill(position, target) {
        if (closed)
            throw new Error('byte source is closed');
        const wanted = Math.max(0, Math.min(target.length, size - position));
        let filled = 0;
        // The file may shrink while it is read; stop at the first short read that returns nothing.
        while (filled < wanted) {
            const n = readSync(fd, target, filled, wanted - filled, position + filled);
            if (n === 0)
                break;
            filled += n;
        }
        bytesRead += filled;
        return filled;
    }
    return {
        source,
        async close() {
            if (closed)
                return;
            closed = true;
            closeSync(fd);
        }
    };
}
/** Raised when a reader goes past the byte budget it was given. */
class ReadBudgetError extends Error {
    constructor(budget) {
        super(`read budget of ${budget} bytes exhausted`);
        this.name = 'ReadBudgetError';
    }
}
/**
 * Wraps a source so that the total number of bytes handed out never exceeds `budget`: a read that
 * would cross it throws ReadBudgetError before touching the underlying source.
 */
function withReadBudget(src, budget) {
    let used = 0;
    return {
        size: src.size,
        readAhead: src.readAhead,
        get bytesRead() {
            return used;
        },
        async read(position, length) {
            return src.read(position, take(position, length));
        },
        ...(src.readInto
            ? {
                readInto: async (position, target) => {
                    const wanted = take(position, target.length);
                    return src.readInto(position, target.subarray(0, wanted));
                }
            }
            : {})
    };
    /** Charges a read of up to `length` bytes at `position` to the budget; returns its length. */
    function take(position, length) {
        assertRange(position, length);
        const wanted = Math.max(0, Math.min(length, src.size - position));
        if (used + wanted > budget)
            throw new ReadBudgetError(budget);
        used += wanted;
        return wanted;
    }
}
/** Reads exactly `length` bytes or returns null when the source ends first. */
async function readExact(src, position, length) {
    if (position + length > src.size)
        return null;
    const bytes = await src.read(position, length);
    return bytes.length === length ? bytes : null;
}
/** The source ended before a structure that the header declares. */
class TruncatedError extends Error {
    constructor(what) {
        super(`file ends inside ${what} (truncated or corrupt)`);
        this.name = 'TruncatedError';
    }
}
/** The header goes on past the reader's cap; what was read so far is still reported. */
class ReadCapError extends Error {
    constructor(cap) {
        super(`header continues past the ${cap}-byte read cap; results are partial`);
        this.name = 'ReadCapError';
    }
}
const textDecoder = new TextDecoder('utf-8', { fatal: false });
const strictTextDecoder = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8, replacing invalid sequences. */
function decodeUtf8(bytes) {
    return textDecoder.decode(bytes);
}
/** Decodes UTF-8, returning null for invalid input. */
function decodeUtf8Strict(bytes) {
    try {
        return strictTextDecoder.decode(bytes);
    }
    catch {
        return null;
    }
}
/**
 * The unsigned 4- or 8-byte integer at `offset` of `view` as a number, or -1 when an 8-byte one
 * does not fit in 32 bits (callers leave those to the async readers, which report them).
 */
function smallUnsigned(view, offset, width, le) {
    if (width === 4)
        return view.getUint32(offset, le);
    if (view.getUint32(le ? offset + 4 : offset, le) !== 0)
        return -1;
    return view.getUint32(le ? offset : offset + 4, le);
}
/**
 * Forward reader over a ByteSource with a read-ahead window, so a header made of many small fields
 * costs few reads, and bytes read stay within (bytes consumed + one chunk). Positions past `cap`
 * raise ReadCapError; positions past the end raise TruncatedError. Never reads past `cap` (an
 * absolute position in the source).
 */
class BufferedReader {
    src;
    cap;
    littleEndian;
    window = new Uint8Array(0);
    windowStart = 0;
    /** The buffer each refill reads into, when the source can read into one (`readInto`). */
    refillBuffer = null;
    cachedView = null;
    cachedViewOf = null;
    pos;
    /** Position past which nothing is read: min(requested cap, size). */
    limit;
    /** Read-ahead per read: the chunk asked for, or less when the source prefers less. */
    chunkSize;
    constructor(src, start, cap, chunkSize = READ_AHEAD, littleEndian = true) {
        this.src = src;
        this.cap = cap;
        this.littleEndian = littleEndian;
        this.pos = start;
        this.limit = Math.min(cap, src.size);
        this.chunkSize = Math.max(1, Math.min(chunkSize, src.readAhead ?? chunkSize));
    }
    get position() {
        return this.pos;
    }
    setLittleEndian(le) {
        this.littleEndian = le;
    }
    /** Throws when [pos, pos+n) is not readable: past the end (truncated) or past the cap. */
    ensureAvailable(n, what) {
        if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= this.limit - this.pos) {
            return n;
        }
        // Compare as "remaining" so that a claimed length near 2^64 never loses precision.
        const big = BigInt(n);
        if (big < 0n || big > BigInt(this.src.size - this.pos))
            throw new TruncatedError(what);
        if (big > BigInt(this.limit - this.pos))
            throw new ReadCapError(this.cap);
        return Number(big);
    }
    /**
     * Up to `want` bytes from the current position, as the new window. A source that reads into a
     * buffer refills the reader's own one, so the bytes of the previous window are overwritten:
     * views handed out are valid until the next call, as `bytes` says.
     */
    async refill(want) {
        if (this.src.readInto === undefined)
            return this.src.read(this.pos, want);
        if (this.refillBuffer === null || this.refillBuffer.length < want) {
            // Not zero-filled: only the bytes a read fills are handed out.
            this.refillBuffer = Buffer.allocUnsafe(Math.max(want, this.chunkSize));
        }
        const got = await this.src.readInto(this.pos, this.refillBuffer.subarray(0, want));
        return this.refillBuffer.subarray(0, got);
    }
    /** Returns n bytes at the current position (a view; valid until the next call). */
    async bytes(n, what = 'a field') {
        this.ensureAvailable(n, what);
        const offset = this.pos - this.windowStart;
        if (offset >= 0 && offset + n <= this.window.length) {
            this.pos += n;
            return this.window.subarray(offset, offset + n);
        }
        const want = Math.min(Math.max(n, this.chunkSize), this.limit - this.pos);
        const data = await this.refill(want);
        if (data.length < n)
            throw new TruncatedError(what);
        this.window = data;
        this.windowStart = this.pos;
        this.pos += n;
        return data.subarray(0, n);
    }
    /** Moves forward without reading; the target must lie within the file and the cap. */
    skip(n, what = 'a field') {
        const k = this.ensureAvailable(n, what);
        this.pos += k;
    }
    /**
     * How many bytes from the current position are buffered and within the cap: what a caller may
     * decode synchronously through `windowView()` from `windowOffset()` before calling `advance`.
     */
    bufferedLength() {
        const offset = this.pos - this.windowStart;
        if (offset < 0 || offset > this.window.length)
            return 0;
        return Math.min(this.window.length - offset, this.limit - this.pos);
    }
    /** The current position's offset in `windowView()`. */
    windowOffset() {
        return this.pos - this.windowStart;
    }
    /** A view of the buffered window (one per window, not one per field). */
    windowView() {
        const window = this.window;
        if (this.cachedView === null || this.cachedViewOf !== window) {
            this.cachedView = new DataView(window.buffer, window.byteOffset, window.byteLength);
            this.cachedViewOf = window;
        }
        return this.cachedView;
    }
    /** Moves forward over `n` bytes the caller decoded itself; `n` must be within bufferedLength(). */
    advance(n) {
        if (n < 0 || n > this.bufferedLength())
            throw new RangeError('advance past the buffered bytes');
        this.pos += n;
    }
    /**
     * Skips up to `count` strings, each a 4- or 8-byte unsigned length then that many bytes, while
     * their lengths sit in the buffered window: no promise, BigInt or view per string, which matters
     * for a tokenizer's hundreds of thousands of entries. Stops before a length that is not buffered
     * or is over `maxLength` (the caller reads that one with the async readers, which also report
     * it), and returns how many it skipped. A string running past the end or the cap throws as
     * `skip` does.
     */
    skipBufferedStrings(count, width, maxLength, what) {
        const view = this.windowView();
        const le = this.littleEndian;
        let skipped = 0;
        while (skipped < count) {
            if (width > this.bufferedLength())
                break;
            const length = smallUnsigned(view, this.windowOffset(), width, le);
            if (length < 0 || length > maxLength)
                break;
            this.pos += width;
            this.skip(length, what);
            skipped++;
        }
        return skipped;
    }
    async u8(what) {
        const b = await this.bytes(1, what);
        return b[0];
    }
    async u32(what) {
        const b = await this.bytes(4, what);
        return new DataView(b.buffer, b.byteOffset, 4).getUint32(0, this.littleEndian);
    }
    async i32(what) {
        const b = await this.bytes(4, what);
        return new DataView(b.buffer, b.byteOffset, 4).getInt32(0, this.littleEndian);
    }
    async u64(what) {
        const b = await this.bytes(8, what);
        return new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, this.littleEndian);
    }
    async i64(what) {
        const b = await this.bytes(8, what);
        return new DataView(b.buffer, b.byteOffset, 8).getBigInt64(0, this.littleEndian);
    }
    async view(n, what) {
        const b = await this.bytes(n, what);
        return new DataView(b.buffer, b.byteOffset, n);
    }
}
/** Renders any thrown value as a one-line problem string. */
function problemOf(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}

/** Decodes a varint at `pos`; null when it runs past `end` or beyond 10 bytes. */
function decodeVarint(bytes, pos, end = bytes.length) {
    let value = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
        if (pos + i >= end)
            return null;
        const b = bytes[pos + i];
        value |= BigInt(b & 0x7f) << shift;
        if ((b & 0x80) === 0)
            return { value: BigInt.asUintN(64, value), next: pos + i + 1 };
        shift += 7n;
    }
    return null;
}
class ProtoError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ProtoError';
    }
}
/** Parses one field header and value from `bytes` at `pos`; payload bounds are checked. */
function fieldAt(bytes, pos, end, available) {
    const tag = decodeVarint(bytes, pos, end);
    if (!tag)
        throw new ProtoError('truncated or overlong field tag');
    const fieldNo = tag.value >> 3n;
    const wire = Number(tag.value & 7n);
    if (fieldNo === 0n || fieldNo > 536870911n)
        throw new ProtoError('invalid field number');
    const field = Number(fieldNo);
    let p = tag.next;
    switch (wire) {
        case 0: {
            const v = decodeVarint(bytes, p, end);
            if (!v)
                throw new ProtoError(`field ${field}: truncated varint`);
            return { field: { field, wire, value: v.value, offset: v.next, length: 0 }, next: v.next };
        }
        case 1:
        case 5: {
            const width = wire === 1 ? 8 : 4;
            if (p + width > available)
                throw new ProtoError(`field ${field}: truncated fixed value`);
            let value = 0n;
            if (p + width <= end) {
                for (let i = width - 1; i >= 0; i--)
                    value = (value << 8n) | BigInt(bytes[p + i]);
            }
            return { field: { field, wire, value, offset: p, length: width }, next: p + width };
        }
        case 2: {
            const len = decodeVarint(bytes, p, end);
            if (!len)
                throw new ProtoError(`field ${field}: truncated length`);
            p = len.next;
            if (len.value > BigInt(available - p)) {
                throw new ProtoError(`field ${field}: length ${len.value} runs past the end`);
            }
            const length = Number(len.value);
            return { field: { field, wire, offset: p, length }, next: p + length };
        }
        default:
            throw new ProtoError(`field ${field}: unsupported wire type ${wire}`);
    }
}
/** Parses all fields of an in-memory message, with a cap on their number. */
function parseMessage(bytes, maxFields = 10_000) {
    const fields = [];
    let pos = 0;
    while (pos < bytes.length) {
        if (fields.length >= maxFields)
            throw new ProtoError(`message has more than ${maxFields} fields`);
        const { field, next } = fieldAt(bytes, pos, bytes.length, bytes.length);
        fields.push(field);
        pos = next;
    }
    return fields;
}
function fieldBytes(bytes, f) {
    return bytes.subarray(f.offset, f.offset + f.length);
}
function fieldString(bytes, f) {
    return decodeUtf8(fieldBytes(bytes, f));
}
/**
 * Walks the top-level fields of a message stored in a ByteSource without reading payloads: each
 * step reads at most 20 bytes (tag + length varints), so a huge field (an ONNX graph) is skipped.
 */
class TopLevelWalker {
    src;
    maxFields;
    pos = 0;
    fieldsSeen = 0;
    constructor(src, maxFields) {
        this.src = src;
        this.maxFields = maxFields;
    }
    get done() {
        return this.pos >= this.src.size;
    }
    async next() {
        if (this.pos >= this.src.size)
            return null;
        if (this.fieldsSeen >= this.maxFields) {
            throw new ProtoError(`more than ${this.maxFields} top-level fields`);
        }
        const head = await this.src.read(this.pos, Math.min(20, this.src.size - this.pos));
        const { field, next } = fieldAt(head, 0, head.length, this.src.size - this.pos);
        this.fieldsSeen++;
        const base = this.pos;
        this.pos = base + next;
        return { ...field, offset: base + field.offset };
    }
}

/** Largest ModelDescription (field 2) read; it holds feature descriptions and the metadata. */
const COREML_MAX_DESCRIPTION = 1024 * 1024;
/** Bytes read at most from a .mlmodel. */
const COREML_READ_CAP = COREML_MAX_DESCRIPTION + 4096;
/** Metadata fields of Core ML `Metadata` (Model.proto): number \u2192 key. */
const METADATA_FIELDS = {
    1: 'shortDescription',
    2: 'versionString',
    3: 'author',
    4: 'license'
};
/**
 * Reads a Core ML `.mlmodel` header: specificationVersion (field 1) and, from the description
 * (field 2 \u2192 field 100 Metadata), shortDescription, versionString, author, license and the
 * userDefined map. The model body (fields \u2265 200) is never read.
 */
async function readCoreMlHeader(src) {
    const info = { format: 'coreml' };
    const budgeted = withReadBudget(src, COREML_READ_CAP);
    const walker = new TopLevelWalker(budgeted, 16);
    const meta = new MetadataCollector();
    let problem;
    try {
        if (src.size === 0)
            return { ...info, problem: 'file is empty' };
        let sawSpec = false;
        for (let f = await walker.next(); f; f = await walker.next()) {
            if (f.field === 1 && f.wire === 0 && f.value !== undefined) {
                sawSpec = true;
                meta.set('coreml.specification_version', String(f.value));
                continue;
            }
            if (f.field === 2 && f.wire === 2) {
                if (f.length > COREML_MAX_DESCRIPTION) {
                    problem = `model description of ${f.length} bytes is over the read cap`;
                    break;
                }
                const desc = await readExact(budgeted, f.offset, f.length);
                if (!desc)
                    throw new ProtoError('truncated model description');
                readDescription(desc, meta);
                break;
            }
            // The description comes before the model body; anything else first means no metadata.
            if (f.field >= 200 || !sawSpec) {
                if (!sawSpec)
                    problem = 'not a Core ML model (no specificationVersion)';
                break;
            }
        }
    }
    catch (err) {
        problem = `Core ML protobuf: ${problemOf(err)}`;
    }
    const record = meta.toRecord();
    if (record)
        info.metadata = record;
    const license = meta.get('license');
    if (license !== undefined && license.trim() !== '')
        info.license = license.trim();
    if (problem !== undefined)
        info.problem = problem;
    return info;
}
function readDescription(desc, meta) {
    for (const f of parseMessage(desc)) {
        if (f.field !== 100 || f.wire !== 2)
            continue;
        const md = desc.subarray(f.offset, f.offset + f.length);
        for (const m of parseMessage(md)) {
            if (m.wire !== 2)
                continue;
            const key = METADATA_FIELDS[m.field];
            if (key !== undefined)
                meta.set(key, fieldString(md, m));
            else if (m.field === 100) {
                const entry = md.subarray(m.offset, m.offset + m.length);
                let k;
                let v = '';
                for (const e of parseMessage(entry, 16)) {
                    if (e.field === 1 && e.wire === 2)
                        k = fieldString(entry, e);
                    if (e.field === 2 && e.wire === 2)
                        v = fieldString(entry, e);
                }
                // userDefined never overrides the named fields (a user key called "license").
                if (k !== undefined && meta.get(k) === undefined)
                    meta.set(k, v);
            }
        }
    }
}

/** Bytes of header (KVs + tensor infos) read at most; past it the result is partial. */
const GGUF_READ_CAP = 16 * 1024 * 1024;
/** Most KV pairs accepted (the count is checked before any KV is read). */
const GGUF_MAX_KV = 100_000;
/** Most tensor infos read for the parameter count. */
const GGUF_MAX_TENSORS = 1_000_000;
/** Longest string value or key decoded or skipped. */
const GGUF_MAX_STRING = 1024 * 1024;
/** Deepest nesting of arrays. */
const GGUF_MAX_ARRAY_DEPTH = 4;
/** Most dimensions per tensor (ggml uses 4; the spec caps at 8 in practice). */
const GGUF_MAX_DIMS = 8;
/** Most elements of a string array decoded into metadata (e.g. general.tags). */
const MAX_ARRAY_ITEMS_KEPT = 64;
const ValueType = {
    UINT8: 0,
    INT8: 1,
    UINT16: 2,
    INT16: 3,
    UINT32: 4,
    INT32: 5,
    FLOAT32: 6,
    BOOL: 7,
    STRING: 8,
    ARRAY: 9,
    UINT64: 10,
    INT64: 11,
    FLOAT64: 12
};
/** Byte width of fixed-size value types; strings and arrays are absent. */
const FIXED_WIDTH = {
    0: 1,
    1: 1,
    2: 2,
    3: 2,
    4: 4,
    5: 4,
    6: 4,
    7: 1,
    10: 8,
    11: 8,
    12: 8
};
/** ggml tensor type ids \u2192 names (ggml.h `enum ggml_type`). */
const GGML_TYPE_NAMES = {
    0: 'F32',
    1: 'F16',
    2: 'Q4_0',
    3: 'Q4_1',
    6: 'Q5_0',
    7: 'Q5_1',
    8: 'Q8_0',
    9: 'Q8_1',
    10: 'Q2_K',
    11: 'Q3_K',
    12: 'Q4_K',
    13: 'Q5_K',
    14: 'Q6_K',
    15: 'Q8_K',
    16: 'IQ2_XXS',
    17: 'IQ2_XS',
    18: 'IQ3_XXS',
    19: 'IQ1_S',
    20: 'IQ4_NL',
    21: 'IQ3_S',
    22: 'IQ2_S',
    23: 'IQ4_XS',
    24: 'I8',
    25: 'I16',
    26: 'I32',
    27: 'I64',
    28: 'F64',
    29: 'IQ1_M',
    30: 'BF16',
    34: 'TQ1_0',
    35: 'TQ2_0',
    39: 'MXFP4'
};
function ggmlTypeName(type) {
    return GGML_TYPE_NAMES[type] ?? `type_${type}`;
}
/** Keys whose values are kept as metadata: everything under general.* */
function isKeptKey(key) {
    return key.startsWith('general.');
}
/** Smallest possible encoded KV (empty key, type, one-byte value) and tensor info, per version. */
function minKvBytes(v1) {
    return (v1 ? 4 : 8) + 4 + 1;
}
function minTensorInfoBytes(v1) {
    return (v1 ? 4 : 8) + 4 + 4 + 8;
}
/** Strings skipped per synchronous batch (any count fits; a batch keeps the arithmetic in numbers). */
const BATCH = 1n << 30n;
class GgufParser {
    r;
    le;
    meta = new MetadataCollector();
    v1;
    constructor(r, version, le) {
        this.r = r;
        this.le = le;
        this.v1 = version === 1;
    }
    /** Reads a size field: u32 in v1, u64 later. */
    async size(what) {
        return this.v1 ? BigInt(await this.r.u32(what)) : this.r.u64(what);
    }
    async stringLength(what) {
        const len = await this.size(what);
        if (len > BigInt(GGUF_MAX_STRING)) {
            throw new Error(`${what} claims ${len} bytes, over the ${GGUF_MAX_STRING}-byte cap`);
        }
        return Number(len);
    }
    async string(what) {
        const len = await this.stringLength(what);
        return decodeUtf8(await this.r.bytes(len, what));
    }
    async skipString(what) {
        this.r.skip(await this.stringLength(what), what);
    }
    /** Skips `count` strings, reading lengths from the buffered window where they are already read. */
    async skipStrings(count, what) {
        const width = this.v1 ? 4 : 8;
        let left = count;
        while (left > 0n) {
            const batch = left > BATCH ? Number(BATCH) : Number(left);
            const skipped = this.r.skipBufferedStrings(batch, width, GGUF_MAX_STRING, what);
            left -= BigInt(skipped);
            if (skipped < batch) {
                // Not buffered, or too long: the async path reads (and reports) this one.
                await this.skipString(what);
                left -= 1n;
            }
        }
    }
    /**
     * One tensor info (name, dimensions, type, offset) decoded from the buffered window without
     * awaiting, when all of it is buffered and within the cap, its name length and dimension count
     * are within their caps and its element count is a safe integer. Null leaves the tensor to the
     * async readers, which also report what is wrong with it. A model has hundreds of tensors.
     */
    bufferedTensorInfo() {
        const r = this.r;
        const available = r.bufferedLength();
        const width = this.v1 ? 4 : 8;
        const view = r.windowView();
        const at = r.windowOffset();
        const le = this.le;
        // A length or dimension: -1 when it does not fit in 32 bits (the async path handles those).
        const sizeAt = (p) => smallUnsigned(view, at + p, width, le);
        let p = 0;
        if (p + width > available)
            return null;
        const nameLength = sizeAt(p);
        if (nameLength < 0 || nameLength > GGUF_MAX_STRING)
            return null;
        p += width + nameLength;
        if (p + 4 > available)
            return null;
        const nDims = view.getUint32(at + p, le);
        if (nDims > GGUF_MAX_DIMS)
            return null;
        p += 4;
        if (p + nDims * width + 4 + 8 > available)
            return null;
        let numel = 1;
        for (let d = 0; d < nDims; d++, p += width) {
            const dim = sizeAt(p);
            if (dim < 0)
                return null;
            numel *= dim;
            if (numel > Number.MAX_SAFE_INTEGER)
                return null;
        }
        const type = view.getUint32(at + p, le);
        p += 4 + 8;
        r.advance(p);
        return { numel: BigInt(numel), type };
    }
    /** Reads one scalar as a display string. */
    async scalar(type, what) {
        switch (type) {
            case ValueType.UINT8:
                return String(await this.r.u8(what));
            case ValueType.INT8:
                return String(((await this.r.u8(what)) << 24) >> 24);
            case ValueType.UINT16:
                return String((await this.r.view(2, what)).getUint16(0, this.le));
            case ValueType.INT16:
                return String((await this.r.view(2, what)).getInt16(0, this.le));
            case ValueType.UINT32:
                return String(await this.r.u32(what));
            case ValueType.INT32:
                return String(await this.r.i32(what));
            case ValueType.FLOAT32:
                return String((await this.r.view(4, what)).getFloat32(0, this.le));
            case ValueType.BOOL:
                return (await this.r.u8(what)) === 0 ? 'false' : 'true';
            case ValueType.UINT64:
                return String(await this.r.u64(what));
            case ValueType.INT64:
                return String(await this.r.i64(what));
            case ValueType.FLOAT64:
                return String((await this.r.view(8, what)).getFloat64(0, this.le));
            case ValueType.STRING:
                return this.string(what);
            default:
                throw new Error(`${what} has unknown value type ${type}`);
        }
    }
    /**
     * Reads or skips one value. Returns a display string when `keep` and the value is small enough to
     * be worth keeping, otherwise undefined. Arrays of fixed-size values are skipped without decoding;
     * string arrays cost one length read per element.
     */
    async value(type, keep, depth, what) {
        if (type !== ValueType.ARRAY) {
            if (keep)
                return this.scalar(type, what);
            const width = FIXED_WIDTH[type];
            if (width !== undefined)
                this.r.skip(width, what);
            else if (type === ValueType.STRING)
                await this.skipString(what);
            else
                throw new Error(`${what} has unknown value type ${type}`);
            return undefined;
        }
        if (depth >= GGUF_MAX_ARRAY_DEPTH) {
            throw new Error(`${what} nests arrays deeper than ${GGUF_MAX_ARRAY_DEPTH}`);
        }
        const elemType = await this.r.u32(what);
        const count = await this.size(what);
        const width = FIXED_WIDTH[elemType];
        if (width !== undefined) {
            this.r.skip(count * BigInt(width), what);
            return keep ? `[${count} values]` : undefined;
        }
        if (elemType !== ValueType.STRING && elemType !== ValueType.ARRAY) {
            throw new Error(`${what} has unknown array element type ${elemType}`);
        }
        // Every element takes at least a length (strings) or a type + count (arrays).
        const minElem = BigInt(this.v1 ? 4 : 8) + (elemType === ValueType.ARRAY ? 4n : 0n);
        this.r.ensureAvailable(count * minElem, what);
        if (!keep && elemType === ValueType.STRING) {
            await this.skipStrings(count, what);
            return undefined;
        }
        const kept = [];
        for (let i = 0n; i < count; i++) {
            const keepItem = keep && elemType === ValueType.STRING && kept.length < MAX_ARRAY_ITEMS_KEPT;
            const item = await this.value(elemType, keepItem, depth + 1, what);
            if (item !== undefined)
                kept.push(item);
        }
        if (!keep)
            return undefined;
        if (elemType !== ValueType.STRING)
            return `[${count} arrays]`;
        return kept.join(', ') + (count > BigInt(kept.length) ? ', \u2026' : '');
    }
}
/**
 * Reads a GGUF header: version, counts, general.* metadata (never the tokenizer arrays' contents)
 * and, when sane and within the read cap, the tensor infos for a parameter count.
 */
async function readGgufHeader(src, options = {}) {
    const info = { format: 'gguf' };
    const cap = options.readCap ?? GGUF_READ_CAP;
    let parser;
    try {
        const head = await readExact(src, 0, 8);
        if (!head)
            return { ...info, problem: 'file is too short for a GGUF header' };
        if (decodeUtf8(head.subarray(0, 4)) !== 'GGUF') {
            return { ...info, problem: 'missing GGUF magic' };
        }
        const dv = new DataView(head.buffer, head.byteOffset, 8);
        let le = true;
        let version = dv.getUint32(4, true);
        if (version < 1 || version > 3) {
            const be = dv.getUint32(4, false);
            if (be >= 1 && be <= 3) {
                le = false;
                version = be;
            }
            else {
                return { ...info, problem: `unsupported GGUF version ${version}` };
            }
        }
        const r = new BufferedReader(src, 8, cap, READ_AHEAD, le);
        parser = new GgufParser(r, version, le);
        const meta = parser.meta;
        meta.set('gguf.version', String(version));
        if (!le)
            meta.set('gguf.byte_order', 'big-endian');
        const v1 = version === 1;
        const tensorCount = await parser.size('tensor count');
        const kvCount = await parser.size('metadata KV count');
        if (kvCount > BigInt(GGUF_MAX_KV)) {
            return finish(info, parser, `claims ${kvCount} metadata KVs (cap ${GGUF_MAX_KV})`);
        }
        // Each KV and tensor info has a minimum encoded size, so absurd counts fail before any loop.
        const remaining = BigInt(src.size - r.position);
        if (kvCount * BigInt(minKvBytes(v1)) > remaining) {
            return finish(info, parser, `claims ${kvCount} metadata KVs, more than the file can hold`);
        }
        r.ensureAvailable(kvCount * BigInt(minKvBytes(v1)), 'the metadata KVs');
        const tensorsSane = tensorCount <= BigInt(GGUF_MAX_TENSORS) &&
            tensorCount * BigInt(minTensorInfoBytes(v1)) <= remaining;
        if (tensorsSane)
            info.tensorCount = Number(tensorCount);
        for (let i = 0n; i < kvCount; i++) {
            const key = await parser.string('a metadata key');
            const type = await r.u32(`value type of ${key}`);
            const label = capString(JSON.stringify(key), 120);
            const value = await parser.value(type, isKeptKey(key), 0, `value of ${label}`);
            if (value !== undefined)
                meta.set(key, value);
        }
        if (!tensorsSane) {
            return finish(info, parser, `claims ${tensorCount} tensors, more than can be read`);
        }
        let parameters = 0n;
        const perType = new Map();
        for (let i = 0n; i < tensorCount; i++) {
            let numel;
            let typeName;
            const buffered = parser.bufferedTensorInfo();
            if (buffered !== null) {
                numel = buffered.numel;
                typeName = ggmlTypeName(buffered.type);
            }
            else {
                await parser.skipString('a tensor name');
                const nDims = await r.u32('tensor dimensions');
                if (nDims > GGUF_MAX_DIMS)
                    throw new Error(`a tensor claims ${nDims} dimensions`);
                numel = 1n;
                for (let d = 0; d < nDims; d++)
                    numel *= await parser.size('a tensor dimension');
                typeName = ggmlTypeName(await r.u32('tensor type'));
                r.skip(8, 'tensor offset');
            }
            parameters += numel;
            perType.set(typeName, (perType.get(typeName) ?? 0n) + numel);
        }
        info.parameterCount = Number(parameters);
        info.dtypes = recordOf(new Map([...perType].map(([k, v]) => [k, Number(v)])));
        return finish(info, parser);
    }
    catch (err) {
        const problem = err instanceof ReadCapError
            ? `${err.message} (GGUF header)`
            : `GGUF header: ${problemOf(err)}`;
        return finish(info, parser, problem);
    }
}
function finish(info, parser, problem) {
    if (parser) {
        const meta = parser.meta;
        const record = meta.toRecord();
        if (record)
            info.metadata = record;
        const license = meta.get('general.license') ?? meta.get('general.license.name');
        if (license !== undefined && license.trim() !== '')
            info.license = license.trim();
        const name = meta.get('general.name');
        if (name !== undefined && name.trim() !== '')
            info.modelName = name.trim();
    }
    if (problem !== undefined)
        info.problem = problem;
    return info;
}

/** git-lfs only treats blobs smaller than this as possible pointers (blobSizeCutoff). */
const LFS_POINTER_MAX_SIZE = 1024;
/** The current spec URL first, then the pre-release URLs git-lfs still reads. */
const LFS_SPEC_VERSIONS = [
    'https://git-lfs.github.com/spec/v1',
    'https://hawser.github.com/spec/v1',
    'http://git-media.io/v/2'
];
const KEY_RE = /^[a-z0-9.-]+$/;
const OID_RE = /^sha256:([0-9a-f]{64})$/;
const SIZE_RE = /^[0-9]+$/;
const VERSION_PREFIX = new TextEncoder().encode('version ');
/**
 * False when the bytes cannot trim to text starting `version `: the first byte after ASCII
 * whitespace (what String.prototype.trim drops) is ASCII and does not begin that word. Saves
 * decoding and splitting the many small text files that are not pointers; a non-ASCII byte (it
 * may be Unicode whitespace) leaves the answer to the parser.
 */
function mayStartWithVersion(bytes) {
    let i = 0;
    while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0d)))
        i++;
    if (i < bytes.length && bytes[i] >= 0x80)
        return true;
    if (bytes.length - i < VERSION_PREFIX.length)
        return false;
    for (let k = 0; k < VERSION_PREFIX.length; k++)
        if (bytes[i + k] !== VERSION_PREFIX[k])
            return false;
    return true;
}
/**
 * Parses a Git LFS pointer (git-lfs docs/spec.md): under 1024 bytes of UTF-8, `version` first,
 * then `key value` lines with keys in ascending order, with `oid sha256:<64 hex>` and a decimal
 * `size`. Unknown keys are tolerated when ordered. Like git-lfs, surrounding whitespace and CRLF
 * line ends are accepted. Returns null for anything else; `oid` is the bare hex digest.
 */
function parseLfsPointer(bytes) {
    if (bytes.length === 0 || bytes.length >= LFS_POINTER_MAX_SIZE)
        return null;
    if (!mayStartWithVersion(bytes))
        return null;
    const text = decodeUtf8Strict(bytes);
    if (text === null)
        return null;
    const lines = text
        .trim()
        .split('\n')
        .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    const [first, ...rest] = lines;
    if (first === undefined)
        return null;
    const versionMatch = /^version (\S+)$/.exec(first);
    if (!versionMatch || !LFS_SPEC_VERSIONS.includes(versionMatch[1]))
        return null;
    const values = new Map();
    let previousKey = '';
    for (const line of rest) {
        const space = line.indexOf(' ');
        if (space <= 0)
            return null;
        const key = line.slice(0, space);
        const value = line.slice(space + 1);
        if (!KEY_RE.test(key) || key === 'version')
            return null;
        if (key <= previousKey)
            return null;
        if (value.length === 0 || value.includes('\r'))
            return null;
        previousKey = key;
        values.set(key, value);
    }
    const oid = OID_RE.exec(values.get('oid') ?? '');
    const sizeText = values.get('size') ?? '';
    if (!oid || !SIZE_RE.test(sizeText))
        return null;
    const size = Number(sizeText);
    if (!Number.isSafeInteger(size))
        return null;
    return { oid: oid[1], size, version: versionMatch[1] };
}
/** Parses a quoted gitattributes pattern ("\u2026" with C-style escapes); null when malformed. */
function unquote(line) {
    let out = '';
    for (let i = 1; i < line.length; i++) {
        const c = line[i];
        if (c === '"')
            return { pattern: out, rest: line.slice(i + 1) };
        if (c !== '\\') {
            out += c;
            continue;
        }
        const next = line[++i];
        if (next === undefined)
            return null;
        const simple = { n: '\n', t: '\t', '"': '"', '\\': '\\', a: '\x07' };
        if (simple[next] !== undefined)
            out += simple[next];
        else if (/[0-7]/.test(next)) {
            const oct = /^[0-7]{1,3}/.exec(line.slice(i))[0];
            out += String.fromCharCode(parseInt(oct, 8) & 0xff);
            i += oct.length - 1;
        }
        else
            out += next;
    }
    return null;
}
function parseFilterRules(text) {
    const rules = [];
    // A .gitattributes bigger than this is not a real one; the rest is ignored.
    const lines = text.slice(0, 1024 * 1024).split(/\r?\n/);
    for (const raw of lines.slice(0, 100_000)) {
        const line = raw.replace(/^[ \t]+/, '');
        if (line === '' || line.startsWith('#') || line.startsWith('[attr]'))
            continue;
        let pattern;
        let rest;
        if (line.startsWith('"')) {
            const q = unquote(line);
            if (!q)
                continue;
            ({ pattern, rest } = q);
        }
        else {
            const m = /^(\S+)(.*)$/.exec(line);
            if (!m)
                continue;
            pattern = m[1];
            rest = m[2];
        }
        // git ignores negative patterns in attributes files.
        if (pattern.startsWith('!'))
            continue;
        let filter;
        for (const token of rest.trim().split(/[ \t]+/)) {
            if (token === 'filter' || token === '-filter' || token === '!filter')
                filter = null;
            else if (token.startsWith('filter='))
                filter = token.slice('filter='.length);
        }
        if (filter === undefined)
            continue;
        const matcher = compileAttributePattern(pattern);
        if (!matcher)
            continue;
        rules.push({ pattern, matcher, filter });
    }
    return rules;
}
/**
 * Compiles a .gitattributes file into a predicate: is this POSIX path (relative to the file's
 * directory) stored through the LFS filter? The last line that matches and mentions `filter` wins.
 */
function compileLfsMatcher(text) {
    const rules = parseFilterRules(text);
    return (path) => {
        const clean = path.replace(/^(\.\/)+/, '');
        if (clean === '' || clean.startsWith('/'))
            return false;
        for (let i = rules.length - 1; i >= 0; i--) {
            const rule = rules[i];
            if (rule.matcher(clean))
                return rule.filter === 'lfs';
        }
        return false;
    };
}
/** True when the .gitattributes `text` routes `path` through the LFS filter. */
function isLfsTracked(path, text) {
    return compileLfsMatcher(text)(path);
}
/**
 * Compiles one gitattributes pattern (git wildmatch with WM_PATHNAME). Unlike .gitignore, a pattern
 * that matches a directory does not match the files inside it, and a trailing-slash pattern matches
 * no file. A pattern without a slash matches the basename at any depth; otherwise it is anchored.
 * Matching simulates the pattern as an automaton, O(path \u00d7 pattern), so no pattern can backtrack
 * exponentially.
 */
function compileAttributePattern(pattern) {
    if (pattern === '' || pattern.endsWith('/') || pattern.length > 4096)
        return null;
    const anchored = pattern.includes('/');
    const body = pattern.startsWith('/') ? pattern.slice(1) : pattern;
    const tokens = tokenize(body);
    if (!tokens)
        return null;
    if (anchored)
        return (path) => matchTokens(tokens, path);
    return (path) => matchTokens(tokens, path.slice(path.lastIndexOf('/') + 1));
}
const CHAR_CLASSES = {
    alnum: (c) => /^[A-Za-z0-9]$/.test(c),
    alpha: (c) => /^[A-Za-z]$/.test(c),
    blank: (c) => c === ' ' || c === '\t',
    cntrl: (c) => c.charCodeAt(0) < 0x20 || c === '\x7f',
    digit: (c) => /^[0-9]$/.test(c),
    graph: (c) => /^[\x21-\x7e]$/.test(c),
    lower: (c) => /^[a-z]$/.test(c),
    print: (c) => /^[\x20-\x7e]$/.test(c),
    punct: (c) => /^[!-/:-@[-`{-~]$/.test(c),
    space: (c) => /^[ \t\n\r\f\v]$/.test(c),
    upper: (c) => /^[A-Z]$/.test(c),
    xdigit: (c) => /^[0-9A-Fa-f]$/.test(c)
};
function tokenize(pattern) {
    const p = Array.from(pattern);
    const tokens = [];
    let i = 0;
    while (i < p.length) {
        const c = p[i];
        if (c === '*') {
            let j = i;
            while (p[j] === '*')
                j++;
            const starts = i === 0 || p[i - 1] === '/';
            const ends = j === p.length || p[j] === '/';
            if (j - i >= 2 && starts && ends) {
                if (j === p.length) {
                    tokens.push({ kind: 'all' });
                    i = j;
                }
                else {
                    // "**/" matches zero or more whole directories.
                    tokens.push({ kind: 'dirs' });
                    i = j + 1;
                }
            }
            else {
                tokens.push({ kind: 'star' });
                i = j;
            }
            continue;
        }
        if (c === '?') {
            tokens.push({ kind: 'one', test: () => true });
            i++;
            continue;
        }
        if (c === '\\') {
            const next = p[i + 1];
            if (next === undefined)
                return null;
            tokens.push({ kind: 'lit', ch: next });
            i += 2;
            continue;
        }
        if (c === '[') {
            const parsed = bracket(p, i);
            if (parsed) {
                tokens.push({ kind: 'one', test: parsed.test });
                i = parsed.end;
                continue;
            }
        }
        tokens.push({ kind: 'lit', ch: c });
        i++;
    }
    return tokens;
}
/** Parses a bracket expression starting at p[start]; null when it is not one. */
function bracket(p, start) {
    let i = start + 1;
    let negate = false;
    if (p[i] === '!' || p[i] === '^') {
        negate = true;
        i++;
    }
    const tests = [];
    let first = true;
    while (i < p.length) {
        let c = p[i];
        if (c === ']' && !first) {
            const test = (ch) => tests.some((t) => t(ch)) !== negate;
            return { test, end: i + 1 };
        }
        first = false;
        if (c === '[' && p[i + 1] === ':') {
            const close = p.indexOf(':', i + 2);
            if (close < 0 || p[close + 1] !== ']')
                return null;
            const named = CHAR_CLASSES[p.slice(i + 2, close).join('')];
            if (named === undefined)
                return null;
            tests.push(named);
            i = close + 2;
            continue;
        }
        if (c === '\\') {
            const next = p[i + 1];
            if (next === undefined)
                return null;
            c = next;
            i++;
        }
        if (p[i + 1] === '-' && p[i + 2] !== undefined && p[i + 2] !== ']') {
            let hi = p[i + 2];
            let skip = 3;
            if (hi === '\\' && p[i + 3] !== undefined) {
                hi = p[i + 3];
                skip = 4;
            }
            const lo = c;
            tests.push((ch) => ch >= lo && ch <= hi);
            i += skip;
            continue;
        }
        const lit = c;
        tests.push((ch) => ch === lit);
        i++;
    }
    return null;
}
/**
 * Runs the token automaton over `path`. Bit 1 of a state marks "at token k"; for a `dirs` token,
 * bit 2 marks "inside a directory name", from which the token cannot be left until a '/'.
 */
function matchTokens(tokens, path) {
    const m = tokens.length;
    const closure = (set) => {
        for (let k = 0; k < m; k++) {
            const kind = tokens[k].kind;
            if (set[k] & 1 && (kind === 'star' || kind === 'dirs' || kind === 'all'))
                set[k + 1] |= 1;
        }
    };
    let cur = new Uint8Array(m + 1);
    cur[0] = 1;
    closure(cur);
    for (const ch of path) {
        const next = new Uint8Array(m + 1);
        let alive = false;
        for (let k = 0; k < m; k++) {
            const state = cur[k];
            if (state === 0)
                continue;
            const tok = tokens[k];
            const atToken = (state & 1) !== 0;
            switch (tok.kind) {
                case 'lit':
                    if (atToken && ch === tok.ch)
                        next[k + 1] |= 1;
                    break;
                case 'one':
                    if (atToken && ch !== '/' && tok.test(ch))
                        next[k + 1] |= 1;
                    break;
                case 'star':
                    if (atToken && ch !== '/')
                        next[k] |= 1;
                    break;
                case 'all':
                    next[k] |= 1;
                    break;
                case 'dirs':
                    next[k] |= ch === '/' ? 1 : 2;
                    break;
            }
        }
        closure(next);
        for (let k = 0; k <= m; k++)
            if (next[k])
                alive = true;
        if (!alive)
            return false;
        cur = next;
    }
    return (cur[m] & 1) !== 0;
}

/** Bytes read at most while walking tar headers. */
const TAR_READ_CAP = 1024 * 1024;
/** Most tar members walked. */
const TAR_MAX_ENTRIES = 1000;
/** Largest pax extended header or GNU long name read. */
const TAR_MAX_EXTENDED = 64 * 1024;
const BLOCK$1 = 512;
function isGzip(head) {
    return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}
function hasUstarMagic(block) {
    return block.length >= 262 && decodeUtf8(block.subarray(257, 262)) === 'ustar';
}
function cString(bytes) {
    const nul = bytes.indexOf(0);
    return decodeUtf8(nul >= 0 ? bytes.subarray(0, nul) : bytes);
}
/** Octal number field, or base-256 when the high bit of the first byte is set (GNU). */
function numberField(bytes) {
    if (bytes.length === 0)
        return null;
    if (bytes[0] & 0x80) {
        if (bytes[0] & 0x40)
            return null; // negative
        let v = BigInt(bytes[0] & 0x3f);
        for (let i = 1; i < bytes.length; i++)
            v = (v << 8n) | BigInt(bytes[i]);
        return v;
    }
    const text = cString(bytes).trim();
    if (text === '')
        return 0n;
    if (!/^[0-7]+$/.test(text))
        return null;
    return BigInt(`0o${text}`);
}
function checksumOk(block) {
    const stored = numberField(block.subarray(148, 156));
    if (stored === null)
        return false;
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK$1; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : block[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    return stored === BigInt(unsigned) || stored === BigInt(signed);
}
/** Pulls `path=` out of pax extended header records ("<len> key=value\n"). */
function paxPath(data) {
    const text = decodeUtf8(data);
    let pos = 0;
    let path;
    while (pos < text.length) {
        const space = text.indexOf(' ', pos);
        if (space < 0)
            break;
        const len = Number(text.slice(pos, space));
        if (!Number.isSafeInteger(len) || len <= 0)
            break;
        const record = text.slice(space + 1, pos + len - 1);
        if (record.startsWith('path='))
            path = record.slice(5);
        pos += len;
    }
    return path;
}
function normalizeName(name) {
    return name.replace(/^(\.\/)+/, '');
}
/** Lists the members of a plain (uncompressed) tar by walking 512-byte headers. */
async function listTarEntries(src) {
    const budgeted = withReadBudget(src, TAR_READ_CAP);
    const entries = [];
    let pos = 0;
    let nextName;
    try {
        for (let walked = 0;; walked++) {
            if (walked >= TAR_MAX_ENTRIES) {
                return { entries, problem: `tar has more than ${TAR_MAX_ENTRIES} members; list truncated` };
            }
            if (pos + BLOCK$1 > src.size) {
                return pos === src.size && entries.length > 0
                    ? { entries }
                    : { entries, problem: 'tar ends without an end-of-archive block (truncated?)' };
            }
            const block = await readExact(budgeted, pos, BLOCK$1);
            if (!block)
                return { entries, problem: 'tar header is truncated' };
            if (block.every((b) => b === 0))
                return { entries };
            if (!checksumOk(block))
                return { entries, problem: `bad tar header checksum at ${pos}` };
            const size = numberField(block.subarray(124, 136));
            if (size === null)
                return { entries, problem: `bad tar size field at ${pos}` };
            const dataStart = pos + BLOCK$1;
            const padded = ((size + 511n) / 512n) * 512n;
            if (BigInt(dataStart) + padded > BigInt(src.size) + 511n) {
                return { entries, problem: `tar member at ${pos} runs past the end (truncated?)` };
            }
            const type = String.fromCharCode(block[156]);
            if (type === 'x' || type === 'L') {
                if (size > BigInt(TAR_MAX_EXTENDED)) {
                    return { entries, problem: `oversized tar extended header at ${pos}` };
                }
                const data = await readExact(budgeted, dataStart, Number(size));
                if (!data)
                    return { entries, problem: 'tar extended header is truncated' };
                nextName = type === 'x' ? (paxPath(data) ?? nextName) : cString(data);
            }
            else if (type !== 'g' && type !== 'K') {
                let name = nextName;
                if (name === undefined) {
                    name = cString(block.subarray(0, 100));
                    const prefix = hasUstarMagic(block) ? cString(block.subarray(345, 500)) : '';
                    if (prefix !== '')
                        name = `${prefix}/${name}`;
                }
                nextName = undefined;
                const clean = normalizeName(name);
                if (type !== '5' && clean !== '' && !clean.endsWith('/'))
                    entries.push(clean);
            }
            pos = Number(BigInt(dataStart) + padded);
        }
    }
    catch (err) {
        return { entries, problem: `tar: ${problemOf(err)}` };
    }
}
/**
 * Reads a `.nemo` archive: plain tar \u2192 member names (model_config.yaml, model_weights.ckpt, \u2026);
 * gzip \u2192 noted as compressed, members not listed (that would need decompressing).
 */
async function readNemoHeader(src) {
    const info = { format: 'nemo' };
    try {
        const head = await src.read(0, Math.min(BLOCK$1, src.size));
        if (isGzip(head)) {
            const meta = new MetadataCollector();
            meta.set('nemo.compression', 'gzip');
            return { ...info, metadata: meta.toRecord() };
        }
        const { entries, problem } = await listTarEntries(src);
        if (entries.length > 0)
            info.entries = entries.slice(0, MAX_REPORTED_ENTRIES);
        if (entries.some((e) => /\.(ckpt|pt|pth|pkl)$/i.test(e)))
            info.containsPickle = true;
        if (problem !== undefined)
            info.problem = problem;
        else if (!entries.some((e) => e.endsWith('model_config.yaml'))) {
            info.problem = 'tar archive without model_config.yaml';
        }
        return info;
    }
    catch (err) {
        return { ...info, problem: problemOf(err) };
    }
}

/** Bytes read at most from an ONNX file (field headers and the small fields). */
const ONNX_READ_CAP = 1024 * 1024;
/** Largest string or small message (opset import, metadata prop) decoded. */
const ONNX_MAX_FIELD = 64 * 1024;
/** Most top-level fields walked (ModelProto has about a dozen, plus repeated ones). */
const ONNX_MAX_FIELDS = 10_000;
/** ModelProto field numbers (onnx.proto). */
const F$1 = {
    irVersion: 1,
    producerName: 2,
    producerVersion: 3,
    domain: 4,
    modelVersion: 5,
    docString: 6,
    graph: 7,
    opsetImport: 8,
    metadataProps: 14,
    trainingInfo: 20,
    functions: 25,
    configuration: 26
};
const KNOWN_FIELDS = new Set(Object.values(F$1));
/**
 * Reads ONNX ModelProto header fields by walking the top-level tags and seeking past the graph:
 * IR version, producer, domain, opset imports and metadata_props (a `license` prop \u2192 license).
 */
async function readOnnxHeader(src) {
    const info = { format: 'onnx' };
    const budgeted = withReadBudget(src, ONNX_READ_CAP);
    const walker = new TopLevelWalker(budgeted, ONNX_MAX_FIELDS);
    const ours = new MetadataCollector();
    const props = new MetadataCollector();
    const opsets = [];
    let sawKnownField = false;
    let problem;
    try {
        if (src.size === 0)
            return { ...info, problem: 'file is empty' };
        for (let f = await walker.next(); f; f = await walker.next()) {
            if (KNOWN_FIELDS.has(f.field))
                sawKnownField = true;
            else if (!sawKnownField) {
                return { ...info, problem: `not an ONNX model (first field is ${f.field})` };
            }
            switch (f.field) {
                case F$1.irVersion:
                case F$1.modelVersion:
                    if (f.wire === 0 && f.value !== undefined) {
                        const key = f.field === F$1.irVersion ? 'onnx.ir_version' : 'onnx.model_version';
                        ours.set(key, String(BigInt.asIntN(64, f.value)));
                    }
                    break;
                case F$1.producerName:
                case F$1.producerVersion:
                case F$1.domain:
                case F$1.docString: {
                    const text = await smallString(budgeted, f);
                    if (text === undefined)
                        break;
                    const key = {
                        [F$1.producerName]: 'onnx.producer_name',
                        [F$1.producerVersion]: 'onnx.producer_version',
                        [F$1.domain]: 'onnx.domain',
                        [F$1.docString]: 'onnx.doc_string'
                    }[f.field];
                    ours.set(key, text);
                    break;
                }
                case F$1.opsetImport: {
                    const msg = await smallMessage(budgeted, f);
                    if (!msg)
                        break;
                    let domain = '';
                    let version = '';
                    for (const inner of parseMessage(msg, 64)) {
                        if (inner.field === 1 && inner.wire === 2)
                            domain = fieldString(msg, inner);
                        if (inner.field === 2 && inner.wire === 0 && inner.value !== undefined) {
                            version = String(BigInt.asIntN(64, inner.value));
                        }
                    }
                    if (opsets.length < 64)
                        opsets.push(`${domain || 'ai.onnx'}:${version}`);
                    break;
                }
                case F$1.metadataProps: {
                    const msg = await smallMessage(budgeted, f);
                    if (!msg)
                        break;
                    let key;
                    let value = '';
                    for (const inner of parseMessage(msg, 64)) {
                        if (inner.field === 1 && inner.wire === 2)
                            key = fieldString(msg, inner);
                        if (inner.field === 2 && inner.wire === 2)
                            value = fieldString(msg, inner);
                    }
                    if (key !== undefined)
                        props.set(key, value);
                    break;
                }
                default:
                    // The graph and everything else are skipped without reading.
                    break;
            }
        }
        if (!ours.get('onnx.ir_version'))
            problem = 'no ir_version field; maybe not an ONNX model';
    }
    catch (err) {
        problem =
            err instanceof ProtoError ? `ONNX protobuf: ${err.message}` : `ONNX: ${problemOf(err)}`;
    }
    if (opsets.length > 0)
        ours.set('onnx.opset_import', opsets.join(', '));
    const metadata = new Map();
    for (const [k, v] of Object.entries(ours.toRecord() ?? {}))
        metadata.set(k, v);
    for (const [k, v] of Object.entries(props.toRecord() ?? {})) {
        if (!metadata.has(k) && metadata.size < 256)
            metadata.set(k, v);
    }
    if (metadata.size > 0)
        info.metadata = Object.fromEntries(metadata);
    const license = props.findIgnoreCase('license', 'licence');
    if (license !== undefined && license.trim() !== '')
        info.license = license.trim();
    if (problem !== undefined)
        info.problem = problem;
    return info;
}
async function smallMessage(src, f) {
    if (f.wire !== 2 || f.length > ONNX_MAX_FIELD)
        return undefined;
    return (await readExact(src, f.offset, f.length)) ?? undefined;
}
async function smallString(src, f) {
    const bytes = await smallMessage(src, f);
    return bytes ? fieldString(bytes, { ...f, offset: 0 }) : undefined;
}

/** Largest header the reference implementation accepts (safetensors MAX_HEADER_SIZE). */
const SAFETENSORS_MAX_HEADER = 100_000_000;
/** Bits per element for the dtypes the reference and @huggingface/hub know. */
const DTYPE_BITS = {
    BOOL: 8,
    U8: 8,
    I8: 8,
    F8_E5M2: 8,
    F8_E4M3: 8,
    F8_E4M3FN: 8,
    F8_E4M3FNUZ: 8,
    F8_E5M2FNUZ: 8,
    F8_E8M0: 8,
    E8M0: 8,
    UE8: 8,
    I16: 16,
    U16: 16,
    F16: 16,
    BF16: 16,
    I32: 32,
    U32: 32,
    F32: 32,
    C64: 64,
    F64: 64,
    I64: 64,
    U64: 64,
    F6_E3M2: 6,
    F6_E2M3: 6,
    F4: 4,
    FP4: 4
};
/** Bytes per element of a safetensors dtype, or undefined for unknown and sub-byte dtypes. */
function safetensorsDtypeBytes(dtype) {
    const bits = DTYPE_BITS[dtype];
    return bits !== undefined && bits % 8 === 0 ? bits / 8 : undefined;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Reads the 8-byte length and the JSON header of a safetensors file; never touches tensor data. */
async function readSafetensorsHeader(src) {
    const fail = (problem) => ({ format: 'safetensors', problem });
    try {
        const lenBytes = await readExact(src, 0, 8);
        if (!lenBytes)
            return fail('file is shorter than the 8-byte header length');
        const n = new DataView(lenBytes.buffer, lenBytes.byteOffset, 8).getBigUint64(0, true);
        if (n === 0n)
            return fail('header length is 0');
        if (n > BigInt(SAFETENSORS_MAX_HEADER)) {
            return fail(`header length ${n} exceeds the ${SAFETENSORS_MAX_HEADER}-byte limit`);
        }
        if (n > BigInt(src.size - 8)) {
            return fail(`header length ${n} exceeds the file size (${src.size} bytes; truncated?)`);
        }
        const headerLength = Number(n);
        const headerBytes = await readExact(src, 8, headerLength);
        if (!headerBytes)
            return fail('file ends inside the header (truncated)');
        return parseSafetensorsJson(headerBytes, src.size - 8 - headerLength);
    }
    catch (err) {
        return fail(problemOf(err));
    }
}
/** Parses the JSON header; `dataSize` is the size of the byte buffer that follows it. */
function parseSafetensorsJson(headerBytes, dataSize) {
    const info = { format: 'safetensors' };
    const text = decodeUtf8Strict(headerBytes);
    if (text === null)
        return { ...info, problem: 'header is not valid UTF-8' };
    if (!text.startsWith('{'))
        return { ...info, problem: "header does not start with '{'" };
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        return { ...info, problem: `header is not valid JSON: ${problemOf(err)}` };
    }
    if (!isPlainObject(parsed))
        return { ...info, problem: 'header JSON is not an object' };
    const problems = [];
    const meta = new MetadataCollector();
    const rawMeta = parsed['__metadata__'];
    if (rawMeta !== undefined) {
        if (!isPlainObject(rawMeta))
            problems.push('__metadata__ is not an object');
        else {
            for (const [k, v] of Object.entries(rawMeta)) {
                if (typeof v === 'string')
                    meta.set(k, v);
                else if (problems.length === 0)
                    problems.push(`__metadata__ value "${k}" is not a string`);
            }
        }
    }
    let tensorCount = 0;
    let parameters = 0n;
    const perDtype = new Map();
    for (const [name, entry] of Object.entries(parsed)) {
        if (name === '__metadata__')
            continue;
        tensorCount++;
        const checked = checkTensor(name, entry, dataSize);
        if (typeof checked === 'string') {
            if (problems.length < 3)
                problems.push(checked);
            continue;
        }
        // A shape is believed only when its bytes are in the file: a 100-byte header can declare
        // [2^40, 2^40] with offsets that point nowhere, and that is not 10^24 parameters.
        if (checked.problem !== undefined) {
            if (problems.length < 3)
                problems.push(checked.problem);
            continue;
        }
        parameters += checked.numel;
        perDtype.set(checked.dtype, (perDtype.get(checked.dtype) ?? 0n) + checked.numel);
    }
    info.tensorCount = tensorCount;
    info.parameterCount = Number(parameters);
    if (perDtype.size > 0) {
        info.dtypes = recordOf(new Map([...perDtype].map(([k, v]) => [k, Number(v)])));
    }
    const metadata = meta.toRecord();
    if (metadata)
        info.metadata = metadata;
    const license = meta.findIgnoreCase('license', 'licence');
    if (license !== undefined && license.trim() !== '')
        info.license = license.trim();
    if (problems.length > 0)
        info.problem = problems.join('; ');
    return info;
}
/**
 * Validates one tensor entry. Returns a problem string when dtype or shape is unusable, otherwise
 * the element count plus any problem with its data_offsets (then the count is not to be trusted).
 */
function checkTensor(name, entry, dataSize) {
    const label = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}\u2026` : name);
    if (!isPlainObject(entry))
        return `tensor ${label} is not an object`;
    const { dtype, shape, data_offsets: offsets } = entry;
    if (typeof dtype !== 'string' || dtype.length === 0 || dtype.length > 64) {
        return `tensor ${label} has no valid dtype`;
    }
    if (!Array.isArray(shape) || shape.length > 64)
        return `tensor ${label} has no valid shape`;
    let numel = 1n;
    for (const d of shape) {
        if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0) {
            return `tensor ${label} has an invalid dimension`;
        }
        numel *= BigInt(d);
    }
    const problem = checkOffsets(label, offsets, dtype, numel, dataSize);
    return problem === undefined ? { dtype, numel } : { dtype, numel, problem };
}
function checkOffsets(label, offsets, dtype, numel, dataSize) {
    if (!Array.isArray(offsets) ||
        offsets.length !== 2 ||
        !offsets.every((o) => typeof o === 'number' && Number.isSafeInteger(o) && o >= 0)) {
        return `tensor ${label} has no valid data_offsets`;
    }
    const [begin, end] = offsets;
    if (end < begin)
        return `tensor ${label} has data_offsets out of order`;
    if (end > dataSize) {
        return `tensor ${label} data ends at ${end}, past the ${dataSize}-byte data buffer (truncated?)`;
    }
    const width = safetensorsDtypeBytes(dtype);
    if (width !== undefined && BigInt(end - begin) !== numel * BigInt(width)) {
        return `tensor ${label} byte length does not match its shape and dtype`;
    }
    // Sub-byte and unknown dtypes: at least one bit per element must be there.
    if (width === undefined && numel * BigInt(DTYPE_BITS[dtype] ?? 1) > BigInt(end - begin) * 8n) {
        return `tensor ${label} declares more elements than its bytes can hold`;
    }
    return undefined;
}

/** True when bytes 4\u20137 hold the TFLite FlatBuffer file identifier `TFL3`. */
function hasTfliteIdentifier(head) {
    return (head.length >= 8 && head[4] === 0x54 && head[5] === 0x46 && head[6] === 0x4c && head[7] === 0x33);
}
/** Detects a TFLite model by its file identifier; the FlatBuffer itself is not walked. */
async function readTfliteHeader(src) {
    try {
        const head = await readExact(src, 0, 8);
        if (!head || !hasTfliteIdentifier(head)) {
            return { format: 'tflite', problem: 'missing the TFL3 file identifier' };
        }
        return { format: 'tflite' };
    }
    catch (err) {
        return { format: 'tflite', problem: problemOf(err) };
    }
}

function startsWith(head, bytes, at = 0) {
    if (head.length < at + bytes.length)
        return false;
    for (let i = 0; i < bytes.length; i++)
        if (head[at + i] !== bytes[i])
            return false;
    return true;
}
function ascii(text) {
    return Array.from(text, (c) => c.charCodeAt(0));
}
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
/** Offsets where an HDF5 superblock may start (after a user block), besides 0. */
const HDF5_PROBE_OFFSETS = [512, 1024, 2048];
/** pickle.dumps(0x1950a86a20f9469cfc6c, protocol=2): torch's legacy magic number. */
const TORCH_LEGACY_MAGIC = [
    0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e
];
const NPY_MAGIC = [0x93, ...ascii('NUMPY')];
const GGML_MAGICS = [ascii('lmgg'), ascii('fmgg'), ascii('tjgg')];
/**
 * Identifies a file from its first bytes (SNIFF_BYTES suffice). `size` lets the safetensors check
 * see that the claimed header fits the file.
 */
function sniffSignature(head, size) {
    if (startsWith(head, ascii('GGUF')))
        return 'gguf';
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
        return 'zip';
    }
    if (startsWith(head, [0x1f, 0x8b]))
        return 'gzip';
    if (startsWith(head, HDF5_SIGNATURE))
        return 'hdf5';
    if (startsWith(head, TORCH_LEGACY_MAGIC))
        return 'pytorch-legacy';
    if (head.length >= 2 && head[0] === 0x80 && head[1] >= 2 && head[1] <= 5)
        return 'pickle';
    if (startsWith(head, NPY_MAGIC))
        return 'numpy';
    if (hasTfliteIdentifier(head))
        return 'tflite';
    if (GGML_MAGICS.some((m) => startsWith(head, m)))
        return 'ggml';
    if (startsWith(head, ascii('MZqFpD')))
        return 'llamafile';
    if (startsWith(head, ascii('version https://')) || startsWith(head, ascii('version http://'))) {
        return 'lfs-pointer';
    }
    if (head.length >= 9 && head[8] === 0x7b) {
        const n = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
        if (n > 0n && n <= BigInt(Math.max(0, size - 8)))
            return 'safetensors';
    }
    return null;
}
/** Looks for the HDF5 signature after a user block (512, 1024, 2048); reads 8 bytes per probe. */
async function probeHdf5UserBlock(src) {
    for (const offset of HDF5_PROBE_OFFSETS) {
        const bytes = await readExact(src, offset, HDF5_SIGNATURE.length);
        if (!bytes)
            return false;
        if (startsWith(bytes, HDF5_SIGNATURE))
            return true;
    }
    return false;
}
/** Largest .npy header read (format v1 caps it at 65535; later versions allow more). */
const NPY_MAX_HEADER = 64 * 1024;
/** Reads a .npy header dict for dtype and shape; one array \u2192 one "tensor". */
async function readNpyHeader(src) {
    const info = { format: 'numpy' };
    try {
        const head = await readExact(src, 0, 12);
        if (!head || !startsWith(head, NPY_MAGIC))
            return { ...info, problem: 'missing NUMPY magic' };
        const major = head[6];
        const dv = new DataView(head.buffer, head.byteOffset, 12);
        let headerLength;
        let start;
        if (major === 1) {
            headerLength = dv.getUint16(8, true);
            start = 10;
        }
        else if (major === 2 || major === 3) {
            headerLength = dv.getUint32(8, true);
            start = 12;
        }
        else
            return { ...info, problem: `unsupported .npy version ${major}` };
        if (headerLength > NPY_MAX_HEADER) {
            return { ...info, problem: `.npy header of ${headerLength} bytes is over the cap` };
        }
        const bytes = await readExact(src, start, headerLength);
        if (!bytes)
            return { ...info, problem: '.npy header is truncated' };
        const text = decodeUtf8(bytes);
        const descr = /['"]descr['"]\s*:\s*['"]([^'"]{1,32})['"]/.exec(text)?.[1];
        const shapeText = /['"]shape['"]\s*:\s*\(([^)]{0,1024})\)/.exec(text)?.[1];
        if (shapeText === undefined)
            return { ...info, problem: '.npy header has no shape' };
        const dims = shapeText
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '');
        if (!dims.every((d) => /^\d{1,16}L?$/.test(d)))
            return { ...info, problem: 'bad .npy shape' };
        const numel = dims.reduce((acc, d) => acc * BigInt(d.replace('L', '')), 1n);
        info.tensorCount = 1;
        info.parameterCount = Number(numel);
        info.dtypes = Object.fromEntries([[descr ?? 'unknown', Number(numel)]]);
        return info;
    }
    catch (err) {
        return { ...info, problem: problemOf(err) };
    }
}

var yauzl$1 = {};

var fdSlicer = {};

var pend;
var hasRequiredPend;

function requirePend () {
	if (hasRequiredPend) return pend;
	hasRequiredPend = 1;
	pend = Pend;

	function Pend() {
	  this.pending = 0;
	  this.max = Infinity;
	  this.listeners = [];
	  this.waiting = [];
	  this.error = null;
	}

	Pend.prototype.go = function(fn) {
	  if (this.pending < this.max) {
	    pendGo(this, fn);
	  } else {
	    this.waiting.push(fn);
	  }
	};

	Pend.prototype.wait = function(cb) {
	  if (this.pending === 0) {
	    cb(this.error);
	  } else {
	    this.listeners.push(cb);
	  }
	};

	Pend.prototype.hold = function() {
	  return pendHold(this);
	};

	function pendHold(self) {
	  self.pending += 1;
	  var called = false;
	  return onCb;
	  function onCb(err) {
	    if (called) throw new Error("callback called twice");
	    called = true;
	    self.error = self.error || err;
	    self.pending -= 1;
	    if (self.waiting.length > 0 && self.pending < self.max) {
	      pendGo(self, self.waiting.shift());
	    } else if (self.pending === 0) {
	      var listeners = self.listeners;
	      self.listeners = [];
	      listeners.forEach(cbListener);
	    }
	  }
	  function cbListener(listener) {
	    listener(self.error);
	  }
	}

	function pendGo(self, fn) {
	  fn(pendHold(self));
	}
	return pend;
}

var hasRequiredFdSlicer;

function requireFdSlicer () {
	if (hasRequiredFdSlicer) return fdSlicer;
	hasRequiredFdSlicer = 1;
	// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
	var fs = fs__default;
	var util = require$$6;
	var stream = require$$5;
	var Readable = stream.Readable;
	var PassThrough = stream.PassThrough;
	var Pend = requirePend();
	var EventEmitter = require$$4.EventEmitter;

	fdSlicer.BufferSlicer = BufferSlicer;
	fdSlicer.FdSlicer = FdSlicer;

	util.inherits(FdSlicer, EventEmitter);
	function FdSlicer(fd) {
	  EventEmitter.call(this);

	  this.fd = fd;
	  this.pend = new Pend();
	  this.pend.max = 1;
	  this.refCount = 0;
	}

	FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
	  var self = this;
	  self.pend.go(function(cb) {
	    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
	      cb();
	      callback(err, bytesRead, buffer);
	    });
	  });
	};

	FdSlicer.prototype.createReadStream = function(options) {
	  return new ReadStream(this, options);
	};

	FdSlicer.prototype.ref = function() {
	  this.refCount += 1;
	};

	FdSlicer.prototype.unref = function() {
	  var self = this;
	  self.refCount -= 1;
	  if (self.refCount < 0) throw new Error("invalid unref");
	  if (self.refCount > 0) return;

	  fs.close(self.fd, onCloseDone);

	  function onCloseDone(err) {
	    if (err) {
	      self.emit('error', err);
	    } else {
	      self.emit('close');
	    }
	  }
	};

	util.inherits(ReadStream, Readable);
	function ReadStream(context, options) {
	  options = options || {};
	  Readable.call(this, options);

	  this.context = context;
	  this.context.ref();

	  this.start = options.start || 0;
	  this.endOffset = options.end;
	  this.pos = this.start;
	}

	ReadStream.prototype._read = function(n) {
	  var self = this;

	  var toRead = Math.min(self._readableState.highWaterMark, n);
	  if (self.endOffset != null) {
	    toRead = Math.min(toRead, self.endOffset - self.pos);
	  }
	  if (toRead <= 0) {
	    self.push(null);
	    this._cleanup();
	    return;
	  }
	  self.context.pend.go(function(cb) {
	    var buffer = Buffer.allocUnsafe(toRead);
	    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
	      if (err) {
	        self.destroy(err);
	      } else if (bytesRead === 0) {
	        self.push(null);
	        self._cleanup();
	      } else {
	        self.pos += bytesRead;
	        self.push(buffer.slice(0, bytesRead));
	      }
	      cb();
	    });
	  });
	};

	ReadStream.prototype._destroy = function(err, cb) {
	  // Node 14+ calls this automatically at EOF.
	  this._cleanup();
	  cb(err);
	};

	ReadStream.prototype._cleanup = function() {
	  if (this.context != null) {
	    this.context.unref();
	    this.context = null;
	  }
	};

	util.inherits(BufferSlicer, EventEmitter);
	function BufferSlicer(buffer) {
	  EventEmitter.call(this);

	  this.refCount = 0;
	  this.buffer = buffer;
	}

	BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
	  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
	  if (position < 0) throw new RangeError("position is negative: " + position);
	  if (offset + length > buffer.length) {
	    // The caller's buffer can't hold all the bytes they're trying to read.
	    // Clamp the length instead of giving an error.
	    // The callback will be informed of fewer than expected bytes written.
	    length = buffer.length - offset;
	  }
	  if (position + length > this.buffer.length) {
	    // Clamp any attempt to read past the end of the source buffer.
	    length = this.buffer.length - position;
	  }
	  if (length <= 0) {
	    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
	    // This isn't an error; it's just zero bytes written.
	    setImmediate(function() {
	      callback(null, 0);
	    });
	    return;
	  }
	  this.buffer.copy(buffer, offset, position, position + length);
	  setImmediate(function() {
	    callback(null, length);
	  });
	};

	BufferSlicer.prototype.createReadStream = function(options) {
	  options = options || {};
	  var readStream = new PassThrough(options);
	  readStream.start = options.start || 0;
	  readStream.endOffset = options.end;
	  // by the time this function returns, we'll be done.
	  readStream.pos = readStream.endOffset || this.buffer.length;

	  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
	  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
	  // See https://github.com/thejoshwolfe/yauzl/issues/87
	  var maxChunkSize = 0x10000;
	  var offset = 0;
	  while (true) {
	    var nextOffset = offset + maxChunkSize;
	    if (nextOffset >= entireSlice.length) {
	      // last chunk
	      if (offset < entireSlice.length) {
	        readStream.write(entireSlice.slice(offset, entireSlice.length));
	      }
	      break;
	    }
	    readStream.write(entireSlice.slice(offset, nextOffset));
	    offset = nextOffset;
	  }

	  readStream.end();
	  return readStream;
	};

	BufferSlicer.prototype.ref = function() {
	  this.refCount += 1;
	};

	BufferSlicer.prototype.unref = function() {
	  this.refCount -= 1;

	  if (this.refCount < 0) {
	    throw new Error("invalid unref");
	  }
	};
	return fdSlicer;
}

var crc32_1;
var hasRequiredCrc32;

function requireCrc32 () {
	if (hasRequiredCrc32) return crc32_1;
	hasRequiredCrc32 = 1;
	// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
	const CRC_TABLE = new Int32Array([
	  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
	  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
	  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
	  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
	  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
	  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
	  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
	  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
	  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
	  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
	  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
	  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
	  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
	  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
	  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
	  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
	  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
	  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
	  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
	  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
	  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
	  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
	  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
	  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
	  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
	  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
	  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
	  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
	  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
	  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
	  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
	  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
	]);

	function crc32(buf) {
	  let crc = -1;
	  for (let x of buf) {
	    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
	  }
	  return (crc ^ -1) >>> 0;
	}

	crc32_1 = crc32;
	return crc32_1;
}

var hasRequiredYauzl;

function requireYauzl () {
	if (hasRequiredYauzl) return yauzl$1;
	hasRequiredYauzl = 1;
	var fs = fs__default;
	var zlib = require$$1;
	var fd_slicer = requireFdSlicer();
	var util = require$$6;
	var EventEmitter = require$$4.EventEmitter;
	var Transform = require$$5.Transform;
	var PassThrough = require$$5.PassThrough;
	var Writable = require$$5.Writable;

	// Node 20 added zlib.crc32.
	const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : requireCrc32();

	yauzl$1.open = open;
	yauzl$1.fromFd = fromFd;
	yauzl$1.fromBuffer = fromBuffer;
	yauzl$1.fromRandomAccessReader = fromRandomAccessReader;
	yauzl$1.openPromise = openPromise;
	yauzl$1.fromFdPromise = fromFdPromise;
	yauzl$1.fromBufferPromise = fromBufferPromise;
	yauzl$1.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

	yauzl$1.dosDateTimeToDate = dosDateTimeToDate;
	yauzl$1.getFileNameLowLevel = getFileNameLowLevel;
	yauzl$1.validateFileName = validateFileName;
	yauzl$1.parseExtraFields = parseExtraFields;
	yauzl$1.ZipFile = ZipFile;
	yauzl$1.Entry = Entry;
	yauzl$1.LocalFileHeader = LocalFileHeader;
	yauzl$1.RandomAccessReader = RandomAccessReader;

	function openPromise(path, options) {
	  return new Promise((resolve, reject) => {
	    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}
	function fromFdPromise(fd, options) {
	  return new Promise((resolve, reject) => {
	    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}
	function fromBufferPromise(buffer, options) {
	  return new Promise((resolve, reject) => {
	    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}
	function fromRandomAccessReaderPromise(reader, totalSize, options) {
	  return new Promise((resolve, reject) => {
	    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}

	function open(path, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  if (options.autoClose == null) options.autoClose = true;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  if (callback == null) callback = defaultCallback;
	  fs.open(path, "r", function(err, fd) {
	    if (err) return callback(err);
	    fromFd(fd, options, function(err, zipfile) {
	      if (err) fs.close(fd, defaultCallback);
	      callback(err, zipfile);
	    });
	  });
	}

	function fromFd(fd, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  if (options.autoClose == null) options.autoClose = false;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  if (callback == null) callback = defaultCallback;
	  fs.fstat(fd, function(err, stats) {
	    if (err) return callback(err);
	    var reader = new fd_slicer.FdSlicer(fd);
	    fromRandomAccessReader(reader, stats.size, options, callback);
	  });
	}

	function fromBuffer(buffer, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  options.autoClose = false;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  var reader = new fd_slicer.BufferSlicer(buffer);
	  fromRandomAccessReader(reader, buffer.length, options, callback);
	}

	function fromRandomAccessReader(reader, totalSize, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  if (options.autoClose == null) options.autoClose = true;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  var decodeStrings = !!options.decodeStrings;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  if (callback == null) callback = defaultCallback;
	  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
	  if (totalSize > Number.MAX_SAFE_INTEGER) {
	    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
	  }

	  // the matching unref() call is in zipfile.close()
	  reader.ref();

	  // eocdr means End of Central Directory Record.
	  // search backwards for the eocdr signature.
	  // the last field of the eocdr is a variable-length comment.
	  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
	  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
	  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
	  var eocdrWithoutCommentSize = 22;
	  var zip64EocdlSize = 20; // Zip64 end of central directory locator
	  var maxCommentSize = 0xffff; // 2-byte size
	  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
	  var buffer = newBuffer(bufferSize);
	  var bufferReadStart = totalSize - buffer.length;
	  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
	    if (err) return callback(err);
	    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
	      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
	      // found eocdr
	      var eocdrBuffer = buffer.subarray(i);

	      // 0 - End of central directory signature = 0x06054b50
	      // 4 - Number of this disk
	      var diskNumber = eocdrBuffer.readUInt16LE(4);
	      // 6 - Disk where central directory starts
	      // 8 - Number of central directory records on this disk
	      // 10 - Total number of central directory records
	      var entryCount = eocdrBuffer.readUInt16LE(10);
	      // 12 - Size of central directory (bytes)
	      // 16 - Offset of start of central directory, relative to start of archive
	      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
	      // 20 - Comment length
	      var commentLength = eocdrBuffer.readUInt16LE(20);
	      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
	      if (commentLength !== expectedCommentLength) {
	        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263a\u263b` in the comment?"));
	      }
	      // 22 - Comment
	      // the encoding is always cp437.
	      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
	                                  : eocdrBuffer.subarray(22);

	      // Look for a Zip64 end of central directory locator
	      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
	        // ZIP64 format
	        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
	        // 0 - zip64 end of central dir locator signature = 0x07064b50
	        // 4 - number of the disk with the start of the zip64 end of central directory
	        // 8 - relative offset of the zip64 end of central directory record
	        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
	        // 16 - total number of disks

	        // ZIP64 end of central directory record
	        var zip64EocdrBuffer = newBuffer(56);
	        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
	          if (err) return callback(err);

	          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
	          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
	            return callback(new Error("invalid zip64 end of central directory record signature"));
	          }
	          // 4 - size of zip64 end of central directory record                8 bytes
	          // 12 - version made by                                             2 bytes
	          // 14 - version needed to extract                                   2 bytes
	          // 16 - number of this disk                                         4 bytes
	          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
	          if (diskNumber !== 0) {
	            // Check this only after zip64 overrides. See #118.
	            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
	          }
	          // 20 - number of the disk with the start of the central directory  4 bytes
	          // 24 - total number of entries in the central directory on this disk         8 bytes
	          // 32 - total number of entries in the central directory            8 bytes
	          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
	          // 40 - size of the central directory                               8 bytes
	          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
	          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
	          // 56 - zip64 extensible data sector                                (variable size)
	          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
	        });
	      }

	      // Not ZIP64 format
	      if (diskNumber !== 0) {
	        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
	      }
	      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

	    }

	    // Not a zip file.
	    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
	  });
	}

	util.inherits(ZipFile, EventEmitter);
	function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
	  var self = this;
	  EventEmitter.call(self);
	  self.reader = reader;
	  // forward close events
	  self.reader.on("error", function(err) {
	    // error closing the fd
	    emitError(self, err);
	  });
	  self.reader.once("close", function() {
	    self.emit("close");
	  });
	  self.readEntryCursor = centralDirectoryOffset;
	  self.fileSize = fileSize;
	  self.entryCount = entryCount;
	  self.comment = comment;
	  self.entriesRead = 0;
	  self.autoClose = !!autoClose;
	  self.lazyEntries = !!lazyEntries;
	  self.decodeStrings = !!decodeStrings;
	  self.validateEntrySizes = !!validateEntrySizes;
	  self.strictFileNames = !!strictFileNames;
	  self.isOpen = true;
	  self.emittedError = false;
	  self.hasEachEntryBeenCalled = false;

	  if (!self.lazyEntries) self._readEntry();
	}
	ZipFile.prototype.close = function() {
	  if (!this.isOpen) return;
	  this.isOpen = false;
	  this.reader.unref();
	};

	function emitErrorAndAutoClose(self, err) {
	  if (self.autoClose) self.close();
	  emitError(self, err);
	}
	function emitError(self, err) {
	  if (self.emittedError) return;
	  self.emittedError = true;
	  self.emit("error", err);
	}

	ZipFile.prototype.readEntry = function() {
	  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
	  this._readEntry();
	};
	ZipFile.prototype._readEntry = function() {
	  var self = this;
	  if (self.entryCount === self.entriesRead) {
	    // done with metadata
	    setImmediate(function() {
	      if (self.autoClose) self.close();
	      if (self.emittedError) return;
	      self.emit("end");
	    });
	    return;
	  }
	  if (self.emittedError) return;
	  var buffer = newBuffer(46);
	  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
	    if (err) return emitErrorAndAutoClose(self, err);
	    if (self.emittedError) return;
	    var entry = new Entry();
	    // 0 - Central directory file header signature
	    var signature = buffer.readUInt32LE(0);
	    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
	    // 4 - Version made by
	    entry.versionMadeBy = buffer.readUInt16LE(4);
	    // 6 - Version needed to extract (minimum)
	    entry.versionNeededToExtract = buffer.readUInt16LE(6);
	    // 8 - General purpose bit flag
	    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
	    // 10 - Compression method
	    entry.compressionMethod = buffer.readUInt16LE(10);
	    // 12 - File last modification time
	    entry.lastModFileTime = buffer.readUInt16LE(12);
	    // 14 - File last modification date
	    entry.lastModFileDate = buffer.readUInt16LE(14);
	    // 16 - CRC-32
	    entry.crc32 = buffer.readUInt32LE(16);
	    // 20 - Compressed size
	    entry.compressedSize = buffer.readUInt32LE(20);
	    // 24 - Uncompressed size
	    entry.uncompressedSize = buffer.readUInt32LE(24);
	    // 28 - File name length (n)
	    entry.fileNameLength = buffer.readUInt16LE(28);
	    // 30 - Extra field length (m)
	    entry.extraFieldLength = buffer.readUInt16LE(30);
	    // 32 - File comment length (k)
	    entry.fileCommentLength = buffer.readUInt16LE(32);
	    // 34 - Disk number where file starts
	    // 36 - Internal file attributes
	    entry.internalFileAttributes = buffer.readUInt16LE(36);
	    // 38 - External file attributes
	    entry.externalFileAttributes = buffer.readUInt32LE(38);
	    // 42 - Relative offset of local file header
	    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

	    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

	    self.readEntryCursor += 46;

	    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
	    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
	      if (err) return emitErrorAndAutoClose(self, err);
	      if (self.emittedError) return;
	      // 46 - File name
	      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
	      // 46+n - Extra field
	      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
	      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
	      // 46+n+m - File comment
	      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

	      // Parse the extra fields, which we need for processing other fields.
	      try {
	        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
	      } catch (err) {
	        return emitErrorAndAutoClose(self, err);
	      }

	      // Interpret strings according to bit flags, extra fields, and options.
	      if (self.decodeStrings) {
	        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
	        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
	        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
	        var errorMessage = validateFileName(entry.fileName);
	        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
	      } else {
	        entry.fileComment = entry.fileCommentRaw;
	        entry.fileName = entry.fileNameRaw;
	      }
	      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
	      entry.comment = entry.fileComment;

	      self.readEntryCursor += buffer.length;
	      self.entriesRead += 1;

	      // Check for the Zip64 Extended Information Extra Field.
	      for (var i = 0; i < entry.extraFields.length; i++) {
	        var extraField = entry.extraFields[i];
	        if (extraField.id !== 0x0001) continue;
	        // Found it.

	        var zip64EiefBuffer = extraField.data;
	        var index = 0;
	        // 0 - Original Size          8 bytes
	        if (entry.uncompressedSize === 0xffffffff) {
	          if (index + 8 > zip64EiefBuffer.length) {
	            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
	          }
	          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
	          index += 8;
	        }
	        // 8 - Compressed Size        8 bytes
	        if (entry.compressedSize === 0xffffffff) {
	          if (index + 8 > zip64EiefBuffer.length) {
	            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
	          }
	          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
	          index += 8;
	        }
	        // 16 - Relative Header Offset 8 bytes
	        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
	          if (index + 8 > zip64EiefBuffer.length) {
	            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
	          }
	          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
	          index += 8;
	        }
	        // 24 - Disk Start Number      4 bytes

	        break;
	      }

	      // validate file size
	      if (self.validateEntrySizes && entry.compressionMethod === 0) {
	        var expectedCompressedSize = entry.uncompressedSize;
	        if (entry.isEncrypted()) {
	          // traditional encryption prefixes the file data with a header
	          expectedCompressedSize += 12;
	        }
	        if (entry.compressedSize !== expectedCompressedSize) {
	          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
	          return emitErrorAndAutoClose(self, new Error(msg));
	        }
	      }

	      self.emit("entry", entry);

	      if (!self.lazyEntries) self._readEntry();
	    });
	  });
	};

	ZipFile.prototype.eachEntry = function() {
	  const self = this;
	  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
	  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
	  self.hasEachEntryBeenCalled = true;

	  let pendingResolveReject = null;
	  self.on("entry", onEntry);
	  self.on("end", onEnd);
	  self.on("error", onError);
	  function cleanup() {
	    self.removeListener("entry", onEntry);
	    self.removeListener("end", onEnd);
	    self.removeListener("error", onError);
	    if (self.autoClose) self.close();
	  }

	  function onEntry(entry) {
	    let {resolve} = pendingResolveReject;
	    pendingResolveReject = null;
	    resolve({value: entry});
	  }
	  function onEnd() {
	    let {resolve} = pendingResolveReject;
	    pendingResolveReject = null;
	    cleanup();
	    resolve({done: true});
	  }
	  function onError(err) {
	    let {reject} = pendingResolveReject;
	    pendingResolveReject = null;
	    cleanup();
	    reject(err);
	  }

	  return {
	    [Symbol.asyncIterator]() {
	      // Called once by `for await...of`.
	      return this;
	    },
	    next() {
	      // Called on each iteration in a `for await...of`.
	      const promise = new Promise((resolve, reject) => {
	        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
	        pendingResolveReject = {resolve, reject};
	      });
	      self.readEntry();
	      return promise;
	    },
	    return(value) {
	      // Called when breaking, returning, throwing out of a `for await...of`.
	      cleanup();
	      return Promise.resolve({done: true, value});
	    },
	    throw(value) {
	      // Almost never called. Something about `yield*` maybe?
	      cleanup();
	      return Promise.reject(value);
	    },
	  };
	};

	ZipFile.prototype.openReadStream = function(entry, options, callback) {
	  var self = this;
	  // parameter validation
	  var relativeStart = 0;
	  var relativeEnd = entry.compressedSize;
	  if (callback == null) {
	    callback = options;
	    options = null;
	  }
	  if (options == null) {
	    options = {};
	  } else {
	    if (options.decodeFileData === false) {
	      // new, simple option
	      if (options.decrypt != null) {
	        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
	      }
	      if (options.decompress != null) {
	        throw new Error("cannot use options.decompress when options.decodeFileData === false");
	      }
	      // start and end are allowed
	    } else {
	      // old, complicated options
	      if (options.decrypt != null) {
	        if (!entry.isEncrypted()) {
	          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
	        }
	        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
	        if (entry.isCompressed()) {
	          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
	        }
	      }
	      if (options.decompress != null) {
	        if (!entry.isCompressed()) {
	          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
	        }
	        if (!(options.decompress === false || options.decompress === true)) {
	          throw new Error("invalid options.decompress value: " + options.decompress);
	        }
	        decompress = options.decompress;
	      }
	    }
	    if (options.start != null) {
	      relativeStart = options.start;
	      if (relativeStart < 0) throw new Error("options.start < 0");
	      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
	    }
	    if (options.end != null) {
	      relativeEnd = options.end;
	      if (relativeEnd < 0) throw new Error("options.end < 0");
	      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
	      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
	    }
	  }
	  var rawMode = (
	    options.decodeFileData === false || // Explicitly requested raw.
	    (
	      (entry.compressionMethod === 0 || // Naturally without compression.
	        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
	      ) &&
	      (!entry.isEncrypted() || // Naturally without encryption.
	        options.decrypt === false // Deprecated encryption bypass option.
	      )
	    )
	  );
	  if (options.start != null || options.end != null) {
	    // Ensure slicing deals with raw data.
	    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
	  }

	  // any further errors can either be caused by the zipfile,
	  // or were introduced in a minor version of yauzl,
	  // so should be passed to the client rather than thrown.
	  if (!self.isOpen) return callback(new Error("closed"));
	  if (entry.isEncrypted() && !rawMode) {
	    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
	  }
	  var decompress;
	  if (rawMode) {
	    decompress = false;
	  } else if (entry.compressionMethod === 8) {
	    // 8 - The file is Deflated
	    decompress = options.decodeFileData !== true;
	  } else {
	    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
	  }

	  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
	    if (err) return callback(err);
	    self.openReadStreamLowLevel(
	      localFileHeader.fileDataStart, entry.compressedSize,
	      relativeStart, relativeEnd,
	      decompress, entry.uncompressedSize,
	      callback);
	  });
	};

	ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
	  var self = this;
	  var readStream = self.reader.createReadStream({
	    start: fileDataStart + relativeStart,
	    end: fileDataStart + relativeEnd,
	  });
	  var endpointStream = readStream;
	  if (decompress) {
	    var destroyed = false;
	    var inflateFilter = zlib.createInflateRaw();
	    readStream.on("error", function(err) {
	      // setImmediate here because errors can be emitted during the first call to pipe()
	      setImmediate(function() {
	        if (!destroyed) inflateFilter.emit("error", err);
	      });
	    });
	    readStream.pipe(inflateFilter);

	    if (self.validateEntrySizes) {
	      endpointStream = new AssertByteCountStream(uncompressedSize);
	      inflateFilter.on("error", function(err) {
	        // forward zlib errors to the client-visible stream
	        setImmediate(function() {
	          if (!destroyed) endpointStream.emit("error", err);
	        });
	      });
	      inflateFilter.pipe(endpointStream);
	    } else {
	      // the zlib filter is the client-visible stream
	      endpointStream = inflateFilter;
	    }
	    // this is part of yauzl's API, so implement this function on the client-visible stream
	    installDestroyFn(endpointStream, function() {
	      destroyed = true;
	      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
	      readStream.unpipe(inflateFilter);
	      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
	      readStream.destroy();
	    });
	  }
	  callback(null, endpointStream);
	};

	ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
	  var self = this;
	  if (callback == null) {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};

	  self.reader.ref();
	  var buffer = newBuffer(30);
	  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
	    try {
	      if (err) return callback(err);
	      // 0 - Local file header signature = 0x04034b50
	      var signature = buffer.readUInt32LE(0);
	      if (signature !== 0x04034b50) {
	        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
	      }

	      var fileNameLength = buffer.readUInt16LE(26);
	      var extraFieldLength = buffer.readUInt16LE(28);
	      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
	      // We now have enough information to do this bounds check.
	      if (fileDataStart + entry.compressedSize > self.fileSize) {
	        return callback(new Error("file data overflows file bounds: " +
	            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
	      }

	      if (options.minimal) {
	        return callback(null, {fileDataStart: fileDataStart});
	      }

	      var localFileHeader = new LocalFileHeader();
	      localFileHeader.fileDataStart = fileDataStart;

	      // 4 - Version needed to extract (minimum)
	      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
	      // 6 - General purpose bit flag
	      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
	      // 8 - Compression method
	      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
	      // 10 - File last modification time
	      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
	      // 12 - File last modification date
	      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
	      // 14 - CRC-32
	      localFileHeader.crc32 = buffer.readUInt32LE(14);
	      // 18 - Compressed size
	      localFileHeader.compressedSize = buffer.readUInt32LE(18);
	      // 22 - Uncompressed size
	      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
	      // 26 - File name length (n)
	      localFileHeader.fileNameLength = fileNameLength;
	      // 28 - Extra field length (m)
	      localFileHeader.extraFieldLength = extraFieldLength;
	      // 30 - File name
	      // 30+n - Extra field

	      buffer = newBuffer(fileNameLength + extraFieldLength);
	      self.reader.ref();
	      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
	        try {
	          if (err) return callback(err);
	          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
	          localFileHeader.extraField = buffer.subarray(fileNameLength);
	          return callback(null, localFileHeader);
	        } finally {
	          self.reader.unref();
	        }
	      });
	    } finally {
	      self.reader.unref();
	    }
	  });
	};

	ZipFile.prototype.openReadStreamPromise = function(entry, options) {
	  return new Promise((resolve, reject) => {
	    this.openReadStream(entry, options, function(err, readStream) {
	      if (err) return reject(err);
	      resolve(readStream);
	    });
	  });
	};
	ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
	  return new Promise((resolve, reject) => {
	    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
	      if (err) return reject(err);
	      resolve(readStream);
	    });
	  });
	};
	ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
	  return new Promise((resolve, reject) => {
	    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
	      if (err) return reject(err);
	      resolve(localFileHeader);
	    });
	  });
	};

	function Entry() {
	}
	Entry.prototype.getLastModDate = function(options) {
	  if (options == null) options = {};

	  if (!options.forceDosFormat) {
	    // Check extended fields.
	    for (var i = 0; i < this.extraFields.length; i++) {
	      var extraField = this.extraFields[i];
	      if (extraField.id === 0x5455) {
	        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
	        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
	        var data = extraField.data;
	        if (data.length < 5) continue; // Too short.
	        // The flags define which of the three fields are present: mtime, atime, ctime.
	        // We only care about mtime.
	        // Also, ctime is never included in practice.
	        // And also, atime is only included in the local file header for some reason
	        // despite the flags lying about its inclusion in the central header.
	        var flags = data[0];
	        var HAS_MTIME = 1;
	        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
	        // Although the positions of all of the fields shift around depending on the presence of other fields,
	        // mtime is always first if present, and that's the only one we care about.
	        var posixTimestamp = data.readInt32LE(1);
	        return new Date(posixTimestamp * 1000);
	      } else if (extraField.id === 0x000a) {
	        var data = extraField.data;
	        if (data.length !== 32) continue; // The length is always the same.
	        // 4 bytes reserved
	        // 2 bytes Tag
	        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
	        // 2 bytes Size
	        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
	        // 8 bytes Mtime
	        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
	        // Convert from NTFS to POSIX milliseconds.
	        // The big number below is the milliseconds between year 1601 and year 1970
	        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
	        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
	        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
	        // and NTFS timestamps are typically much bigger than that limit.
	        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
	        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
	        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
	        // Up through the year 2057, this conversion only drops 4 bits of precision,
	        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
	        return new Date(millisecondsSince1970);
	      }
	    }
	  }

	  // Fallback to non-extended encoding.
	  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
	};

	Entry.prototype.canDecodeFileData = function() {
	  return (
	    !this.isEncrypted() &&
	    (this.compressionMethod === 0 || this.compressionMethod === 8)
	  );
	};
	Entry.prototype.isEncrypted = function() {
	  return (this.generalPurposeBitFlag & 0x1) !== 0;
	};
	Entry.prototype.isCompressed = function() {
	  return this.compressionMethod === 8;
	};

	function LocalFileHeader() {
	}

	function dosDateTimeToDate(date, time, timezone) {
	  var day = date & 0x1f; // 1-31
	  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
	  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

	  var millisecond = 0;
	  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
	  var minute = time >> 5 & 0x3f; // 0-59
	  var hour = time >> 11 & 0x1f; // 0-23

	  if (timezone == null || timezone === "local") {
	    return new Date(year, month, day, hour, minute, second, millisecond);
	  } else if (timezone === "UTC") {
	    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
	  } else {
	    throw new Error("unrecognized options.timezone: " + options.timezone);
	  }
	}

	function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
	  var fileName = null;

	  // check for Info-ZIP Unicode Path Extra Field (0x7075)
	  // see https://github.com/thejoshwolfe/yauzl/issues/33
	  for (var i = 0; i < extraFields.length; i++) {
	    var extraField = extraFields[i];
	    if (extraField.id === 0x7075) {
	      if (extraField.data.length < 6) {
	        // too short to be meaningful
	        continue;
	      }
	      // Version       1 byte      version of this extra field, currently 1
	      if (extraField.data.readUInt8(0) !== 1) {
	        // > Changes may not be backward compatible so this extra
	        // > field should not be used if the version is not recognized.
	        continue;
	      }
	      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
	      var oldNameCrc32 = extraField.data.readUInt32LE(1);
	      if (crc32(fileNameBuffer) !== oldNameCrc32) {
	        // > If the CRC check fails, this UTF-8 Path Extra Field should be
	        // > ignored and the File Name field in the header should be used instead.
	        continue;
	      }
	      // UnicodeName   Variable    UTF-8 version of the entry File Name
	      fileName = decodeBuffer(extraField.data.subarray(5), true);
	      break;
	    }
	  }

	  if (fileName == null) {
	    // The typical case.
	    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
	    fileName = decodeBuffer(fileNameBuffer, isUtf8);
	  }

	  if (!strictFileNames) {
	    // Allow backslash.
	    fileName = fileName.replace(/\\/g, "/");
	  }
	  return fileName;
	}

	function validateFileName(fileName) {
	  if (fileName.indexOf("\\") !== -1) {
	    return "invalid characters in fileName: " + fileName;
	  }
	  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
	    return "absolute path: " + fileName;
	  }
	  if (fileName.split("/").indexOf("..") !== -1) {
	    return "invalid relative path: " + fileName;
	  }
	  // all good
	  return null;
	}

	function parseExtraFields(extraFieldBuffer) {
	  var extraFields = [];
	  var i = 0;
	  while (i < extraFieldBuffer.length - 3) {
	    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
	    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
	    var dataStart = i + 4;
	    var dataEnd = dataStart + dataSize;
	    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
	    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
	    extraFields.push({
	      id: headerId,
	      data: dataBuffer,
	    });
	    i = dataEnd;
	  }
	  return extraFields;
	}

	function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
	  if (length === 0) {
	    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
	    return setImmediate(function() { callback(null, newBuffer(0)); });
	  }
	  reader.read(buffer, offset, length, position, function(err, bytesRead) {
	    if (err) return callback(err);
	    if (bytesRead < length) {
	      return callback(new Error("unexpected EOF"));
	    }
	    callback();
	  });
	}

	util.inherits(AssertByteCountStream, Transform);
	function AssertByteCountStream(byteCount) {
	  Transform.call(this);
	  this.actualByteCount = 0;
	  this.expectedByteCount = byteCount;
	}
	AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
	  this.actualByteCount += chunk.length;
	  if (this.actualByteCount > this.expectedByteCount) {
	    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
	    return cb(new Error(msg));
	  }
	  cb(null, chunk);
	};
	AssertByteCountStream.prototype._flush = function(cb) {
	  if (this.actualByteCount < this.expectedByteCount) {
	    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
	    return cb(new Error(msg));
	  }
	  cb();
	};

	util.inherits(RandomAccessReader, EventEmitter);
	function RandomAccessReader() {
	  EventEmitter.call(this);
	  this.refCount = 0;
	}
	RandomAccessReader.prototype.ref = function() {
	  this.refCount += 1;
	};
	RandomAccessReader.prototype.unref = function() {
	  var self = this;
	  self.refCount -= 1;

	  if (self.refCount > 0) return;
	  if (self.refCount < 0) throw new Error("invalid unref");

	  self.close(onCloseDone);

	  function onCloseDone(err) {
	    if (err) return self.emit('error', err);
	    self.emit('close');
	  }
	};
	RandomAccessReader.prototype.createReadStream = function(options) {
	  if (options == null) options = {};
	  var start = options.start;
	  var end = options.end;
	  if (start === end) {
	    var emptyStream = new PassThrough();
	    setImmediate(function() {
	      emptyStream.end();
	    });
	    return emptyStream;
	  }
	  var stream = this._readStreamForRange(start, end);

	  var destroyed = false;
	  var refUnrefFilter = new RefUnrefFilter(this);
	  stream.on("error", function(err) {
	    setImmediate(function() {
	      if (!destroyed) refUnrefFilter.emit("error", err);
	    });
	  });
	  installDestroyFn(refUnrefFilter, function() {
	    stream.unpipe(refUnrefFilter);
	    refUnrefFilter.unref();
	    stream.destroy();
	  });

	  var byteCounter = new AssertByteCountStream(end - start);
	  refUnrefFilter.on("error", function(err) {
	    setImmediate(function() {
	      if (!destroyed) byteCounter.emit("error", err);
	    });
	  });
	  installDestroyFn(byteCounter, function() {
	    destroyed = true;
	    refUnrefFilter.unpipe(byteCounter);
	    refUnrefFilter.destroy();
	  });

	  return stream.pipe(refUnrefFilter).pipe(byteCounter);
	};
	RandomAccessReader.prototype._readStreamForRange = function(start, end) {
	  throw new Error("not implemented");
	};
	RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
	  var readStream = this.createReadStream({start: position, end: position + length});
	  var writeStream = new Writable();
	  var written = 0;
	  writeStream._write = function(chunk, encoding, cb) {
	    chunk.copy(buffer, offset + written, 0, chunk.length);
	    written += chunk.length;
	    cb();
	  };
	  writeStream.on("finish", callback);
	  readStream.on("error", function(error) {
	    callback(error);
	  });
	  readStream.pipe(writeStream);
	};
	RandomAccessReader.prototype.close = function(callback) {
	  setImmediate(callback);
	};

	util.inherits(RefUnrefFilter, PassThrough);
	function RefUnrefFilter(context) {
	  PassThrough.call(this);
	  this.context = context;
	  this.context.ref();
	  this.unreffedYet = false;
	}
	RefUnrefFilter.prototype._flush = function(cb) {
	  this.unref();
	  cb();
	};
	RefUnrefFilter.prototype.unref = function(cb) {
	  if (this.unreffedYet) return;
	  this.unreffedYet = true;
	  this.context.unref();
	};

	var cp437 = '\u0000\u263a\u263b\u2665\u2666\u2663\u2660\u2022\u25d8\u25cb\u25d9\u2642\u2640\u266a\u266b\u263c\u25ba\u25c4\u2195\u203c\u00b6\u00a7\u25ac\u21a8\u2191\u2193\u2192\u2190\u221f\u2194\u25b2\u25bc !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0';
	function decodeBuffer(buffer, isUtf8) {
	  if (isUtf8) {
	    return buffer.toString("utf8");
	  } else {
	    var result = "";
	    for (var i = 0; i < buffer.length; i++) {
	      result += cp437[buffer[i]];
	    }
	    return result;
	  }
	}

	function readUInt64LE(buffer, offset) {
	  // There is no native function for this, because we can't actually store 64-bit integers precisely.
	  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
	  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
	  // As of 2020, Node has added support for BigInt, which obviates this whole function,
	  // but yauzl hasn't been updated to depend on BigInt (yet?).
	  var lower32 = buffer.readUInt32LE(offset);
	  var upper32 = buffer.readUInt32LE(offset + 4);
	  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
	  return upper32 * 0x100000000 + lower32;
	  // as long as we're bounds checking the result of this function against the total file size,
	  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
	}

	// Node 10 deprecated new Buffer().
	var newBuffer;
	if (typeof Buffer.allocUnsafe === "function") {
	  newBuffer = function(len) {
	    return Buffer.allocUnsafe(len);
	  };
	} else {
	  newBuffer = function(len) {
	    return new Buffer(len);
	  };
	}

	// Node 8 introduced a proper destroy() implementation on writable streams.
	function installDestroyFn(stream, fn) {
	  if (typeof stream.destroy === "function") {
	    // New API.
	    stream._destroy = function(err, cb) {
	      fn();
	      if (cb != null) cb(err);
	    };
	  } else {
	    // Old API.
	    stream.destroy = fn;
	  }
	}

	function defaultCallback(err) {
	  if (err) throw err;
	}
	return yauzl$1;
}

var yauzlExports = requireYauzl();
var yauzl = /*@__PURE__*/getDefaultExportFromCjs(yauzlExports);

/** Bytes of a zip read at most: the end-of-central-directory search plus the central directory. */
const ZIP_READ_CAP = 8 * 1024 * 1024;
/** Default number of central-directory entries listed. */
const ZIP_MAX_ENTRIES = 10_000;
/** Largest small JSON entry (e.g. a .keras metadata.json) read, compressed or not. */
const ZIP_SMALL_ENTRY_CAP = 64 * 1024;
/** Read-ahead block for central-directory reads, which yauzl issues in small pieces. */
const BLOCK = READ_AHEAD;
/**
 * yauzl reader over a ByteSource. Central-directory reads come as many small sequential reads, so a
 * one-block read-ahead cache keeps them cheap; reads beyond the cache go straight to the source.
 */
class SourceReader extends yauzl.RandomAccessReader {
    src;
    onCallbackError;
    block = new Uint8Array(0);
    blockStart = 0;
    /**
     * @param onCallbackError receives anything yauzl throws from inside a read callback, which would
     * otherwise become an unhandled rejection and leave the listing waiting forever.
     */
    constructor(src, onCallbackError) {
        super();
        this.src = src;
        this.onCallbackError = onCallbackError;
    }
    async readRange(position, length) {
        const offset = position - this.blockStart;
        if (offset >= 0 && offset + length <= this.block.length) {
            return this.block.subarray(offset, offset + length);
        }
        if (length >= BLOCK) {
            // Keep large reads too: yauzl reads the end of the file to find the end record, then asks
            // for the central directory inside that same range.
            const data = await this.src.read(position, length);
            this.block = data;
            this.blockStart = position;
            return data;
        }
        const data = await this.src.read(position, Math.min(BLOCK, this.src.size - position));
        this.block = data;
        this.blockStart = position;
        return data.subarray(0, Math.min(length, data.length));
    }
    read(buffer, offset, length, position, callback) {
        this.readRange(position, length)
            .then((data) => {
            buffer.set(data, offset);
            callback(null, data.length);
        }, (err) => callback(err instanceof Error ? err : new Error(String(err))))
            .catch(this.onCallbackError);
    }
    _readStreamForRange(start, end) {
        const src = this.src;
        async function* chunks() {
            for (let pos = start; pos < end;) {
                const data = await src.read(pos, Math.min(BLOCK, end - pos));
                if (data.length === 0)
                    return;
                pos += data.length;
                yield Buffer.from(data.buffer, data.byteOffset, data.byteLength);
            }
        }
        return Readable.from(chunks(), { objectMode: false });
    }
}
/** Lists central-directory entries with yauzl (lazy, never decompressing); keeps the zip open. */
function listRaw(src, limit) {
    return new Promise((resolve) => {
        const entries = [];
        let settled = false;
        const done = (listing) => {
            if (settled)
                return;
            settled = true;
            resolve(listing);
        };
        if (src.size > Number.MAX_SAFE_INTEGER) {
            done({ entries, problem: 'zip file too large' });
            return;
        }
        const options = { lazyEntries: true, autoClose: false, decodeStrings: true };
        try {
            const reader = new SourceReader(src, (err) => {
                done({ entries, problem: `zip reader failed: ${problemOf(err)}` });
            });
            yauzl.fromRandomAccessReader(reader, src.size, options, (err, zipfile) => {
                if (err || !zipfile) {
                    done({ entries, problem: `not a readable zip: ${problemOf(err)}` });
                    return;
                }
                zipfile.on('error', (e) => {
                    done({ entries, zipfile, problem: `zip central directory: ${problemOf(e)}` });
                });
                zipfile.on('end', () => done({ entries, zipfile }));
                zipfile.on('entry', (entry) => {
                    entries.push(entry);
                    if (entries.length >= limit && zipfile.entryCount > limit) {
                        done({
                            entries,
                            zipfile,
                            problem: `zip lists ${zipfile.entryCount} entries; only the first ${limit} were read`
                        });
                        return;
                    }
                    zipfile.readEntry();
                });
                zipfile.readEntry();
            });
        }
        catch (err) {
            done({ entries, problem: `not a readable zip: ${problemOf(err)}` });
        }
    });
}
/** Reads one small entry's bytes (stored or deflated) with a cap on both sides. */
async function readSmallEntry(zipfile, entry) {
    if (entry.compressedSize > ZIP_SMALL_ENTRY_CAP || entry.uncompressedSize > ZIP_SMALL_ENTRY_CAP) {
        return `${entry.fileName} is larger than ${ZIP_SMALL_ENTRY_CAP} bytes; not read`;
    }
    if (entry.isEncrypted() || !entry.canDecodeFileData()) {
        return `${entry.fileName} cannot be decoded`;
    }
    let stream;
    try {
        stream = await zipfile.openReadStreamPromise(entry);
    }
    catch (err) {
        return `${entry.fileName}: ${problemOf(err)}`;
    }
    const parts = [];
    let total = 0;
    try {
        for await (const chunk of stream) {
            const buf = chunk;
            total += buf.length;
            if (total > ZIP_SMALL_ENTRY_CAP) {
                stream.destroy();
                return `${entry.fileName} inflates past ${ZIP_SMALL_ENTRY_CAP} bytes; not read`;
            }
            parts.push(buf);
        }
    }
    catch (err) {
        return `${entry.fileName}: ${problemOf(err)}`;
    }
    return Buffer.concat(parts);
}
function isTorchLayout(names) {
    return names.some((n) => /^(?:[^/]+\/)?data\.pkl$/.test(n));
}
/**
 * Classifies a zip by its central directory: a torch archive (`<dir>/data.pkl`), a Keras 3 archive
 * (`config.json` + `metadata.json`) or a NumPy .npz (all entries `.npy`). Nothing is decompressed
 * except a .keras `metadata.json` of at most ZIP_SMALL_ENTRY_CAP bytes.
 */
async function inspectZipWeights(src) {
    const budgeted = withReadBudget(src, ZIP_READ_CAP + ZIP_SMALL_ENTRY_CAP + BLOCK);
    const listing = await listRaw(budgeted, ZIP_MAX_ENTRIES);
    try {
        const names = listing.entries.map((e) => e.fileName);
        const files = names.filter((n) => !n.endsWith('/'));
        const info = { format: 'unknown' };
        const problems = [];
        if (listing.problem !== undefined)
            problems.push(listing.problem);
        const containsPickle = names.some((n) => /\.(pkl|pickle)$/i.test(n));
        if (isTorchLayout(names)) {
            info.format = 'pytorch-zip';
        }
        else if (files.includes('config.json') && files.includes('metadata.json')) {
            info.format = 'keras';
            const entry = listing.entries.find((e) => e.fileName === 'metadata.json');
            if (entry && listing.zipfile) {
                const meta = new MetadataCollector();
                const data = await readSmallEntry(listing.zipfile, entry);
                if (typeof data === 'string')
                    problems.push(data);
                else
                    readKerasMetadata(data, meta, problems);
                const record = meta.toRecord();
                if (record)
                    info.metadata = record;
            }
        }
        else if (files.length > 0 && files.every((n) => n.toLowerCase().endsWith('.npy'))) {
            info.format = 'numpy';
        }
        else if (files.length > 0 && listing.problem === undefined) {
            problems.push('zip archive without a known weight layout');
        }
        if (names.length > 0)
            info.entries = names.slice(0, MAX_REPORTED_ENTRIES);
        if (containsPickle)
            info.containsPickle = true;
        if (problems.length > 0)
            info.problem = problems.join('; ');
        return info;
    }
    finally {
        listing.zipfile?.close();
    }
}
function readKerasMetadata(data, meta, problems) {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(data).toString('utf8'));
    }
    catch {
        problems.push('metadata.json is not valid JSON');
        return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        problems.push('metadata.json is not an object');
        return;
    }
    for (const [k, v] of Object.entries(parsed)) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
            meta.set(k, String(v));
        }
    }
}

/**
 * The most bytes inspectWeightFile reads from any file, whatever it claims: the largest header a
 * format allows (a safetensors JSON header of SAFETENSORS_MAX_HEADER bytes plus its 8-byte length)
 * plus HEADER_READ_SLACK. Each reader also has its own, smaller cap (GGUF_READ_CAP, ZIP_READ_CAP,
 * ONNX_READ_CAP, COREML_READ_CAP, TAR_READ_CAP), so a file reads at most its header + slack.
 */
const MAX_WEIGHT_READ_BYTES = 8 + SAFETENSORS_MAX_HEADER + HEADER_READ_SLACK;
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** `training_args.bin`: a pickled TrainingArguments object: training metadata, not weights. */
function isTrainingArgsFile(path) {
    const name = baseName(path);
    // The extension test first: it rules out nearly every file without a regex.
    return TORCH_EXTENSIONS.has(extensionOf(name)) && /^training_args\.(bin|pt|pth)$/i.test(name);
}
const TORCH_EXTENSIONS = new Set(['bin', 'pt', 'pth']);
/**
 * Every extension an optimizer-state or training-arguments name can end in: a file with another
 * extension is neither, whatever its name.
 */
const STATE_EXTENSIONS = new Set([
    'pt',
    'pth',
    'bin',
    'ckpt',
    'safetensors'
]);
/** Optimizer, scheduler, grad-scaler and RNG state saved next to checkpoints: not weights. */
function isOptimizerStateFile(path) {
    const base = baseName(path);
    if (!STATE_EXTENSIONS.has(extensionOf(base)))
        return false;
    const name = base.toLowerCase();
    return (/^(optimizer|scheduler|lr_scheduler|scaler)([._-][^/]*)?\.(pt|pth|bin|ckpt|safetensors)$/.test(name) ||
        /^rng_state[^/]*\.pth?$/.test(name) ||
        /optim_states\.pt$/.test(name));
}
const WEIGHT_EXTENSIONS = new Set([
    'safetensors',
    'gguf',
    'bin',
    'pt',
    'pth',
    'ckpt',
    'onnx',
    'onnx_data',
    'h5',
    'hdf5',
    'keras',
    'tflite',
    'mlmodel',
    'nemo',
    'pdparams',
    'engine',
    'plan',
    'ggml',
    'ot',
    'llamafile'
]);
/** Extensions that hold weights only when the name says so (numpy arrays, sklearn pickles). */
const WEIGHT_IF_NAMED = new Set(['npz', 'npy', 'pkl', 'pickle', 'joblib']);
const WEIGHT_LIKE_NAME = /(weight|model|param|checkpoint|ckpt|state_dict)/i;
function extensionOf(name) {
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
/** The extensions isWeightFileName can say yes to (`x.onnx.data`, `saved_model.pb`, `x.data-00000-of-00001`). */
function mayBeWeightExtension(ext) {
    return (WEIGHT_EXTENSIONS.has(ext) ||
        ext === 'msgpack' ||
        WEIGHT_IF_NAMED.has(ext) ||
        ext === 'data' ||
        ext === 'pb' ||
        ext.startsWith('data-'));
}
/**
 * True for files that hold model weights by name. Conservative: training arguments, optimizer
 * state, tokenizer files and vocab-only GGUF files are not weights.
 */
function isWeightFileName(path, ext) {
    const name = baseName(path);
    // `ext`, when given, is extensionOf(name): the walk has it for every file and spares the slice.
    ext ??= extensionOf(name);
    // No rule below can hold for another extension: most files are decided here, without regexes.
    // ('' goes on: `.data-00000-of-00001` has no extension by extensionOf, yet the last rule holds.)
    if (ext !== '' && !mayBeWeightExtension(ext))
        return false;
    if (isTrainingArgsFile(name) || isOptimizerStateFile(name))
        return false;
    const lower = name.toLowerCase();
    if (lower.startsWith('tokenizer') || lower.startsWith('ggml-vocab'))
        return false;
    if (WEIGHT_EXTENSIONS.has(ext))
        return true;
    if (ext === 'msgpack')
        return lower.startsWith('flax_model');
    if (WEIGHT_IF_NAMED.has(ext))
        return WEIGHT_LIKE_NAME.test(name.slice(0, -ext.length - 1));
    if (lower.endsWith('.onnx.data'))
        return true;
    if (lower === 'saved_model.pb')
        return true;
    // TF checkpoints and SavedModel variables: <prefix>.data-00000-of-00001
    return /\.data-\d{5}-of-\d{5}$/.test(lower);
}
/** The format a file name suggests, used when the content cannot say (LFS pointers, no magic). */
function formatFromName(path) {
    const name = baseName(path).toLowerCase();
    const ext = extensionOf(name);
    if (name === 'saved_model.pb' || /\.data-\d{5}-of-\d{5}$/.test(name)) {
        return 'tensorflow-savedmodel';
    }
    if (name.endsWith('.onnx.data'))
        return 'onnx';
    if (name.startsWith('openvino') && ext === 'bin')
        return 'openvino';
    const byExt = {
        safetensors: 'safetensors',
        gguf: 'gguf',
        llamafile: 'gguf',
        onnx: 'onnx',
        onnx_data: 'onnx',
        h5: 'hdf5',
        hdf5: 'hdf5',
        keras: 'keras',
        tflite: 'tflite',
        mlmodel: 'coreml',
        nemo: 'nemo',
        msgpack: 'flax-msgpack',
        npy: 'numpy',
        npz: 'numpy',
        pkl: 'pickle',
        pickle: 'pickle',
        joblib: 'pickle',
        pdparams: 'pickle',
        ggml: 'ggml'
    };
    return byExt[ext] ?? 'unknown';
}
/**
 * Reads what a weight file's header says, choosing the reader by magic bytes first and by name
 * second (`.bin` is decided by magic). Never throws; reads at most the format's header plus
 * HEADER_READ_SLACK (and never more than MAX_WEIGHT_READ_BYTES).
 */
async function inspectWeightFile(src, path) {
    const budgeted = withReadBudget(src, MAX_WEIGHT_READ_BYTES);
    try {
        return await dispatch(budgeted, path);
    }
    catch (err) {
        const problem = err instanceof ReadBudgetError
            ? `stopped at the ${MAX_WEIGHT_READ_BYTES}-byte read cap`
            : problemOf(err);
        return { format: formatFromName(path), problem };
    }
}
async function dispatch(src, path) {
    const name = baseName(path).toLowerCase();
    const ext = extensionOf(name);
    const byName = formatFromName(path);
    if (src.size === 0)
        return { format: byName, problem: 'file is empty' };
    const head = await src.read(0, Math.min(SNIFF_BYTES, src.size));
    const signature = sniffSignature(head, src.size);
    switch (signature) {
        case 'lfs-pointer': {
            if (src.size < LFS_POINTER_MAX_SIZE) {
                const pointer = parseLfsPointer(await src.read(0, src.size));
                if (pointer) {
                    return {
                        format: byName,
                        problem: `Git LFS pointer to ${pointer.size} bytes (sha256 ${pointer.oid}); the weights are not checked out`
                    };
                }
            }
            break;
        }
        case 'gguf':
            return readGgufHeader(src);
        case 'zip': {
            const info = await inspectZipWeights(src);
            if (info.format === 'unknown' && ext === 'keras')
                info.format = 'keras';
            return info;
        }
        case 'gzip':
            if (ext === 'nemo')
                return readNemoHeader(src);
            return { format: byName, problem: 'gzip-compressed; not inspected' };
        case 'hdf5':
            return { format: 'hdf5' };
        case 'pytorch-legacy':
            return { format: 'pytorch-legacy', containsPickle: true };
        case 'pickle':
            return { format: 'pickle', containsPickle: true };
        case 'numpy':
            return readNpyHeader(src);
        case 'tflite':
            return readTfliteHeader(src);
        case 'ggml':
            return { format: 'ggml' };
        case 'llamafile':
            return { format: 'gguf', problem: 'llamafile executable; the embedded weights were not read' };
        case 'safetensors':
            return readSafetensorsHeader(src);
    }
    switch (ext) {
        case 'safetensors':
            return readSafetensorsHeader(src);
        case 'gguf':
            return readGgufHeader(src);
        case 'onnx':
            return readOnnxHeader(src);
        case 'onnx_data':
            return { format: 'onnx', metadata: { 'onnx.external_data': 'true' } };
        case 'mlmodel':
            return readCoreMlHeader(src);
        case 'nemo':
            return readNemoHeader(src);
        case 'tflite':
            return readTfliteHeader(src);
        case 'h5':
        case 'hdf5':
        case 'keras':
            if (await probeHdf5UserBlock(src))
                return { format: 'hdf5' };
            return { format: byName, problem: 'no HDF5 signature' };
        case 'msgpack': {
            // A msgpack state dict is a map: fixmap (0x80\u20130x8f), map16 (0xde) or map32 (0xdf).
            const b = head[0];
            const isMap = (b >= 0x80 && b <= 0x8f) || b === 0xde || b === 0xdf;
            return isMap
                ? { format: 'flax-msgpack' }
                : { format: 'flax-msgpack', problem: 'not a msgpack map' };
        }
        case 'engine':
        case 'plan':
            return { format: 'unknown', metadata: { container: 'tensorrt-engine' } };
    }
    if (name.endsWith('.onnx.data')) {
        return { format: 'onnx', metadata: { 'onnx.external_data': 'true' } };
    }
    if (byName === 'tensorflow-savedmodel' || byName === 'openvino')
        return { format: byName };
    return { format: byName, problem: 'no recognised header (raw tensor data or an unknown format)' };
}
/** Largest index text parsed; real ones are a few hundred KiB. */
const SHARDED_INDEX_MAX_TEXT = 64 * 1024 * 1024;
const MAX_SHARDS = 100_000;
/** A shard name must be a plain file name in the index's own folder. */
function isSafeShardName(name) {
    return (name.length > 0 &&
        name.length <= 255 &&
        !name.includes('/') &&
        !name.includes('\\') &&
        !name.includes('\0') &&
        !name.includes('..') &&
        name !== '.');
}
function countField(v) {
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
        return v;
    if (typeof v === 'string' && /^\d{1,20}$/.test(v))
        return Number(v);
    return undefined;
}
/** Parses a sharded-weights index (`model.safetensors.index.json` and friends). */
function parseShardedIndex(text) {
    if (text.length > SHARDED_INDEX_MAX_TEXT) {
        return { shards: [], problem: 'index file is too large to parse' };
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        return { shards: [], problem: `index is not valid JSON: ${problemOf(err)}` };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return { shards: [], problem: 'index JSON is not an object' };
    }
    const obj = parsed;
    const result = { shards: [] };
    const meta = obj['metadata'];
    if (typeof meta === 'object' && meta !== null && !Array.isArray(meta)) {
        const m = meta;
        const totalSize = countField(m['total_size']);
        const totalParameters = countField(m['total_parameters']);
        if (totalSize !== undefined)
            result.totalSize = totalSize;
        if (totalParameters !== undefined)
            result.totalParameters = totalParameters;
    }
    const map = obj['weight_map'];
    if (typeof map !== 'object' || map === null || Array.isArray(map)) {
        return { ...result, problem: 'index has no weight_map object' };
    }
    const seen = new Set();
    const unsafe = [];
    for (const value of Object.values(map)) {
        if (typeof value !== 'string') {
            if (unsafe.length < 3)
                unsafe.push(String(value));
            continue;
        }
        if (seen.has(value))
            continue;
        if (!isSafeShardName(value)) {
            if (unsafe.length < 3)
                unsafe.push(value);
            continue;
        }
        if (seen.size >= MAX_SHARDS)
            break;
        seen.add(value);
    }
    result.shards = [...seen];
    if (unsafe.length > 0) {
        result.problem = `weight_map names unsafe shard files: ${unsafe.map((u) => JSON.stringify(u.slice(0, 100))).join(', ')}`;
    }
    return result;
}
const SHARD_RE = /^(.+)[-_](\d{5,6})-of-(\d{5,6})\.(safetensors|bin|gguf|pt|pth|h5|msgpack|ckpt)$/i;
/** Parts of a shard name such as `model-00001-of-00004.safetensors`. */
function parseShardName(path) {
    const m = SHARD_RE.exec(baseName(path));
    if (!m)
        return null;
    const index = Number(m[2]);
    const total = Number(m[3]);
    if (total < 1 || index < 1 || index > total)
        return null;
    return { base: m[1], index, total, extension: m[4].toLowerCase() };
}
/** True for `<prefix>-00001-of-00004.<ext>`-style shard names. */
function isShardName(path) {
    return parseShardName(path) !== null;
}

/** `flags` bit: the file sits in a folder of someone else's code (`vendor/`, `third_party/`, \u2026). */
const VENDORED = 1;
/** `flags` bit: test code or a test fixture (`tests/`, `fixtures/`, `test_x.py`, \u2026). */
const TEST = 2;
/**
 * The walk's record of a file. The name is the listing's own string and the folder is the folder's
 * own, kept rather than sliced from the path on each use: detectors ask for names and folders of
 * all 100,000 files several times over, and a slice per question cost more time (and garbage)
 * than the fields cost memory.
 */
class FileRecord {
    path;
    name;
    dir;
    ext;
    role;
    flags;
    constructor(path, name, dir, ext, role, flags) {
        this.path = path;
        this.name = name;
        this.dir = dir;
        this.ext = ext;
        this.role = role;
        this.flags = flags;
    }
}
const interned = new Map();
/** One string per distinct extension, whatever the file. */
function internExtension(ext) {
    const known = interned.get(ext);
    if (known !== undefined)
        return known;
    if (interned.size < 4096)
        interned.set(ext, ext);
    return ext;
}
/** Lower-case extension of a base name, as `extension()` computes it for the whole path. */
function extensionOfName(name) {
    const i = name.lastIndexOf('.');
    return i <= 0 ? '' : internExtension(name.slice(i + 1).toLowerCase());
}
/**
 * VENDORED and TEST bits of a path, from its folder part and its name. The folder patterns only
 * match a segment followed by `/`, and the name pattern never crosses one, so testing the folder
 * (with its trailing slash) and the name apart gives what testing the whole path gives.
 */
function folderFlags(folderWithSlash) {
    if (folderWithSlash === '')
        return 0;
    return (isVendored(folderWithSlash) ? VENDORED : 0) | (isTestPath(folderWithSlash) ? TEST : 0);
}
function nameFlags(name) {
    return isTestPath(name) ? TEST : 0;
}
/** The facts of one path, computed from scratch (snapshots built by hand, tests). */
function factsOf(path) {
    const slash = path.lastIndexOf('/');
    const name = slash === -1 ? path : path.slice(slash + 1);
    const ext = extensionOfName(name);
    return {
        name,
        dir: slash === -1 ? '' : path.slice(0, slash),
        ext,
        role: classifyPath(name, isWeightFileName, ext),
        flags: folderFlags(slash === -1 ? '' : path.slice(0, slash + 1)) | nameFlags(name)
    };
}
function isIndexed(file) {
    return typeof file.ext === 'string';
}
const isVendoredFile = (file) => (file.flags & VENDORED) !== 0;
const isTestFile = (file) => (file.flags & TEST) !== 0;
const ROLES = ['weights', 'document', 'code', 'config', 'binary-data', 'other'];
/**
 * The snapshot's files, bucketed in one pass: by role, the files whose text was read, and the
 * weight files and LFS pointers. Each bucket keeps the snapshot's (path) order, so a detector that
 * reads a bucket meets its files in the order a loop over all files would have. `where` keeps
 * further selections that several detectors share, so each is computed once.
 */
class FileIndex {
    all;
    /** Files whose text was read. */
    withText;
    /** Files with weight-header facts or an LFS pointer. */
    weightOrPointer;
    /** Files whose bytes told something: text, weight-header facts or an LFS pointer. */
    withContent;
    roles;
    selections = new Map();
    values = new Map();
    sorted;
    constructor(files) {
        const withText = [];
        const weightOrPointer = [];
        const withContent = [];
        const roles = new Map(ROLES.map((r) => [r, []]));
        let sorted = true;
        for (let i = 0; i < files.length; i++) {
            const file = files[i];
            // A file without facts gets them in place, so the snapshot's own array serves as `all`.
            const indexed = isIndexed(file) ? file : Object.assign(file, factsOf(file.path));
            // Scans and Hub snapshots come in path order; a snapshot built by hand may not, and once it
            // is known not to be, the remaining comparisons would change nothing.
            if (sorted && i > 0 && !(files[i - 1].path < file.path))
                sorted = false;
            roles.get(indexed.role).push(indexed);
            const hasText = indexed.text !== undefined;
            const hasHeader = indexed.weight !== undefined || indexed.lfs !== undefined;
            if (hasText)
                withText.push(indexed);
            if (hasHeader)
                weightOrPointer.push(indexed);
            if (hasText || hasHeader)
                withContent.push(indexed);
        }
        this.all = files;
        this.withText = withText;
        this.weightOrPointer = weightOrPointer;
        this.withContent = withContent;
        this.roles = roles;
        this.sorted = sorted;
    }
    /** The files of one role, in path order. */
    byRole(role) {
        return this.roles.get(role);
    }
    /** The file at `path`, if the snapshot has it. */
    byPath(path) {
        if (!this.sorted)
            return this.all.find((f) => f.path === path);
        let lo = 0;
        let hi = this.all.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const at = this.all[mid].path;
            if (at === path)
                return this.all[mid];
            if (at < path)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return undefined;
    }
    /** Folders holding someone else's package whole (util/paths.ts), found once per snapshot. */
    embeddedPackages() {
        return this.value('embedded-packages', () => {
            // Only licence files and package metadata matter: the other paths are not passed.
            const markers = [];
            for (let i = 0; i < this.all.length; i++) {
                const file = this.all[i];
                if (isPackageMarkerName(file.name))
                    markers.push(file.path);
            }
            return embeddedPackageFolders(markers);
        });
    }
    /** A value computed from the files on first use and kept under `key`. */
    value(key, compute) {
        if (!this.values.has(key))
            this.values.set(key, compute());
        return this.values.get(key);
    }
    /**
     * The files of `from` (default: all) that pass `keep`, computed on first use and kept under
     * `key`; a key names one predicate over one source.
     */
    where(key, keep, from = this.all) {
        let list = this.selections.get(key);
        if (list === undefined) {
            list = from.filter(keep);
            this.selections.set(key, list);
        }
        return list;
    }
}
const indexes = new WeakMap();
/** The snapshot's file index, built on first use and shared by every detector. */
function fileIndex(snapshot) {
    let index = indexes.get(snapshot);
    if (index === undefined || index.all.length !== snapshot.files.length) {
        index = new FileIndex(snapshot.files);
        indexes.set(snapshot, index);
    }
    return index;
}

/** Files whose name says they define a model. */
const MODEL_CODE_NAME = /^(modell?ing(_[\w-]+)?|model|models|architecture|network|net|transformer|layers|attention|modules?)\.(py|jl|rs|cpp|cu|js|ts)$/i;
/** Class definitions and layer APIs that model-definition code uses. */
const MODEL_CODE_CONTENT = /(class\s+\w+\s*\(\s*(nn\.Module|torch\.nn\.Module|PreTrainedModel|\w*PreTrainedModel|nn\.Layer|tf\.keras\.(Model|layers\.Layer)|keras\.Model|keras\.layers\.Layer|eqx\.Module|hk\.Module)\s*\)|class\s+\w+\s*\(\s*nn\.Module\s*\)|@nn\.compact|\bflax\.linen\b)/;
/** A file named for a model defines one only if it uses a tensor library: `api/model.py` of an
 * evaluation tool names an interface. */
const TENSOR_LIBRARY = /\b(import torch|from torch\b|import tensorflow|\btf\.|import jax|from jax\b|\bflax\b|import mlx|from mlx\b|\bnn\.\w+\(|#include\s*[<"](torch|cuda|ggml)|\bcandle\b|\bggml\b|\bFlux\b|using Flux)/;
/** Usage examples: a model defined there is the reader's example, not the release's. */
const EXAMPLES_FOLDER$1 = /(^|\/)examples?\//i;
/** Folders that hold a release's model code: what a reader opens first to see the architecture. */
const MODEL_FOLDER$1 = /(^|\/)(models?|modell?ing|architectures?|networks?)\//i;
/** Data folders: a model defined there (a quality filter, a classifier) is a tool for the data. */
const DATA_FOLDER$3 = /(^|\/)(data|datasets?)\//i;
const EVIDENCE_SHOWN = 5;
/**
 * Where a model definition ranks as evidence: a file named for model code first, then one in a
 * folder named for it, then other code, and code in data folders last, so that the first line a
 * reader sees is the model itself.
 */
function evidenceRank(path, name) {
    if (DATA_FOLDER$3.test(path))
        return 3;
    if (MODEL_CODE_NAME.test(name))
        return 0;
    return MODEL_FOLDER$1.test(path) ? 1 : 2;
}
const ARCH_CONFIG_NAMES = /^(config\.json|params\.json|model_config\.ya?ml|model_index\.json|adapter_config\.json)$/i;
function parseJsonObject(text) {
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? value
            : null;
    }
    catch {
        return null;
    }
}
/** What an architecture config says: `architectures`, `model_type`, custom code via `auto_map`. */
function describeConfig(name, data) {
    const architectures = Array.isArray(data.architectures)
        ? data.architectures.filter((a) => typeof a === 'string').slice(0, 3)
        : [];
    const modelType = typeof data.model_type === 'string' ? data.model_type : null;
    if (architectures.length > 0) {
        const custom = data.auto_map && typeof data.auto_map === 'object'
            ? '; custom modelling code via `auto_map`'
            : '';
        return `architecture ${architectures.map((a) => `\`${String(a).slice(0, 60)}\``).join(', ')}${modelType ? ` (model_type \`${modelType.slice(0, 40)}\`)` : ''}${custom}`;
    }
    if (modelType)
        return `model_type \`${modelType.slice(0, 40)}\``;
    if (name === 'params.json' && ('dim' in data || 'n_layers' in data))
        return 'native architecture parameters (dim, layers, heads)';
    if (name === 'model_index.json' && typeof data._class_name === 'string')
        return `diffusers pipeline \`${data._class_name.slice(0, 60)}\``;
    if (name === 'adapter_config.json' && typeof data.peft_type === 'string')
        return `PEFT adapter (${data.peft_type.slice(0, 20)})`;
    return null;
}
/** Model architecture: model-definition code, architecture configs, and the architecture a GGUF header names. */
function detectArchitecture(ctx) {
    // Per rank, in path order; each keeps as many as can be shown.
    const code = [[], [], [], []];
    const configs = [];
    const codeLocations = [];
    const configLocations = [];
    const embedded = ctx.files.embeddedPackages();
    // Only text or a weight header can say anything here.
    for (const file of ctx.files.withContent) {
        if (isVendoredFile(file) || isInFolders(file.path, embedded) || isTestFile(file))
            continue;
        if (EXAMPLES_FOLDER$1.test(file.path))
            continue;
        const name = file.name;
        if (file.text !== undefined && ['py', 'jl', 'rs', 'cpp', 'cu', 'js', 'ts'].includes(file.ext)) {
            const hit = matchLines(file.text, MODEL_CODE_CONTENT, 1)[0];
            if (hit || (MODEL_CODE_NAME.test(name) && TENSOR_LIBRARY.test(file.text))) {
                codeLocations.push(file.path);
                const ranked = code[evidenceRank(file.path, name)];
                if (ranked.length < EVIDENCE_SHOWN) {
                    ranked.push(hit
                        ? {
                            path: file.path,
                            line: hit.line,
                            kind: 'content',
                            detail: `model definition: \`${hit.text.slice(0, 100)}\``
                        }
                        : { path: file.path, kind: 'file', detail: 'model-definition file' });
                }
            }
            continue;
        }
        if (ARCH_CONFIG_NAMES.test(name) && file.text !== undefined) {
            const data = name.endsWith('.json') ? parseJsonObject(file.text) : null;
            const detail = data
                ? describeConfig(name.toLowerCase(), data)
                : /ya?ml$/.test(name) && file.text.trim()
                    ? 'model configuration'
                    : null;
            if (detail) {
                configLocations.push(file.path);
                if (configs.length < 3)
                    configs.push({ path: file.path, kind: 'metadata', detail });
            }
            continue;
        }
        const arch = file.weight?.metadata?.['general.architecture'];
        if (arch && configs.length < 3) {
            configs.push({
                path: file.path,
                kind: 'weights-header',
                detail: `GGUF header names architecture \`${arch.slice(0, 40)}\``
            });
            configLocations.push(file.path);
        }
    }
    if (codeLocations.length === 0 && configLocations.length === 0)
        return [];
    const notes = codeLocations.length === 0
        ? [
            'described by configuration only: the implementing code lives in a library (e.g. transformers)'
        ]
        : undefined;
    return [
        {
            name: 'Model architecture',
            presence: 'in-repository',
            evidence: [...code.flat().slice(0, EVIDENCE_SHOWN), ...configs],
            locations: codeLocations.length > 0 ? codeLocations : configLocations,
            ...(notes ? { notes } : {})
        }
    ];
}

/**
 * marked v18.2.1 - a markdown parser
 * Copyright (c) 2018-2026, MarkedJS. (MIT License)
 * Copyright (c) 2011-2018, Christopher Jeffrey. (MIT License)
 * https://github.com/markedjs/marked
 */

/**
 * DO NOT EDIT THIS FILE
 * The code in this file is generated from files in ./src/
 */

function G(){return {async:false,breaks:false,extensions:null,gfm:true,hooks:null,pedantic:false,renderer:null,silent:false,tokenizer:null,walkTokens:null}}var S=G();function ue(l){S=l;}var q={exec:()=>null};function D(l){let e=[];return t=>{let n=Math.max(0,Math.min(3,t-1)),r=e[n];return r||(r=l(n),e[n]=r),r}}function g(l,e=""){let t=typeof l=="string"?l:l.source,n={replace:(r,s)=>{let o=typeof s=="string"?s:s.source;return o=o.replace(O.caret,"$1"),t=t.replace(r,o),n},getRegex:()=>new RegExp(t,e)};return n}var _e=((l="")=>{try{return !!new RegExp("(?<=1)(?<!1)"+l)}catch{return  false}})(),O={codeRemoveIndent:/^(?: {0,3}\t| {1,4})/gm,listInterruptsParagraph:/^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/,outputLinkReplace:/\\([\[\]])/g,indentCodeCompensation:/^(\s+)(?:```)/,beginningSpace:/^\s+/,endingHash:/#$/,startingSpaceChar:/^ /,endingSpaceChar:/ $/,endingSpaceTabChar:/[ \t]$/,nonSpaceChar:/[^ ]/,newLineCharGlobal:/\n/g,tabCharGlobal:/\t/g,leadingSpaceTab:/^[ \t]+/,multipleSpaceGlobal:/\s+/g,blankLine:/^[ \t]*$/,doubleBlankLine:/\n[ \t]*\n[ \t]*$/,blockquoteStart:/^ {0,3}>/,blockquoteSetextReplace:/\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g,blockquoteSetextReplace2:/^ {0,3}>[ \t]?/gm,blockquoteMarkerWhitespace:/^( {0,3}>)(\t[ \t]*)/gm,nestedBlockMarker:/^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/,listReplaceNesting:/^ {1,4}(?=( {4})*[^ ])/g,listIsTask:/^\[[ xX]\][ \t]+\S/,listReplaceTask:/^\[[ xX]\][ \t]+/,listTaskCheckbox:/\[[ xX]\]/,anyLine:/\n.*\n/,hrefBrackets:/^<(.*)>$/,tableDelimiter:/[:|]/,tableAlignChars:/^\||\| *$/g,tableRowBlankLine:/\n[ \t]*$/,tableAlignRight:/^ *-+: *$/,tableAlignCenter:/^ *:-+: *$/,tableAlignLeft:/^ *:-+ *$/,startATag:/^<a /i,endATag:/^<\/a>/i,startPreScriptTag:/^<(pre|code|kbd|script)(\s|>)/i,endPreScriptTag:/^<\/(pre|code|kbd|script)(\s|>)/i,startAngleBracket:/^</,endAngleBracket:/>$/,pedanticHrefTitle:/^([^'"]*[^\s])\s+(['"])(.*)\2/,unicodeAlphaNumeric:/[\p{L}\p{N}]/u,numericCharacterReference:/&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/,numericCharacterReferenceOrAmpersand:/&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g,escapeTest:/[&<>"']/,escapeReplace:/[&<>"']/g,escapeTestNoEncode:/[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/,escapeReplaceNoEncode:/[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g,caret:/(^|[^\[])\^/g,percentDecode:/%25/g,findPipe:/\|/g,splitPipe:/ \|/,slashPipe:/\\\|/g,carriageReturn:/\r\n|\r/g,spaceLine:/^ +$/gm,notSpaceStart:/^\S*/,endingNewline:/\n$/,listItemRegex:l=>new RegExp(`^( {0,3}${l})((?:[	 ][^\\n]*)?(?:\\n|$))`),nextBulletRegex:D(l=>new RegExp(`^ {0,${l}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`)),hrRegex:D(l=>new RegExp(`^ {0,${l}}((?:-[ 	]*){3,}|(?:_[ 	]*){3,}|(?:\\*[ 	]*){3,})(?:\\n+|$)`)),fencesBeginRegex:D(l=>new RegExp(`^ {0,${l}}(?:\`\`\`|~~~)`)),headingBeginRegex:D(l=>new RegExp(`^ {0,${l}}#{1,6}(?:\\s|$)`)),pedanticHeadingBeginRegex:D(l=>new RegExp(`^ {0,${l}}#`)),htmlBeginRegex:D(l=>new RegExp(`^ {0,${l}}(?:</?(?:${he})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`,"i")),blockquoteBeginRegex:D(l=>new RegExp(`^ {0,${l}}>`)),nestedContainerMarkers:/^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/},Ge=/^(?:[ \t]*(?:\n|$))+/,Ne=/^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/,Fe=/^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/,V=/^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/,Qe=/^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/,ce=/ {0,3}(?:[*+-]|\d{1,9}[.)])/,he="address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul",J=g(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag",he).getRegex(),$e=/^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/,Le=g($e).replace(/bull/g,ce).replace(/blockCode/g,/(?: {4}| {0,3}\t)/).replace(/fences/g,/ {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g,/ {0,3}>/).replace(/heading/g,/ {0,3}#{1,6}(?:\s|$)/).replace(/hr/g,/ {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g,"").replace(/html/g,J).getRegex(),We=g($e).replace(/bull/g,ce).replace(/blockCode/g,/(?: {4}| {0,3}\t)/).replace(/fences/g,/ {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g,/ {0,3}>/).replace(/heading/g,/ {0,3}#{1,6}(?:\s|$)/).replace(/hr/g,/ {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g,/ {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g,J).getRegex(),de=/^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/,Ue=/^[^\n]+/,ge=/(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/,Ke=g(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label",ge).replace("title",/(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex(),Xe=g(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g,ce).getRegex(),ke=/<!--(?:-?>|[\s\S]*?(?:-->|$))/,Ve=g("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))","i").replace("comment",ke).replace("tag",he).replace("attribute",/[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex(),Ce=l=>g(de).replace("hr",V).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("|lheading","").replace("|table","").replace("blockquote"," {0,3}>").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list",l).replace("html",J).getRegex(),Je=Ce(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/),Ye=Ce(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/),et=g(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph",Ye).getRegex(),fe={blockquote:et,code:Ne,def:Ke,fences:Fe,heading:Qe,hr:V,html:Ve,lheading:Le,list:Xe,newline:Ge,paragraph:Je,table:q,text:Ue},Pe=g("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr",V).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("blockquote"," {0,3}>").replace("code","(?: {4}| {0,3}	)[^\\n]").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html",J).getRegex(),tt={...fe,lheading:We,table:Pe,paragraph:g(de).replace("hr",V).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("|lheading","").replace("table",Pe).replace("blockquote"," {0,3}>").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html",J).getRegex()},nt={...fe,html:g(`^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))`).replace("comment",ke).replace(/tag/g,"(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(),def:/^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/,heading:/^(#{1,6})(.*)(?:\n+|$)/,fences:q,lheading:/^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/,paragraph:g(de).replace("hr",V).replace("heading",` *#{1,6} *[^
]`).replace("|table","").replace("blockquote"," {0,3}>").replace("|fences","").replace("|list","").replace("|html","").replace("|tag","").replace("lheading",Le).getRegex()},rt=/^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/,st=/^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/,Ie=/^( {2,}|\\)\n(?!\s*$)[ \t]*/,it=/^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/,L=/[\p{P}\p{S}]/u,N=/[\s\p{P}\p{S}]/u,Y=/[^\s\p{P}\p{S}]/u,ot=g(/^((?![*_])punctSpace)/,"u").replace(/punctSpace/g,N).getRegex(),at=/[\p{Pi}\p{Ps}"']/u,Ae=/(?!~)[\p{P}\p{S}]/u,lt=/(?!~)[\s\p{P}\p{S}]/u,ut=/(?:[^\s\p{P}\p{S}]|~)/u,pt=g(/link|precode-code|html/,"g").replace("link",/\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-",_e?"(?<!`)()":"(^^|[^`])").replace("code",/(?<b>`+)[^`]+\k<b>(?!`)/).replace("html",/<(?! )[^<>]*?>/).getRegex(),Ee=/^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/,ct=g(Ee,"u").replace(/punct/g,L).getRegex(),ht=g(Ee,"u").replace(/punct/g,Ae).getRegex(),dt=/^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/,gt=g(dt,"u").replace(/openQuote/g,at).replace(/punct/g,L).getRegex(),ze="^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)",kt=g(ze,"gu").replace(/notPunctSpace/g,Y).replace(/punctSpace/g,N).replace(/punct/g,L).getRegex(),ft=g(ze,"gu").replace(/notPunctSpace/g,ut).replace(/punctSpace/g,lt).replace(/punct/g,Ae).getRegex(),mt="^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)",xt=g(mt,"gu").replace(/notPunctSpace/g,Y).replace(/punctSpace/g,N).replace(/punct/g,L).getRegex(),bt=g("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)","gu").replace(/notPunctSpace/g,Y).replace(/punctSpace/g,N).replace(/punct/g,L).getRegex(),Rt="^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)",Tt=g(Rt,"gu").replace(/notPunctSpace/g,Y).replace(/punctSpace/g,N).replace(/punct/g,L).getRegex(),Ot=g(/^~~?(?:((?!~)punct)|[^\s~])/,"u").replace(/punct/g,L).getRegex(),wt="^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)",Pt=g(wt,"gu").replace(/notPunctSpace/g,Y).replace(/punctSpace/g,N).replace(/punct/g,L).getRegex(),yt=g(/\\(punct)/,"gu").replace(/punct/g,L).getRegex(),St=g(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/,"gu").replace(/punct/g,L).getRegex(),_t=g(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme",/[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email",/[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex(),$t=g(ke).replace("(?:-->|$)","-->").getRegex(),Lt=g("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment",$t).replace("attribute",/\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex(),Me=/\[(?:\\[\s\S]|[^\[\]\\])*\]/,ie=g(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets",Me).getRegex(),Ct=g(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label",ie).replace("href",/<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title",/"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex(),It=g(/^!?\[(label)\]\[(ref)\]/).replace("label",ie).replace("ref",ge).getRegex(),At=g(/^!?\[(ref)\](?:\[\])?/).replace("ref",ge).getRegex(),ye=/(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/,Et=g(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets",Me).getRegex(),zt=g("reflink|nolink(?!\\()","g").replace("reflink",g(/^!?\[(label)\]\[(ref)\]/).replace("label",Et).replace("ref",ye).getRegex()).replace("nolink",g(/^!?\[(ref)\](?:\[\])?/).replace("ref",ye).getRegex()).getRegex(),Se=/[hH][tT][tT][pP][sS]?|[fF][tT][pP]/,Mt=/[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/,Bt=g(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g,Mt).getRegex(),me={_backpedal:q,anyPunctuation:yt,anyPunctuationOutsideCode:St,autolink:_t,blockSkip:pt,br:Ie,code:st,del:q,delLDelim:q,delRDelim:q,emStrongLDelim:ct,emStrongRDelimAst:kt,emStrongRDelimUnd:bt,escape:rt,link:Ct,nolink:At,punctuation:ot,reflink:It,reflinkSearch:zt,tag:Lt,text:it,url:q},Dt={...me,emStrongLDelim:gt,emStrongRDelimAst:xt,emStrongRDelimUnd:Tt,link:g(/^!?\[(label)\]\((.*?)\)/).replace("label",ie).getRegex(),reflink:g(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label",ie).getRegex()},pe={...me,emStrongRDelimAst:ft,emStrongLDelim:ht,delLDelim:Ot,delRDelim:Pt,url:g(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol",Bt).replace("protocol",Se).replace("email",/[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(),_backpedal:/(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/,del:/^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/,text:g(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol",Se).replace(/emailProtocol/g,/(?:mailto|xmpp):/).replace("wwwStart",_e?"(?<![^\\s*_~(])www\\.":"www\\.").getRegex()},qt={...pe,br:g(Ie).replace("{2,}","*").getRegex(),text:g(pe.text).replace("\\b_","\\b_| {2,}\\n").replace(/\{2,\}/g,"*").getRegex()},ee={normal:fe,gfm:tt,pedantic:nt},F={normal:me,gfm:pe,breaks:qt,pedantic:Dt};var vt={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},Be=l=>vt[l];function y(l,e){if(e){if(O.escapeTest.test(l))return l.replace(O.escapeReplace,Be)}else if(O.escapeTestNoEncode.test(l))return l.replace(O.escapeReplaceNoEncode,Be);return l}function De(l){return O.numericCharacterReference.test(l)?l.replace(O.numericCharacterReferenceOrAmpersand,(e,t,n)=>{if(t===void 0&&n===void 0)return "&amp;";let r=t===void 0?Number.parseInt(n,16):Number.parseInt(t,10);return r===0||r>1114111||r>=55296&&r<=57343?"\uFFFD":r===38?"&amp;":String.fromCodePoint(r)}):l}function xe(l){try{l=encodeURI(l).replace(O.percentDecode,"%");}catch{return null}return l}function be(l,e){let t=l.replace(O.findPipe,(s,o,i)=>{let a=false,c=o;for(;--c>=0&&i[c]==="\\";)a=!a;return a?"|":" |"}),n=t.split(O.splitPipe),r=0;if(n[0].trim()||n.shift(),n.length>0&&!n.at(-1)?.trim()&&n.pop(),e)if(n.length>e)n.splice(e);else for(;n.length<e;)n.push("");for(;r<n.length;r++)n[r]=n[r].trim().replace(O.slashPipe,"|");return n}function C(l,e,t){let n=l.length;if(n===0)return "";let r=0;for(;r<n;){let s=l.charAt(n-r-1);if(s===e&&true)r++;else break}return l.slice(0,n-r)}function Re(l){let e=l.split(`
`),t=e.length-1;for(;t>=0&&O.blankLine.test(e[t]);)t--;return e.length-t<=2?l:e.slice(0,t+1).join(`
`)}function W(l){return l.trim().replace(O.multipleSpaceGlobal," ").toLowerCase().toUpperCase().toLowerCase()}function Te(l,e){if(l.indexOf(e[0])===-1&&l.indexOf(e[1])===-1)return  -1;let t=0;for(let n=0;n<l.length;n++)if(l[n]==="\\")n++;else if(l[n]===e[0])t++;else if(l[n]===e[1]&&(t--,t<0))return n;return t>0?-2:-1}var Q=new WeakMap;function Oe(l){let e={"*":-1,_:-1},t=-1,n=l.length;for(let r=0;r<n;r++){let s=l[r];if(s!=="*"&&s!=="_"&&s!=="~")continue;let o=r===0?`
`:l[r-1],i=r+1;for(;i<n&&l[i]===s;)i++;o!==" "&&o!=="	"&&o!==`
`&&o!=="\r"&&o!=="\f"&&(s==="~"?t=r:e[s]=r),r=i-1;}return {maskedSrc:l,lastPossibleEmStrongCloserIndex:e,lastPossibleDelCloserIndex:t}}function qe(l,e){let t=Oe(e),n=Q.get(l);n?n.push(t):Q.set(l,[t]);}function ve(l){let e=Q.get(l);e&&(e.pop(),e.length===0&&Q.delete(l));}function oe(l,e,t){let n=Q.get(l)?.at(-1);return n&&n.maskedSrc===e?n.lastPossibleEmStrongCloserIndex[t]:Oe(e).lastPossibleEmStrongCloserIndex[t]}function ae(l,e){let t=Q.get(l)?.at(-1);return t&&t.maskedSrc===e?t.lastPossibleDelCloserIndex:Oe(e).lastPossibleDelCloserIndex}function te(l,e=0){let t=e,n="";for(let r of l)if(r==="	"){let s=4-t%4;n+=" ".repeat(s),t+=s;}else n+=r,t++;return n}function Ht(l,e){let t="";for(let n=0;n<l.length;n++){if(l[n]==="`"){let r=e.inline.code.exec(l.slice(n));if(r){t+=r[0],n+=r[0].length-1;continue}}if(l[n]==="\\"&&(l[n+1]==="["||l[n+1]==="]")){t+=l[n+1],n++;continue}t+=l[n];}return t}function He(l,e,t,n,r){let s=e.href,o=e.title||null,i=Ht(l[1],r),a=l[0].charAt(0)==="!",c=n.state.inLink,u=n.state.linkEmitted,d=n.state.inRawBlock;n.state.inLink=true,n.state.linkEmitted=false;let h=n.inlineTokens(i),p=n.state.linkEmitted;if(n.state.linkEmitted=u,n.state.inLink=c,!a){if(p){n.state.inRawBlock=d;return}n.state.linkEmitted=true;}return {type:a?"image":"link",raw:t,href:s,title:o,text:i,tokens:h}}function Zt(l,e,t){let n=l.match(t.other.indentCodeCompensation);if(n===null)return e;let r=n[1];return e.split(`
`).map(s=>{let o=s.match(t.other.beginningSpace);if(o===null)return s;let[i]=o;return s.slice(Math.min(i.length,r.length))}).join(`
`)}function Ze(l,e,t,n){if(!e.includes("<"))return  false;for(let r=0;r<e.length;r++){if(e[r]==="\\"){r++;continue}if(e[r]==="`"){let i=n.inline.code.exec(e.slice(r));if(i){r+=i[0].length-1;continue}}if(e[r]!=="<")continue;let s=l.slice(t+r),o=n.inline.tag.exec(s)||n.inline.autolink.exec(s);if(o){if(o[0].length>e.length-r)return  true;r+=o[0].length-1;}}return  false}var _=class{options;rules;lexer;constructor(e){this.options=e||S;}space(e){let t=this.rules.block.newline.exec(e);if(t&&t[0].length>0)return {type:"space",raw:t[0]}}code(e){let t=this.rules.block.code.exec(e);if(t){let n=this.options.pedantic?t[0]:Re(t[0]),r=n.replace(this.rules.other.codeRemoveIndent,"");return {type:"code",raw:n,codeBlockStyle:"indented",text:r}}}fences(e){let t=this.rules.block.fences.exec(e);if(t){let n=t[0],r=Zt(n,t[3]||"",this.rules);return t[3]!==void 0&&(r===""||r.endsWith(`
`))&&(r+=`
`),{type:"code",raw:n,lang:t[2]?t[2].trim().replace(this.rules.inline.anyPunctuation,"$1"):t[2],text:r}}}heading(e){let t=this.rules.block.heading.exec(e);if(t){let n=t[2].trim();if(this.rules.other.endingHash.test(n)){let r=C(n,"#");(this.options.pedantic||!r||this.rules.other.endingSpaceTabChar.test(r))&&(n=r.trim());}return {type:"heading",raw:C(t[0],`
`),depth:t[1].length,text:n,tokens:this.lexer.inline(n)}}}hr(e){let t=this.rules.block.hr.exec(e);if(t)return {type:"hr",raw:C(t[0],`
`)}}blockquote(e){let t=this.rules.block.blockquote.exec(e);if(t){let n=C(t[0],`
`).split(`
`),r="",s="",o=[];for(;n.length>0;){let i=false,a=[],c;for(c=0;c<n.length;c++)if(this.rules.other.blockquoteStart.test(n[c]))a.push(n[c]),i=true;else if(!i)a.push(n[c]);else break;n=n.slice(c);let u=a.join(`
`),d=u.replace(this.rules.other.blockquoteMarkerWhitespace,(k,m,b)=>b.startsWith(" ")?m+" "+b.slice(1):m+te(b,m.length)).replace(this.rules.other.blockquoteSetextReplace,`
    $1`).replace(this.rules.other.blockquoteSetextReplace2,"");r=r?`${r}
${u}`:u,s=s?`${s}
${d}`:d;let h=this.lexer.state.top;if(this.lexer.state.top=true,this.lexer.blockTokens(d,o,true),this.lexer.state.top=h,n.length===0)break;let p=o.at(-1);if(p?.type==="code"||p?.type==="heading"||p?.type==="hr"||p?.type==="html"||p?.type==="table")break;if(p?.type==="blockquote"){let k=p,m=n.join(`
`),b=k.raw+`
`+m.replace(this.rules.other.blockquoteSetextReplace2,""),f=this.blockquote(b);o[o.length-1]=f;let R=b.substring(f.raw.length).replace(/^\n/,""),E=R?R.split(`
`).length:0,T=E?n.slice(0,-E):n;if(T.length>0&&(r=`${r}
${T.join(`
`)}`),s=s.substring(0,s.length-k.text.length)+f.text,n=n.slice(T.length),n.length>0&&this.rules.other.blockquoteStart.test(n[0]))continue;break}else if(p?.type==="list"){let k=p,m=k.raw+`
`+n.join(`
`),b=this.list(m);o[o.length-1]=b;let f=b.raw.length>k.raw.length?m.slice(k.raw.length+1,b.raw.length).split(`
`).length:0;if(f>0){let R=n.slice(0,f).join(`
`);r=`${r}
${R}`,s=`${s}
${R}`;}if(n=n.slice(f),n.length>0&&!this.rules.other.blockquoteStart.test(n[0]))break;continue}}return {type:"blockquote",raw:r,tokens:o,text:s}}}list(e){let t=this.rules.block.list.exec(e);if(t){if(!this.options.pedantic&&this.lexer.state.lastToken?.type==="text"&&!this.rules.other.listInterruptsParagraph.test(e))return;let n=e,r=()=>n.length-e.length,s=t[1].trim(),o=s.length>1,i={type:"list",raw:"",ordered:o,start:o?+s.slice(0,-1):"",loose:false,items:[]};s=o?`\\d{1,9}\\${s.slice(-1)}`:`\\${s}`,this.options.pedantic&&(s=o?s:"[*+-]");let a=this.rules.other.listItemRegex(s),c=false;for(;e;){let h=false,p="";if(!(t=a.exec(e))||this.rules.block.hr.test(e))break;let k=r();e=e.substring(t[0].length);let m=t[2].split(`
`,1)[0],b=t[1].length,f=this.options.pedantic?te(m,b):m.replace(this.rules.other.leadingSpaceTab,H=>te(H,b)),R=e.split(`
`,1)[0],E=!f.trim(),T=0;if(this.options.pedantic?(T=2,p=f.trimStart()):E?T=b+1:(T=f.search(this.rules.other.nonSpaceChar),T=T>4?1:T,p=f.slice(T),T+=b),E&&this.rules.other.blankLine.test(R)&&(e=e.substring(R.length+1),h=true),!h){let H=this.rules.other.nextBulletRegex(T),K=this.rules.other.hrRegex(T),re=this.rules.other.fencesBeginRegex(T),B=this.options.pedantic?this.rules.other.pedanticHeadingBeginRegex(T):this.rules.other.headingBeginRegex(T),X=this.rules.other.htmlBeginRegex(T),se=this.rules.other.blockquoteBeginRegex(T),le=false;for(;e;){let we=e.split(`
`,1)[0],Z;if(R=we,this.options.pedantic?(R=R.replace(this.rules.other.listReplaceNesting,"  "),Z=R):Z=R.replace(this.rules.other.leadingSpaceTab,$=>te($)),re.test(R)||B.test(R)||X.test(R)||se.test(R)||H.test(R)||K.test(R))break;if(Z.search(this.rules.other.nonSpaceChar)>=T||!R.trim())p+=`
`+Z.slice(T),le=false;else {if(E)break;let $=f;if(!this.options.pedantic&&!p.includes(`
`)&&!f.includes("	")){let j;for(;!K.test($)&&(j=this.rules.other.nestedBlockMarker.exec($));)$=$.slice(j[0].length);if(!$.trim())break}if($.replace(this.rules.other.tabCharGlobal,"    ").search(this.rules.other.nonSpaceChar)>=4||re.test($)||B.test($)||X.test($)||K.test($))break;if(!this.options.pedantic&&!le){let j=f.replace(this.rules.other.nestedContainerMarkers,"");if(this.rules.block.fences.test(j)||this.rules.block.heading.test(j)||this.rules.block.hr.test(j))break}let je=!this.options.pedantic&&/^ {0,3}(?:=+|-+) *$/.test(R)&&this.rules.block.lheading.test(`${f}
${R}`)?`    ${Z.replace(/^ {0,3}/,"")}`:R;p+=`
`+je,le=true;}E=!R.trim(),e=e.substring(we.length+1),f=Z.slice(T);}}let U=n.slice(k,r());i.loose||(c?i.loose=true:this.rules.other.doubleBlankLine.test(U)&&(c=true)),i.items.push({type:"list_item",raw:U,task:!!this.options.gfm&&this.rules.other.listIsTask.test(p),loose:false,text:p,tokens:[]});}let u=i.items.at(-1);if(u)u.raw=u.raw.trimEnd(),u.text=u.text.trimEnd();else return;i.raw=n.slice(0,r()).trimEnd();let d=[];for(let h of i.items)if(this.lexer.state.top=false,d.push(this.lexer.inlineQueue.length),h.tokens=this.lexer.blockTokens(h.text,[]),!i.loose){let p=h.tokens.filter(m=>m.type==="space"),k=p.length>0&&p.some(m=>this.rules.other.anyLine.test(m.raw));i.loose=k;}for(let h=0;h<i.items.length;h++){let p=i.items[h],k=p.tokens[0];if(p.task&&(k?.type==="text"||k?.type==="paragraph")){p.text=p.text.replace(this.rules.other.listReplaceTask,""),k.raw=k.raw.replace(this.rules.other.listReplaceTask,""),k.text=k.text.replace(this.rules.other.listReplaceTask,"");let m=this.lexer.inlineQueue;for(let f=d[h];f<m.length;f++)if(m[f].tokens===k.tokens){m[f].src=m[f].src.replace(this.rules.other.listReplaceTask,"");break}let b=this.rules.other.listTaskCheckbox.exec(p.raw);if(b){let f={type:"checkbox",raw:b[0]+" ",checked:b[0]!=="[ ]"};p.checked=f.checked,i.loose?p.tokens[0]&&["paragraph","text"].includes(p.tokens[0].type)&&"tokens"in p.tokens[0]&&p.tokens[0].tokens?(p.tokens[0].raw=f.raw+p.tokens[0].raw,p.tokens[0].text=f.raw+p.tokens[0].text,p.tokens[0].tokens.unshift(f)):p.tokens.unshift({type:"paragraph",raw:f.raw,text:f.raw,tokens:[f]}):p.tokens.unshift(f);}}else p.task&&(p.task=false);}if(i.loose)for(let h of i.items){h.loose=true;for(let p of h.tokens)p.type==="text"&&(p.type="paragraph");}return i}}html(e){let t=this.rules.block.html.exec(e);if(t){if(this.lexer.state.lastToken?.type==="paragraph"&&!this.rules.other.htmlBeginRegex(4).test(e))return;let n=Re(t[0]);return {type:"html",block:true,raw:n,pre:t[1]==="pre"||t[1]==="script"||t[1]==="style",text:n}}}def(e){let t=this.rules.block.def.exec(e);if(t){if(!this.rules.other.startAngleBracket.test(t[2])&&Te(t[2],"()")!==-1)return;let n=W(t[1]),r=t[2]?t[2].replace(this.rules.other.hrefBrackets,"$1").replace(this.rules.inline.anyPunctuation,"$1"):"",s=t[3]?t[3].substring(1,t[3].length-1).replace(this.rules.inline.anyPunctuation,"$1"):t[3];return {type:"def",tag:n,raw:C(t[0],`
`),href:r,title:s}}}table(e){let t=this.rules.block.table.exec(e);if(!t||!this.rules.other.tableDelimiter.test(t[2]))return;let n=be(t[1]),r=t[2].replace(this.rules.other.tableAlignChars,"").split("|"),s=t[3]?.trim()?t[3].replace(this.rules.other.tableRowBlankLine,"").split(`
`):[],o={type:"table",raw:C(t[0],`
`),header:[],align:[],rows:[]};if(n.length===r.length){for(let i of r)this.rules.other.tableAlignRight.test(i)?o.align.push("right"):this.rules.other.tableAlignCenter.test(i)?o.align.push("center"):this.rules.other.tableAlignLeft.test(i)?o.align.push("left"):o.align.push(null);for(let i=0;i<n.length;i++)o.header.push({text:n[i],tokens:this.lexer.inline(n[i]),header:true,align:o.align[i]});for(let i of s)o.rows.push(be(i,o.header.length).map((a,c)=>({text:a,tokens:this.lexer.inline(a),header:false,align:o.align[c]})));return o}}lheading(e){let t=this.rules.block.lheading.exec(e);if(t){let n=t[1].trim();return {type:"heading",raw:C(t[0],`
`),depth:t[2].charAt(0)==="="?1:2,text:n,tokens:this.lexer.inline(n)}}}paragraph(e){let t=this.rules.block.paragraph.exec(e);if(t){let n=t[1].charAt(t[1].length-1)===`
`?t[1].slice(0,-1):t[1];return {type:"paragraph",raw:t[0],text:n,tokens:this.lexer.inline(n)}}}text(e){let t=this.rules.block.text.exec(e);if(t)return {type:"text",raw:t[0],text:t[0],tokens:this.lexer.inline(t[0])}}escape(e){if(e.charCodeAt(0)!==92)return;let t=this.rules.inline.escape.exec(e);if(t)return {type:"escape",raw:t[0],text:t[1]}}tag(e){if(e.charCodeAt(0)!==60)return;let t=this.rules.inline.tag.exec(e);if(t)return !this.lexer.state.inLink&&this.rules.other.startATag.test(t[0])?this.lexer.state.inLink=true:this.lexer.state.inLink&&this.rules.other.endATag.test(t[0])&&(this.lexer.state.inLink=false),!this.lexer.state.inRawBlock&&this.rules.other.startPreScriptTag.test(t[0])?this.lexer.state.inRawBlock=true:this.lexer.state.inRawBlock&&this.rules.other.endPreScriptTag.test(t[0])&&(this.lexer.state.inRawBlock=false),{type:"html",raw:t[0],inLink:this.lexer.state.inLink,inRawBlock:this.lexer.state.inRawBlock,block:false,text:t[0]}}link(e){if(this.lexer.state.linkParenPossible===false)return;let t=e.charCodeAt(0);if(t!==91&&t!==33)return;let n=this.rules.inline.link.exec(e);if(n){let r=n[0].charAt(0)==="!"?2:1;if(!this.options.pedantic&&Ze(e,n[1],r,this.rules))return;let s=n[2].trim();if(!this.options.pedantic&&this.rules.other.startAngleBracket.test(s)){if(!this.rules.other.endAngleBracket.test(s))return;let c=C(s.slice(0,-1),"\\");if((s.length-c.length)%2===0)return}else {let c=Te(n[2],"()");if(c===-2)return;if(c>-1){let d=(n[0].indexOf("!")===0?5:4)+n[1].length+c;n[2]=n[2].substring(0,c),n[0]=n[0].substring(0,d).trim(),n[3]="";}}let o=C(n[0].slice(0,-1),"\\");if((n[0].length-o.length)%2===0)return;let i=n[2],a="";if(this.options.pedantic){let c=this.rules.other.pedanticHrefTitle.exec(i);c&&(i=c[1],a=c[3]);}else a=n[3]?n[3].slice(1,-1):"";return i=i.trim(),this.rules.other.startAngleBracket.test(i)&&(this.options.pedantic&&!this.rules.other.endAngleBracket.test(s)?i=i.slice(1):i=i.slice(1,-1)),He(n,{href:i&&i.replace(this.rules.inline.anyPunctuation,"$1"),title:a&&a.replace(this.rules.inline.anyPunctuation,"$1")},n[0],this.lexer,this.rules)}}reflink(e,t){let n=e.charCodeAt(0);if(n!==91&&n!==33)return;let r;if((r=this.rules.inline.reflink.exec(e))||(r=this.rules.inline.nolink.exec(e))){let s=r[0].charAt(0)==="!"?2:1;if(!this.options.pedantic&&Ze(e,r[1],s,this.rules))return;let o=t[W(r[2]||r[1])];if(!o){let i=r[0].charAt(0);return {type:"text",raw:i,text:i}}return He(r,o,r[0],this.lexer,this.rules)}}emStrong(e,t,n=""){let r=this.rules.inline.emStrongLDelim.exec(e);if(!r||!r[1]&&!r[2]&&!r[3]&&!r[4])return;let s=r[0][0],o=n===s,i=t.length-e.length,a=i;for(;!this.options.pedantic&&a>0&&t[a-1]===s;)a--;let c=[...t.slice(Math.max(0,a-2),a)].at(-1)??"",u=c==="*"||c==="_"||!!this.rules.inline.punctuation.exec(c);a<i&&(n=c);let d=a<i?u:n==="*"||n==="_"||!!this.rules.inline.punctuation.exec(n);if(r[4]&&n.match(this.rules.other.unicodeAlphaNumeric))return;let h=r[1]||r[3]||"";if(!h||!n||d){let p=[...r[0]].length-1,k,m,b=p,f=0,R=i-a+p,E=!this.options.pedantic&&!!c.trim()&&(!!h||s==="*"&&!u);if(s!=="*"&&s!=="_")return;let T=s==="*"?this.rules.inline.emStrongRDelimAst:this.rules.inline.emStrongRDelimUnd,U=oe(this,t,s),H=t.length-e.length+p;if(U<H)return;t=t.slice(-1*e.length+p);let K=U-H;for(T.lastIndex=0;(r=T.exec(t))!==null&&!(r.index>K);){if(k=r[1]||r[2]||r[3]||r[4]||r[5]||r[6],!k)continue;if(m=[...k].length,r[3]||r[4]){b+=m;continue}else if((r[5]||r[6]||E)&&R%3&&!((R+m)%3)){if(o&&(r[5]||r[6]))break;f+=m;continue}if(b-=m,b>0)continue;m=Math.min(m,m+b+f);let re=[...r[0]][0].length,B=e.slice(0,p+r.index+re+m);if(Math.min(p,m)%2){let se=B.slice(1,-1);return {type:"em",raw:B,text:se,tokens:this.lexer.inlineTokens(se)}}let X=B.slice(2,-2);return {type:"strong",raw:B,text:X,tokens:this.lexer.inlineTokens(X)}}}}codespan(e){if(e.charCodeAt(0)!==96)return;let t=this.rules.inline.code.exec(e);if(t){let n=t[2].replace(this.rules.other.newLineCharGlobal," "),r=this.rules.other.nonSpaceChar.test(n),s=this.rules.other.startingSpaceChar.test(n)&&this.rules.other.endingSpaceChar.test(n);return r&&s&&(n=n.substring(1,n.length-1)),{type:"codespan",raw:t[0],text:n}}}br(e){let t=e.charCodeAt(0);if(t!==32&&t!==92&&t!==10)return;let n=this.rules.inline.br.exec(e);if(n)return {type:"br",raw:n[0]}}del(e,t,n=""){if(e.charCodeAt(0)!==126)return;let r=this.rules.inline.delLDelim.exec(e);if(!r)return;if(!(r[1]||"")||!n||this.rules.inline.punctuation.exec(n)){let o=[...r[0]].length-1,i,a,c=o,u=this.rules.inline.delRDelim,d=ae(this,t),h=t.length-e.length+o;if(d<h)return;t=t.slice(-1*e.length+o);let p=d-h;for(u.lastIndex=0;(r=u.exec(t))!==null&&!(r.index>p);){if(i=r[1]||r[2]||r[3]||r[4]||r[5]||r[6],!i||(a=[...i].length,a!==o))continue;if(r[3]||r[4]){c+=a;continue}if(c-=a,c>0)continue;a=Math.min(a,a+c);let k=[...r[0]][0].length,m=e.slice(0,o+r.index+k+a),b=m.slice(o,-o);return {type:"del",raw:m,text:b,tokens:this.lexer.inlineTokens(b)}}}}autolink(e){if(e.charCodeAt(0)!==60)return;let t=this.rules.inline.autolink.exec(e);if(t){let n,r;return t[2]==="@"?(n=t[1],r="mailto:"+n):(n=t[1],r=n),{type:"link",raw:t[0],text:n,href:r,autolink:true,tokens:[{type:"text",raw:n,text:n}]}}}url(e){let t;if(t=this.rules.inline.url.exec(e)){let n,r;if(t[2]==="@")n=t[0],r="mailto:"+n;else {let s;do s=t[0],t[0]=this.rules.inline._backpedal.exec(t[0])?.[0]??"";while(s!==t[0]);n=t[0],t[1]==="www."?r="http://"+t[0]:r=t[0];}return {type:"link",raw:t[0],text:n,href:r,autolink:true,tokens:[{type:"text",raw:n,text:n}]}}}inlineText(e){let t=this.rules.inline.text.exec(e);if(t){let n=this.lexer.state.inRawBlock;return {type:"text",raw:t[0],text:n?t[0]:De(t[0]),escaped:n}}}};var w=class l{tokens;options;state;inlineQueue;tokenizer;constructor(e){this.tokens=[],this.tokens.links=Object.create(null),this.options=e||S,this.options.tokenizer=this.options.tokenizer||new _,this.tokenizer=this.options.tokenizer,this.tokenizer.options=this.options,this.tokenizer.lexer=this,this.inlineQueue=[],this.state={inLink:false,inRawBlock:false,linkEmitted:false,linkParenPossible:true,top:true};let t={other:O,block:ee.normal,inline:F.normal};this.options.pedantic?(t.block=ee.pedantic,t.inline=F.pedantic):this.options.gfm&&(t.block=ee.gfm,this.options.breaks?t.inline=F.breaks:t.inline=F.gfm),this.tokenizer.rules=t;}static get rules(){return {block:ee,inline:F}}static lex(e,t){return new l(t).lex(e)}static lexInline(e,t){return new l(t).inlineTokens(e)}lex(e){e=e.replace(O.carriageReturn,`
`),this.blockTokens(e,this.tokens);for(let t=0;t<this.inlineQueue.length;t++){let n=this.inlineQueue[t];this.state.inRawBlock=false,this.inlineTokens(n.src,n.tokens);}return this.inlineQueue=[],this.tokens}blockTokens(e,t=[],n=false){this.tokenizer.lexer=this;let r=this.state.lastToken;this.options.pedantic&&(e=e.replace(O.tabCharGlobal,"    ").replace(O.spaceLine,""));let s=1/0,o,i=this.options.gfm&&!this.options.pedantic&&this.tokenizer.paragraph===_.prototype.paragraph;for(;e;){if(e.length<s)s=e.length;else {this.infiniteLoopError(e.charCodeAt(0));break}this.state.lastToken=t.at(-1);let a;if(this.options.extensions?.block?.some(u=>(a=u.call({lexer:this},e,t))?(e=e.substring(a.raw.length),t.push(a),true):false))continue;if(a=this.tokenizer.space(e)){e=e.substring(a.raw.length);let u=t.at(-1);a.raw.length===1&&u!==void 0?u.raw+=`
`:t.push(a);continue}if(a=this.tokenizer.code(e)){e=e.substring(a.raw.length);let u=t.at(-1);u?.type==="paragraph"||u?.type==="text"?(u.raw+=(u.raw.endsWith(`
`)?"":`
`)+a.raw,u.text+=`
`+a.text,this.inlineQueue.at(-1).src=u.text):t.push(a);continue}if(a=this.tokenizer.fences(e)){e=e.substring(a.raw.length),t.push(a);continue}if(a=this.tokenizer.heading(e)){e=e.substring(a.raw.length),t.push(a);continue}if(a=this.tokenizer.hr(e)){e=e.substring(a.raw.length),t.push(a);continue}if(a=this.tokenizer.blockquote(e)){e=e.substring(a.raw.length),t.push(a);continue}if(a=this.tokenizer.list(e)){e=e.substring(a.raw.length),t.push(a);continue}if(a=this.tokenizer.html(e)){e=e.substring(a.raw.length),t.push(a);continue}if(a=this.tokenizer.def(e)){e=e.substring(a.raw.length);let u=t.at(-1);u?.type==="paragraph"||u?.type==="text"?(u.raw+=(u.raw.endsWith(`
`)?"":`
`)+a.raw,u.text+=`
`+a.raw,this.inlineQueue.at(-1).src=u.text):(this.tokens.links[a.tag]||(this.tokens.links[a.tag]={href:a.href,title:a.title}),t.push(a));continue}if(a=this.tokenizer.table(e)){e=e.substring(a.raw.length),t.push(a);continue}if(a=this.tokenizer.lheading(e)){e=e.substring(a.raw.length),t.push(a);continue}let c=e;if(this.options.extensions?.startBlock){let u=1/0,d=e.slice(1),h;this.options.extensions.startBlock.forEach(p=>{h=p.call({lexer:this},d),typeof h=="number"&&h>=0&&(u=Math.min(u,h));}),u<1/0&&u>=0&&(c=e.substring(0,u+1));}if(this.state.top&&(a=this.tokenizer.paragraph(c))){let u=t.at(-1);(n||u===o&&i)&&u?.type==="paragraph"?(u.raw+=(u.raw.endsWith(`
`)?"":`
`)+a.raw,u.text+=`
`+a.text,this.inlineQueue.pop(),this.inlineQueue.at(-1).src=u.text,o=u):(t.push(a),o=a),n=c.length!==e.length,e=e.substring(a.raw.length);continue}if(a=this.tokenizer.text(e)){e=e.substring(a.raw.length);let u=t.at(-1);u?.type==="text"?(u.raw+=(u.raw.endsWith(`
`)?"":`
`)+a.raw,u.text+=`
`+a.text,this.inlineQueue.pop(),this.inlineQueue.at(-1).src=u.text):t.push(a);continue}if(e){this.infiniteLoopError(e.charCodeAt(0));break}}return this.state.top=true,this.state.lastToken=r,t}inline(e,t=[]){return this.inlineQueue.push({src:e,tokens:t}),t}linkInText(e){if(!e.includes("["))return  false;let t=this.tokenizer.rules.inline.link;for(let n of e.matchAll(this.tokenizer.rules.inline.blockSkip))if(t.test(n[0])&&e.charAt(n.index-1)!=="!")return  true;for(let n of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)){let r=n[0],s=r.lastIndexOf("[");if(!(r.charAt(0)==="!"||!Object.hasOwn(this.tokens.links,W(r.slice(s+1,-1))))&&!(s>1&&this.linkInText(r.slice(1,s-1))))return  true}return  false}inlineTokens(e,t=[]){this.tokenizer.lexer=this;let n=this.state.linkParenPossible;this.state.linkParenPossible=e.includes(")");try{return this.#t(e,t)}finally{this.state.linkParenPossible=n;}}#t(e,t){let n=e.includes("*")||e.includes("_")||e.includes("~"),r=n||this.options.hooks?.emStrongMask||this.tokenizer.emStrong!==_.prototype.emStrong||this.tokenizer.del!==_.prototype.del?this.#r(e):e;if(!n)return this.#e(e,r,t);qe(this.tokenizer,r);try{return this.#e(e,r,t)}finally{ve(this.tokenizer);}}#e(e,t,n){let r=false,s="",o=1/0;for(;e;){if(e.length<o)o=e.length;else {this.infiniteLoopError(e.charCodeAt(0));break}r||(s=""),r=false;let i;if(this.options.extensions?.inline?.some(u=>(i=u.call({lexer:this},e,n))?(e=e.substring(i.raw.length),n.push(i),true):false))continue;if(i=this.tokenizer.escape(e)){e=e.substring(i.raw.length),n.push(i);continue}if(i=this.tokenizer.tag(e)){e=e.substring(i.raw.length),n.push(i);continue}if(i=this.tokenizer.link(e)){e=e.substring(i.raw.length),n.push(i);continue}if(i=this.tokenizer.reflink(e,this.tokens.links)){e=e.substring(i.raw.length);let u=n.at(-1);i.type==="text"&&u?.type==="text"?(u.raw+=i.raw,u.text+=i.text):n.push(i);continue}let a=e[0];if(a==="*"||a==="_"){let u=t.length-e.length;if(oe(this.tokenizer,t,a)<=u){let h=1;for(;h<e.length&&e.charCodeAt(h)===a.charCodeAt(0);)h++;let p=e.substring(0,h),k=n.at(-1);k?.type==="text"&&!k.escaped?(k.raw+=p,k.text+=p):n.push({type:"text",raw:p,text:p,escaped:false}),e=e.substring(h),s=a,r=true;continue}}else if(a==="~"){let u=t.length-e.length;if(ae(this.tokenizer,t)<=u){let h=1;for(;h<e.length&&e.charCodeAt(h)===126;)h++;let p=e.substring(0,h),k=n.at(-1);k?.type==="text"&&!k.escaped?(k.raw+=p,k.text+=p):n.push({type:"text",raw:p,text:p,escaped:false}),e=e.substring(h),s=a,r=true;continue}}if(i=this.tokenizer.emStrong(e,t,s)){e=e.substring(i.raw.length),n.push(i);continue}if(i=this.tokenizer.codespan(e)){e=e.substring(i.raw.length),n.push(i);continue}if(i=this.tokenizer.br(e)){e=e.substring(i.raw.length),n.push(i);continue}if(i=this.tokenizer.del(e,t,s)){e=e.substring(i.raw.length),n.push(i);continue}if(i=this.tokenizer.autolink(e)){e=e.substring(i.raw.length),n.push(i);continue}if(!this.state.inLink&&(i=this.tokenizer.url(e))){e=e.substring(i.raw.length),n.push(i);continue}let c=e;if(this.options.extensions?.startInline){let u=1/0,d=e.slice(1),h;this.options.extensions.startInline.forEach(p=>{h=p.call({lexer:this},d),typeof h=="number"&&h>=0&&(u=Math.min(u,h));}),u<1/0&&u>=0&&(c=e.substring(0,u+1));}if(i=this.tokenizer.inlineText(c)){e=e.substring(i.raw.length),i.raw.slice(-1)!=="_"&&(s=i.raw.slice(-1)),r=true;let u=n.at(-1);u?.type==="text"?(u.raw+=i.raw,u.text+=i.text):n.push(i);continue}if(e){this.infiniteLoopError(e.charCodeAt(0));break}}return n}#n(e){let{blockSkip:t,tag:n,autolink:r}=this.tokenizer.rules.inline,s="",o=0,i;for(t.lastIndex=0;i=t.exec(e);){let a=i.index+(i[2]?i[2].length:0),c=i.index+i[0].length;if(e.charAt(a)==="<"){let u=e.slice(a),d=n.exec(u)||r.exec(u);if(!d){t.lastIndex=a+1;continue}c=a+d[0].length,t.lastIndex=c;}s+=e.slice(o,a)+"["+"a".repeat(c-a-2)+"]",o=c;}return s+e.slice(o)}#r(e){let t=e;if(this.tokens.links&&e.includes("[")){let n=this.tokenizer.rules.inline.reflinkSearch,r=s=>{let o=s.lastIndexOf("[");if(!Object.hasOwn(this.tokens.links,W(s.slice(o+1,-1))))return s;if(o>1&&s.charAt(0)!=="!"){let i=s.slice(1,o-1);if(this.linkInText(i))return "["+i.replace(n,r)+"]["+"a".repeat(s.length-o-2)+"]"}return "["+"a".repeat(s.length-2)+"]"};t=t.replace(n,r);}return t=t.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode,(n,r,s)=>s?"+".repeat(n.length):r?r+n.slice(r.length,-r.length).replace(/`/g,"+")+r:n),t=this.#n(t),t=this.options.hooks?.emStrongMask?.call({lexer:this},t)??t,t}infiniteLoopError(e){let t="Infinite loop on byte: "+e;if(this.options.silent)console.error(t);else throw new Error(t)}};var I=class{options;parser;constructor(e){this.options=e||S;}space(e){return ""}code({text:e,lang:t,escaped:n}){let r=(t||"").match(O.notSpaceStart)?.[0],s=e?e.replace(O.endingNewline,"")+`
`:"";return r?'<pre><code class="language-'+y(r)+'">'+(n?s:y(s,true))+`</code></pre>
`:"<pre><code>"+(n?s:y(s,true))+`</code></pre>
`}blockquote({tokens:e}){return `<blockquote>
${this.parser.parse(e)}</blockquote>
`}html({text:e}){return e}def(e){return ""}heading({tokens:e,depth:t}){return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`}hr(e){return `<hr>
`}list(e){let t=e.ordered,n=e.start,r="";for(let i=0;i<e.items.length;i++){let a=e.items[i];r+=this.listitem(a);}let s=t?"ol":"ul",o=t&&n!==1?' start="'+n+'"':"";return "<"+s+o+`>
`+r+"</"+s+`>
`}listitem(e){return `<li>${this.parser.parse(e.tokens)}</li>
`}checkbox({checked:e}){return "<input "+(e?'checked="" ':"")+'disabled="" type="checkbox"> '}paragraph({tokens:e}){return `<p>${this.parser.parseInline(e)}</p>
`}table(e){let t="",n="";for(let s=0;s<e.header.length;s++)n+=this.tablecell(e.header[s]);t+=this.tablerow({text:n});let r="";for(let s=0;s<e.rows.length;s++){let o=e.rows[s];n="";for(let i=0;i<o.length;i++)n+=this.tablecell(o[i]);r+=this.tablerow({text:n});}return r&&(r=`<tbody>${r}</tbody>`),`<table>
<thead>
`+t+`</thead>
`+r+`</table>
`}tablerow({text:e}){return `<tr>
${e}</tr>
`}tablecell(e){let t=this.parser.parseInline(e.tokens),n=e.header?"th":"td";return (e.align?`<${n} align="${e.align}">`:`<${n}>`)+t+`</${n}>
`}strong({tokens:e}){return `<strong>${this.parser.parseInline(e)}</strong>`}em({tokens:e}){return `<em>${this.parser.parseInline(e)}</em>`}codespan({text:e}){return `<code>${y(e,true)}</code>`}br(e){return "<br>"}del({tokens:e}){return `<del>${this.parser.parseInline(e)}</del>`}link({href:e,title:t,text:n,tokens:r,autolink:s}){let o=s?y(n,true):this.parser.parseInline(r),i=xe(e);if(i===null)return o;e=y(i,s);let a='<a href="'+e+'"';return t&&(a+=' title="'+y(t)+'"'),a+=">"+o+"</a>",a}image({href:e,title:t,text:n,tokens:r}){r&&(n=this.parser.parseInline(r,this.parser.textRenderer));let s=xe(e);if(s===null)return y(n);e=s;let o=`<img src="${y(e)}" alt="${y(n)}"`;return t&&(o+=` title="${y(t)}"`),o+=">",o}text(e){return "tokens"in e&&e.tokens?this.parser.parseInline(e.tokens):"escaped"in e&&e.escaped?e.text:y(e.text)}};var z=class{parser;strong({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}em({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}codespan({text:e}){return e}del({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}html({text:e}){return e}text({text:e}){return e}link({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}image({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}br(){return `
`}checkbox({raw:e}){return e}};var P=class l{options;renderer;textRenderer;constructor(e){this.options=e||S,this.options.renderer=this.options.renderer||new I,this.renderer=this.options.renderer,this.renderer.options=this.options,this.renderer.parser=this,this.textRenderer=new z,this.textRenderer.parser=this;}static parse(e,t){return new l(t).parse(e)}static parseInline(e,t){return new l(t).parseInline(e)}parse(e){this.renderer.parser=this;let t="";for(let n=0;n<e.length;n++){let r=e[n];if(this.options.extensions?.renderers?.[r.type]){let o=r,i=this.options.extensions.renderers[o.type].call({parser:this},o);if(i!==false||!["space","hr","heading","code","table","blockquote","list","checkbox","html","def","paragraph","text"].includes(o.type)){t+=i===false?"":i??"";continue}}let s=r;switch(s.type){case "space":{t+=this.renderer.space(s);break}case "hr":{t+=this.renderer.hr(s);break}case "heading":{t+=this.renderer.heading(s);break}case "code":{t+=this.renderer.code(s);break}case "table":{t+=this.renderer.table(s);break}case "blockquote":{t+=this.renderer.blockquote(s);break}case "list":{t+=this.renderer.list(s);break}case "checkbox":{t+=this.renderer.checkbox(s);break}case "html":{t+=this.renderer.html(s);break}case "def":{t+=this.renderer.def(s);break}case "paragraph":{t+=this.renderer.paragraph(s);break}case "text":{t+=this.renderer.text(s);break}default:{let o='Token with "'+s.type+'" type was not found.';if(this.options.silent)return console.error(o),"";throw new Error(o)}}}return t}parseInline(e,t=this.renderer){this.renderer.parser=this;let n="";for(let r=0;r<e.length;r++){let s=e[r];if(this.options.extensions?.renderers?.[s.type]){let i=this.options.extensions.renderers[s.type].call({parser:this},s);if(i!==false||!["escape","html","link","image","checkbox","strong","em","codespan","br","del","text"].includes(s.type)){n+=i===false?"":i??"";continue}}let o=s;switch(o.type){case "escape":{n+=t.text(o);break}case "html":{n+=t.html(o);break}case "link":{n+=t.link(o);break}case "image":{n+=t.image(o);break}case "checkbox":{n+=t.checkbox(o);break}case "strong":{n+=t.strong(o);break}case "em":{n+=t.em(o);break}case "codespan":{n+=t.codespan(o);break}case "br":{n+=t.br(o);break}case "del":{n+=t.del(o);break}case "text":{n+=t.text(o);break}default:{let i='Token with "'+o.type+'" type was not found.';if(this.options.silent)return console.error(i),"";throw new Error(i)}}}return n}};var A=class{options;block;constructor(e){this.options=e||S;}static passThroughHooks=new Set(["preprocess","postprocess","processAllTokens","emStrongMask"]);static passThroughHooksRespectAsync=new Set(["preprocess","postprocess","processAllTokens"]);preprocess(e){return e}postprocess(e){return e}processAllTokens(e){return e}emStrongMask(e){return e}provideLexer(e=this.block){return e?w.lex:w.lexInline}provideParser(e=this.block){return e?P.parse:P.parseInline}};function M(l,e){if(Array.isArray(e))for(let t=0;t<e.length;t++)l.push(e[t]);else l.push(e);}var ne=class{defaults=G();options=this.setOptions;parse=this.parseMarkdown(true);parseInline=this.parseMarkdown(false);Parser=P;Renderer=I;TextRenderer=z;Lexer=w;Tokenizer=_;Hooks=A;constructor(...e){this.use(...e);}walkTokens(e,t){let n=[];for(let r of e)switch(M(n,t.call(this,r)),r.type){case "table":{let s=r;for(let o of s.header)M(n,this.walkTokens(o.tokens,t));for(let o of s.rows)for(let i of o)M(n,this.walkTokens(i.tokens,t));break}case "list":{let s=r;M(n,this.walkTokens(s.items,t));break}default:{let s=r;this.defaults.extensions?.childTokens?.[s.type]?this.defaults.extensions.childTokens[s.type].forEach(o=>{let i=s[o].flat(1/0);M(n,this.walkTokens(i,t));}):s.tokens&&M(n,this.walkTokens(s.tokens,t));}}return n}use(...e){let t=this.defaults.extensions||{renderers:Object.create(null),childTokens:Object.create(null)};return e.forEach(n=>{let r={...n};if(r.async=this.defaults.async||r.async||false,n.extensions&&(n.extensions.forEach(s=>{if(!s.name)throw new Error("extension name required");if("renderer"in s){let o=t.renderers[s.name];o?t.renderers[s.name]=function(...i){let a=s.renderer.apply(this,i);return a===false&&(a=o.apply(this,i)),a}:t.renderers[s.name]=s.renderer;}if("tokenizer"in s){if(!s.level||s.level!=="block"&&s.level!=="inline")throw new Error("extension level must be 'block' or 'inline'");let o=t[s.level];o?o.unshift(s.tokenizer):t[s.level]=[s.tokenizer],s.start&&(s.level==="block"?t.startBlock?t.startBlock.push(s.start):t.startBlock=[s.start]:s.level==="inline"&&(t.startInline?t.startInline.push(s.start):t.startInline=[s.start]));}"childTokens"in s&&s.childTokens&&(t.childTokens[s.name]=s.childTokens);}),r.extensions=t),n.renderer){let s=this.defaults.renderer||new I(this.defaults);for(let o in n.renderer){if(!(o in s))throw new Error(`renderer '${o}' does not exist`);if(["options","parser"].includes(o))continue;let i=o,a=n.renderer[i],c=s[i];s[i]=(...u)=>{let d=a.apply(s,u);return d===false&&(d=c.apply(s,u)),d===false?"":d??""};}r.renderer=s;}if(n.tokenizer){let s=this.defaults.tokenizer||new _(this.defaults);for(let o in n.tokenizer){if(!(o in s))throw new Error(`tokenizer '${o}' does not exist`);if(["options","rules","lexer"].includes(o))continue;let i=o,a=n.tokenizer[i],c=s[i];s[i]=(...u)=>{let d=a.apply(s,u);return d===false&&(d=c.apply(s,u)),d};}r.tokenizer=s;}if(n.hooks){let s=this.defaults.hooks||new A;for(let o in n.hooks){if(!(o in s))throw new Error(`hook '${o}' does not exist`);if(["options","block"].includes(o))continue;let i=o,a=n.hooks[i],c=s[i];A.passThroughHooks.has(o)?s[i]=u=>{if(s.options.async&&A.passThroughHooksRespectAsync.has(o))return (async()=>{let h=await a.call(s,u);return c.call(s,h)})();let d=a.call(s,u);return c.call(s,d)}:s[i]=(...u)=>{if(s.options.async)return (async()=>{let h=await a.apply(s,u);return h===false&&(h=await c.apply(s,u)),h})();let d=a.apply(s,u);return d===false&&(d=c.apply(s,u)),d};}r.hooks=s;}if(n.walkTokens){let s=this.defaults.walkTokens,o=n.walkTokens;r.walkTokens=function(i){let a=[];return M(a,o.call(this,i)),s&&M(a,s.call(this,i)),a};}this.defaults={...this.defaults,...r};}),this}setOptions(e){return this.defaults={...this.defaults,...e},this}lexer(e,t){return w.lex(e,t??this.defaults)}parser(e,t){return P.parse(e,t??this.defaults)}parseMarkdown(e){return (n,r)=>{let s={...r},o={...this.defaults,...s},i=this.onError(!!o.silent,!!o.async);if(this.defaults.async===true&&s.async===false)return i(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));if(typeof n>"u"||n===null)return i(new Error("marked(): input parameter is undefined or null"));if(typeof n!="string")return i(new Error("marked(): input parameter is of type "+Object.prototype.toString.call(n)+", string expected"));if(o.hooks&&(o.hooks.options=o,o.hooks.block=e),o.async)return (async()=>{let a=o.hooks?await o.hooks.preprocess(n):n,u=await(o.hooks?await o.hooks.provideLexer(e):e?w.lex:w.lexInline)(a,o),d=o.hooks?await o.hooks.processAllTokens(u):u;o.walkTokens&&await Promise.all(this.walkTokens(d,o.walkTokens));let p=await(o.hooks?await o.hooks.provideParser(e):e?P.parse:P.parseInline)(d,o);return o.hooks?await o.hooks.postprocess(p):p})().catch(i);try{o.hooks&&(n=o.hooks.preprocess(n));let c=(o.hooks?o.hooks.provideLexer(e):e?w.lex:w.lexInline)(n,o);o.hooks&&(c=o.hooks.processAllTokens(c)),o.walkTokens&&this.walkTokens(c,o.walkTokens);let d=(o.hooks?o.hooks.provideParser(e):e?P.parse:P.parseInline)(c,o);return o.hooks&&(d=o.hooks.postprocess(d)),d}catch(a){return i(a)}}}onError(e,t){return n=>{if(n.message+=`
Please report this to https://github.com/markedjs/marked.`,e){let r="<p>An error occurred:</p><pre>"+y(n.message+"",true)+"</pre>";return t?Promise.resolve(r):r}if(t)return Promise.reject(n);throw n}}};var v=new ne;function x(l,e){return v.parse(l,e)}x.options=x.setOptions=function(l){return v.setOptions(l),x.defaults=v.defaults,ue(x.defaults),x};x.getDefaults=G;x.defaults=S;function jt(...l){return v.use(...l),x.defaults=v.defaults,ue(x.defaults),x}x.use=jt;x.walkTokens=function(l,e){return v.walkTokens(l,e)};x.parseInline=v.parseInline;x.Parser=P;x.parser=P.parse;x.Renderer=I;x.TextRenderer=z;x.Lexer=w;x.lexer=w.lex;x.Tokenizer=_;x.Hooks=A;x.parse=x;x.options;x.setOptions;x.walkTokens;x.parseInline;P.parse;w.lex;

/**
 * Front matter is metadata: anything larger is refused. The `yaml` parser is far from linear on
 * some hostile shapes, so the cap is well below the scanner's 1 MiB text cap.
 */
const FRONT_MATTER_MAX_CHARS = 256 * 1024;
/** Only the start of a document is searched for the closing `---`. */
const FRONT_MATTER_SEARCH_CHARS = 1024 * 1024;
const MAX_SECTIONS$1 = 2000;
const MAX_TITLE = 200;
const MAX_REPORTED_ERRORS = 5;
// ---------------------------------------------------------------------------------------------
// Lines
/** Offsets where each line starts; a line break is `\r\n`, `\r` or `\n` (as Markdown counts them). */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
    }
    return starts;
}
/** 1-based line of an offset, given `lineStarts` of the same text. */
function lineOfOffset(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
function countNewlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function normalizeNewlines(text) {
    return text.replace(/\r\n?/g, '\n');
}
function isBreak(c) {
    return c === 10 || c === 13;
}
/** Length of the line break that ends a closing `---` (0 at the end of the text, -1 if none). */
function closingBreak(text, at) {
    if (at === text.length)
        return 0;
    if (text.charCodeAt(at) === 10)
        return 1;
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10)
        return 2;
    return -1;
}
/**
 * The Hub's rule, `^(\s*---[\r\n]+)([\S\s]*?)([\r\n]+---(\r\n|\n|$))`, as a linear scan: that
 * regex backtracks quadratically over long runs of line breaks.
 */
function findFrontMatterBlock(text) {
    const open = /^\s*/.exec(text)?.[0].length ?? 0;
    if (!text.startsWith('---', open))
        return null;
    const afterDashes = open + 3;
    let k = afterDashes;
    while (k < text.length && isBreak(text.charCodeAt(k)))
        k++;
    if (k === afterDashes)
        return null;
    const limit = Math.min(text.length, FRONT_MATTER_SEARCH_CHARS);
    // Greedy opening breaks first: the YAML starts after all of them, ends before the first run of
    // breaks that is followed by `---` and a line break (or the end).
    let q = k;
    while (q < limit) {
        while (q < limit && !isBreak(text.charCodeAt(q)))
            q++;
        if (q >= limit)
            break;
        let r = q;
        while (r < text.length && isBreak(text.charCodeAt(r)))
            r++;
        if (text.startsWith('---', r)) {
            const tail = closingBreak(text, r + 3);
            if (tail >= 0)
                return { yamlStart: k, yamlEnd: q, bodyStart: r + 3 + tail };
        }
        q = r;
    }
    // Backtracking the opening breaks: an empty block (`---\n\n---`).
    if (k - afterDashes >= 2 && text.startsWith('---', k)) {
        const tail = closingBreak(text, k + 3);
        if (tail >= 0)
            return { yamlStart: k - 1, yamlEnd: k - 1, bodyStart: k + 3 + tail };
    }
    return limit < text.length ? 'unclosed' : null;
}
/**
 * `yaml` takes super-linear time on deep nesting (flow collections, explicit keys, deep
 * indentation) and on floods of unbalanced brackets; front matter never needs any of these.
 */
function yamlRisk(src) {
    let depth = 0;
    let unbalanced = 0;
    let indent = 0;
    let atLineStart = true;
    // Only `-`, `?`, `:` and blanks so far on this line: a `?` here opens a nested explicit key.
    let onlyIndicators = true;
    let explicitKeys = 0;
    for (let i = 0; i < src.length; i++) {
        const c = src.charCodeAt(i);
        if (c === 10 || c === 13) {
            atLineStart = true;
            onlyIndicators = true;
            indent = 0;
            explicitKeys = 0;
            continue;
        }
        if (atLineStart) {
            if (c === 32 || c === 9) {
                if (++indent > 200)
                    return 'front matter is indented too deeply';
                continue;
            }
            atLineStart = false;
        }
        if (c === 35 && (i === 0 || src.charCodeAt(i - 1) <= 32)) {
            // A comment runs to the end of the line.
            while (i + 1 < src.length && !isBreak(src.charCodeAt(i + 1)))
                i++;
            continue;
        }
        if (c === 63) {
            const next = src.charCodeAt(i + 1);
            if (onlyIndicators && (Number.isNaN(next) || next <= 32) && ++explicitKeys > 16)
                return 'front matter nests explicit keys too deeply';
            continue;
        }
        if (c !== 32 && c !== 9 && c !== 45 && c !== 58)
            onlyIndicators = false;
        if (c === 91 || c === 123) {
            if (++depth > 64)
                return 'front matter nests collections too deeply';
        }
        else if (c === 93 || c === 125) {
            if (depth > 0)
                depth--;
            else if (++unbalanced > 64)
                return 'front matter has too many unbalanced brackets';
        }
    }
    return null;
}
function errorMessage(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0].slice(0, 200);
}
/** Parses YAML the safe way (capped, guarded, alias bombs refused); never throws. */
function parseYamlSafe(src, label = 'YAML') {
    const result = { value: null, errors: [], warnings: [], keyOffsets: [] };
    if (src.length > FRONT_MATTER_MAX_CHARS) {
        result.errors.push(`${label} larger than ${FRONT_MATTER_MAX_CHARS / 1024} KiB; not read`);
        return result;
    }
    const risk = yamlRisk(src);
    if (risk) {
        result.errors.push(`${risk}; not read`);
        return result;
    }
    const starts = lineStarts(src);
    try {
        const doc = distExports.parseDocument(src, { uniqueKeys: false, logLevel: 'silent', prettyErrors: false });
        for (const e of doc.errors.slice(0, MAX_REPORTED_ERRORS))
            result.errors.push(`${label} line ${lineOfOffset(starts, e.pos[0])}: ${e.message.split('\n')[0].slice(0, 160)}`);
        for (const w of doc.warnings.slice(0, MAX_REPORTED_ERRORS))
            result.warnings.push(`${label} line ${lineOfOffset(starts, w.pos[0])}: ${w.message.split('\n')[0].slice(0, 160)}`);
        if (doc.errors.length > 0)
            return result;
        if (distExports.isMap(doc.contents)) {
            for (const pair of doc.contents.items.slice(0, 1000)) {
                const key = pair.key;
                if (distExports.isScalar(key) &&
                    key.range &&
                    (typeof key.value === 'string' || typeof key.value === 'number'))
                    result.keyOffsets.push([String(key.value), key.range[0]]);
            }
        }
        result.value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        result.value = null;
        result.errors.push(error instanceof ReferenceError && /alias/i.test(error.message)
            ? `${label} uses too many aliases (possible resource-exhaustion attack); not read`
            : `${label} not read: ${errorMessage(error)}`);
    }
    return result;
}
/**
 * Splits YAML front matter off a Markdown card by huggingface_hub's `repocard` rule, reads it
 * with `yaml` (duplicate keys allowed, last wins, as in PyYAML) and never throws.
 */
function splitFrontMatter(text) {
    const none = {
        data: null,
        errors: [],
        warnings: [],
        present: false,
        body: text,
        bodyStartLine: 1,
        keyLines: new Map()
    };
    const block = findFrontMatterBlock(text);
    if (block === null)
        return none;
    if (block === 'unclosed') {
        none.errors.push('front matter is not closed within the first 1 MiB; not read');
        return none;
    }
    const prefix = text.slice(0, block.bodyStart);
    const starts = lineStarts(prefix);
    const yamlStartLine = lineOfOffset(starts, block.yamlStart);
    const result = {
        data: null,
        errors: [],
        warnings: [],
        present: true,
        body: text.slice(block.bodyStart),
        bodyStartLine: lineOfOffset(starts, block.bodyStart),
        keyLines: new Map()
    };
    // A closing `---` at the very end leaves no line break: the body starts on the next line.
    if (block.bodyStart === text.length && !isBreak(text.charCodeAt(block.bodyStart - 1)))
        result.bodyStartLine++;
    const src = text.slice(block.yamlStart, block.yamlEnd);
    const parsed = parseYamlSafe(src, 'front matter');
    result.errors.push(...parsed.errors);
    result.warnings.push(...parsed.warnings);
    if (parsed.errors.length > 0)
        return result;
    const srcStarts = lineStarts(src);
    for (const [key, offset] of parsed.keyOffsets)
        result.keyLines.set(key, yamlStartLine + lineOfOffset(srcStarts, offset) - 1);
    const value = parsed.value;
    if (value === null || value === undefined)
        result.data = {};
    else if (typeof value === 'object' && !Array.isArray(value))
        result.data = value;
    else
        result.errors.push('front matter is not a mapping');
    return result;
}
/** Heading text as a reader sees it: links, images, HTML, emphasis and Hub anchors removed. */
function plainInline(text) {
    return text
        .replace(/!\[([^[\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, '$1')
        .replace(/\[([^[\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, '$1')
        .replace(/\[\[[^[\]\n]{0,200}\]\]/g, '')
        .replace(/<[^<>\n]{0,500}>/g, '')
        .replace(/[*_`~]+/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, MAX_TITLE);
}
/**
 * marked recurses once per level of blockquote/list nesting (stack overflow past a few thousand
 * levels, quadratic time well before); such input gets the line scanner instead.
 */
function tooNestedForLexer(text) {
    const container = /^(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        const m = container.exec(text.slice(start, Math.min(end, start + 200)));
        if (m && m[0].length >= 120)
            return true;
        start = end + 1;
    }
    return false;
}
function headingsFromLexer(body, firstLine) {
    let tokens;
    try {
        tokens = new w().blockTokens(body, []);
    }
    catch {
        return null;
    }
    const out = [];
    let offset = 0;
    let line = firstLine;
    for (const token of tokens) {
        const raw = token.raw;
        if (token.type === 'heading' && out.length < MAX_SECTIONS$1) {
            const leading = /^\n*/.exec(raw)?.[0].length ?? 0;
            out.push({
                depth: token.depth,
                title: plainInline(String(token.text ?? '')),
                line: line + leading,
                start: offset + leading,
                contentStart: offset + raw.length,
                contentLine: line + countNewlines(raw)
            });
        }
        offset += raw.length;
        line += countNewlines(raw);
    }
    // The lexer's raw strings must tile the body; if they do not, its offsets cannot be trusted.
    return offset === body.length ? out : null;
}
const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
/** ATX heading text without the optional closing `#` run (done by hand: a regex would backtrack). */
function atxTitle(line, openLength) {
    let rest = line.slice(openLength).trim();
    let j = rest.length;
    while (j > 0 && rest.charCodeAt(j - 1) === 35)
        j--;
    if (j < rest.length && (j === 0 || rest[j - 1] === ' ' || rest[j - 1] === '\t'))
        rest = rest.slice(0, j).trimEnd();
    return rest;
}
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Line-based heading scanner (ATX, setext, fenced code) for input the lexer should not see. */
function headingsFromLines(body, firstLine) {
    const out = [];
    let fence = null;
    let offset = 0;
    let previous = null;
    let index = 0;
    while (offset <= body.length && out.length < MAX_SECTIONS$1) {
        let end = body.indexOf('\n', offset);
        if (end === -1)
            end = body.length;
        const lineText = body.slice(offset, Math.min(end, offset + 4096));
        const next = end + 1;
        const fenceMatch = FENCE.exec(lineText);
        if (fence) {
            if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length)
                fence = null;
            previous = null;
        }
        else if (fenceMatch) {
            fence = fenceMatch[1];
            previous = null;
        }
        else {
            const atx = ATX_OPEN.exec(lineText);
            const setext = SETEXT.exec(lineText);
            if (atx) {
                out.push({
                    depth: atx[1].length,
                    title: plainInline(atxTitle(lineText, atx[0].length)),
                    line: firstLine + index,
                    start: offset,
                    contentStart: Math.min(next, body.length),
                    contentLine: firstLine + index + 1
                });
                previous = null;
            }
            else if (setext && previous && previous.text.trim() !== '') {
                out.push({
                    depth: setext[1][0] === '=' ? 1 : 2,
                    title: plainInline(previous.text),
                    line: firstLine + index - 1,
                    start: previous.start,
                    contentStart: Math.min(next, body.length),
                    contentLine: firstLine + index + 1
                });
                previous = null;
            }
            else {
                previous = lineText.trim() === '' ? null : { text: lineText, start: offset };
            }
        }
        offset = next;
        index++;
    }
    return out;
}
/**
 * Headings of a Markdown body with line numbers (via marked's block lexer, which never takes
 * fenced code for a heading) and the text under each. Never throws.
 */
function sections(body, bodyStartLine = 1) {
    const text = normalizeNewlines(body);
    const headings = (!tooNestedForLexer(text) && headingsFromLexer(text, bodyStartLine)) || null;
    const found = headings ?? headingsFromLines(text, bodyStartLine);
    return found.map((h, i) => {
        let end = text.length;
        for (let j = i + 1; j < found.length; j++) {
            if (found[j].depth <= h.depth) {
                end = found[j].start;
                break;
            }
        }
        const content = text.slice(h.contentStart, Math.max(h.contentStart, end));
        return {
            depth: h.depth,
            title: h.title,
            line: h.line,
            contentLine: h.contentLine,
            endLine: h.contentLine + countNewlines(content),
            content
        };
    });
}
/** Top-level GFM tables of a Markdown text (capped), with the line of each header row. */
function markdownTables(text, firstLine = 1, limit = 20) {
    const src = normalizeNewlines(text);
    if (tooNestedForLexer(src))
        return [];
    let tokens;
    try {
        tokens = new w().blockTokens(src, []);
    }
    catch {
        return [];
    }
    const out = [];
    let line = firstLine;
    for (const token of tokens) {
        if (token.type === 'table' && out.length < limit) {
            const leading = /^\n*/.exec(token.raw)?.[0].length ?? 0;
            const header = token.header
                .slice(0, 50)
                .map((c) => plainInline(c.text));
            const rows = token.rows
                .slice(0, 200)
                .map((r) => r.slice(0, 50).map((c) => plainInline(c.text)));
            out.push({ line: line + leading, header, rows });
        }
        line += countNewlines(token.raw);
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// Placeholders and words
/** Sentences the Hugging Face card templates put in every card; they say nothing about the model. */
const TEMPLATE_SENTENCES = [
    'use the code below to get started with the model.',
    'users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. more information needed for further recommendations.',
    'users should be made aware of the risks, biases and limitations of the dataset. more information needed for further recommendations.',
    'carbon emissions can be estimated using the machine learning impact calculator presented in lacoste et al. (2019).',
    'this is the model card of a \ud83e\udd17 transformers model that has been pushed on the hub. this model card has been automatically generated.',
    'this modelcard aims to be a base template for new models. it has been generated using this raw template.',
    'this dataset card aims to be a base template for new datasets. it has been generated using this raw template.',
    'click to expand'
];
const LOREM = new Set('lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum'.split(' '));
/** Applied after whitespace is collapsed to single spaces (no `\s*`: it would backtrack on long runs). */
const PLACEHOLDER_PHRASES = /\[? ?(?:more information needed|needs more information|more info needed|information needed) ?\]?|\[optional\]|\b(?:todo|tbd|tba|fixme|coming soon|to be (?:added|announced|determined|updated|provided))\b|\bn\/a\b/gi;
/** A line that only announces missing content. */
const PLACEHOLDER_LINE = /^[ \t>*+-]*(?:\d{1,9}[.)][ \t]*)?(?:\*\*|__)?(?:todo|tbd|tba|fixme|coming soon|wip)\b.*$/gim;
/** Template field labels: `**Developed by:**`, `**License:**`. */
const FIELD_LABEL = /(?:\*\*|__)[^*_\n]{1,80}?:[ \t]*(?:\*\*|__)|(?:\*\*|__)[^*_\n]{1,80}?(?:\*\*|__)[ \t]*:/g;
/** Bracketed template prompts: `[Your name]`, `[Insert paper link]`. */
const BRACKET_PROMPT = /\[(?:your|insert|add|describe|enter|link to|placeholder)\b[^[\]\n]{0,100}\]/gi;
function stripHtmlComments(text) {
    let out = '';
    let from = 0;
    for (;;) {
        const open = text.indexOf('<!--', from);
        if (open === -1)
            return out + text.slice(from);
        out += text.slice(from, open) + ' ';
        const close = text.indexOf('-->', open + 4);
        if (close === -1)
            return out;
        from = close + 3;
    }
}
/** Removes ATX headings and setext headings (title line and underline). */
function stripHeadings(text) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(lines[i]))
            lines[i] = '';
        else if (i > 0 && /^ {0,3}(?:=+|-+)[ \t]*$/.test(lines[i]) && lines[i - 1].trim() !== '') {
            lines[i] = '';
            lines[i - 1] = '';
        }
    }
    return lines.join('\n');
}
/** A word with nothing to strip: wordOf's Unicode expressions would leave it as it is. */
const PLAIN_WORD = /^[a-z0-9]+$/;
/** A token's word without the marks around it, or null when it has no letter or digit. */
function wordOf(token) {
    // Most tokens of lower-cased prose are plain ASCII: they skip both Unicode expressions.
    if (PLAIN_WORD.test(token))
        return token;
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return /[\p{L}\p{N}]/u.test(word) ? word : null;
}
/** The words of real prose in `text`, in order; at most `max` of them. */
function cleanWords(text, max = Number.POSITIVE_INFINITY) {
    let t = stripHtmlComments(normalizeNewlines(text));
    t = stripHeadings(t);
    t = t
        .replace(/\{\{[^{}\n]{0,300}\}\}/g, ' ')
        .replace(/\{%[^{}\n]{0,300}%\}/g, ' ')
        .replace(PLACEHOLDER_LINE, ' ')
        .replace(FIELD_LABEL, ' ')
        .replace(BRACKET_PROMPT, ' ')
        .replace(/!\[([^[\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, ' $1 ')
        // Links to anchors are a table of contents; other links keep their text.
        .replace(/\[[^[\]\n]{0,300}\]\(#[^()\s]{0,300}\)/g, ' ')
        .replace(/\[([^[\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, '$1')
        .replace(/<[^<>\n]{0,500}>/g, ' ')
        .replace(/\s+/g, ' ')
        .toLowerCase();
    // Template sentences first: some contain a placeholder phrase themselves.
    for (const sentence of TEMPLATE_SENTENCES)
        t = t.split(sentence).join(' ');
    t = t.replace(PLACEHOLDER_PHRASES, ' ');
    const hasLorem = t.includes('lorem ipsum');
    const words = [];
    for (const raw of t.split(' ')) {
        const word = wordOf(raw);
        if (word === null)
            continue;
        if (hasLorem && LOREM.has(word))
            continue;
        words.push(word);
        if (words.length >= max)
            break;
    }
    return words;
}
/** Number of words of real prose: markup, headings, placeholders and template boilerplate do not count. */
function substantiveWords(text) {
    return cleanWords(text).length;
}
/**
 * True when a text holds nothing but headings, whitespace, HTML comments, template boilerplate
 * and placeholders (`[More Information Needed]`, TODO, TBD, Coming soon, lorem ipsum, `{{ \u2026 }}`).
 */
function isPlaceholderText(text) {
    return cleanWords(text, 1).length === 0;
}
const DOC_CACHE = new WeakMap();
/** Front matter and sections of a scanned Markdown file, computed once per file object. */
function readMarkdown(file) {
    const cached = DOC_CACHE.get(file);
    if (cached)
        return cached;
    const frontMatter = splitFrontMatter(file.text ?? '');
    const doc = {
        frontMatter,
        sections: sections(frontMatter.body, frontMatter.bodyStartLine),
        body: normalizeNewlines(frontMatter.body)
    };
    DOC_CACHE.set(file, doc);
    return doc;
}
/** Markdown-like documents by extension. */
function isMarkdownPath(path) {
    return /\.(md|markdown|mdx|mdown)$/i.test(path);
}
/** The innermost section that contains a 1-based line (null before the first heading). */
function sectionAt(all, line) {
    let best = null;
    for (const s of all) {
        if (s.line <= line && line <= s.endLine && (!best || s.depth >= best.depth))
            best = s;
    }
    return best;
}
/** Titles of the section at a line and of every section that encloses it, innermost first. */
function headingPath(all, line) {
    const out = [];
    for (const s of all) {
        if (s.line <= line && line <= s.endLine)
            out.push({ depth: s.depth, title: s.title });
    }
    return out.sort((a, b) => b.depth - a.depth).map((s) => s.title);
}
/**
 * The text with the lines inside fenced code blocks (fences included) emptied, so offsets move
 * but line numbers stay: code in a README is an example to run, not a statement of fact.
 */
function blankFencedCode(text) {
    let fence = null;
    return text
        .split('\n')
        .map((line) => {
        const mark = FENCE.exec(line);
        if (fence) {
            if (mark && mark[1][0] === fence[0] && mark[1].length >= fence.length)
                fence = null;
            return '';
        }
        if (mark) {
            fence = mark[1];
            return '';
        }
        return line;
    })
        .join('\n');
}
/** A table-of-contents row: a list item that only links to a heading of the same document. */
const TOC_ROW = /^\s*(?:[-*+]|\d{1,3}[.)])?\s*(?:\[[^\]\n]{1,200}\]\(#[^)\s]{0,200}\)|<a\s+href="#[^"\s]{0,200}"\s*>[^<\n]{1,200}<\/a>)\s*$/i;
function isTableOfContentsRow(line) {
    return TOC_ROW.test(line);
}
/** Sentences of a Markdown body, outside code fences, with the lines each spans. */
function sentencesOf(body, firstLine) {
    const out = [];
    // Code blocks are blanked (line numbers kept): their lines end a paragraph as blank lines do.
    const lines = blankFencedCode(body).split('\n');
    let paragraph = [];
    const flush = () => {
        if (paragraph.length === 0)
            return;
        let text = '';
        const lineAt = [];
        for (const p of paragraph) {
            for (let i = 0; i <= p.text.length; i++)
                lineAt.push(p.line);
            text += p.text + ' ';
        }
        let start = 0;
        const re = /[.!?\u3002](?=\s+[A-Z[(*`]|\s*$)/g;
        for (let m = re.exec(text);; m = re.exec(text)) {
            const end = m ? m.index + 1 : text.length;
            const segment = text.slice(start, end);
            const s = segment.trim();
            if (s.length > 0) {
                // lineAt has an entry per character of text: the first and last non-blank ones.
                const first = start + segment.length - segment.trimStart().length;
                const last = start + segment.trimEnd().length - 1;
                out.push({ text: s, line: lineAt[first], endLine: lineAt[last] });
            }
            if (!m)
                break;
            start = end;
        }
        paragraph = [];
    };
    for (let i = 0; i < lines.length; i++) {
        const trimmed = lines[i].trim();
        // Headings, list items and table rows stand alone.
        if (trimmed === '' || /^#{1,6}\s/.test(trimmed) || trimmed.startsWith('|')) {
            flush();
            continue;
        }
        if (/^([-*+]|\d+[.)])\s/.test(trimmed))
            flush();
        paragraph.push({ text: trimmed, line: firstLine + i });
    }
    flush();
    return out;
}

const DATA_CARD_NAME = /^(data[_-]?card|dataset[_-]?card|datasheet)[\w.-]*$/i;
const TRAINING_SUMMARY_NAME = /training[\w.-]*content[\w.-]*summary/i;
const DOCUMENT_EXT = new Set([
    'md',
    'markdown',
    'mdx',
    'txt',
    'rst',
    'pdf',
    'html',
    'htm',
    'docx',
    'odt'
]);
/** Keys only a Hugging Face dataset card has in its front matter. */
const DATASET_CARD_KEYS = [
    'task_categories',
    'task_ids',
    'size_categories',
    'annotations_creators',
    'language_creators',
    'source_datasets',
    'pretty_name',
    'dataset_info',
    'configs',
    'paperswithcode_id',
    'train-eval-index',
    'multilinguality'
];
const DATA_FOLDER$2 = /(^|\/)(data|datasets?|corpus|corpora)\//i;
/** The seven question groups of Datasheets for Datasets (Gebru et al.). */
const DATASHEET_GROUPS = [
    /^motivation\b/,
    /^composition\b/,
    /^collection( process)?\b/,
    /^(preprocessing|cleaning|labell?ing)\b/,
    /^uses\b/,
    /^distribution\b/,
    /^maintenance\b/
];
/** The three sections of the EU AI Office template for the public training-content summary. */
const AI_ACT_SECTIONS = [
    /\bgeneral information\b/,
    /\blist of (the )?data sources\b/,
    /\bdata[- ]processing aspects\b/
];
/** Model-card sections that describe training data. */
const TRAINING_DATA_TITLE = /^((pre-?)?training (data|dataset|datasets|corpus|corpora|data sources?)|training and evaluation data|datasets?|data|data sources?|corpus|training mixture|data mixture)$/;
const SOURCE_WORDS = /https?:\/\/|\b[\w.-]+\/[\w.-]+\b|\b(corpus|corpora|dataset|datasets|collected|crawl(ed)?|scraped|wikipedia|common ?crawl|github|books|arxiv|stack ?exchange|c4|the pile|refinedweb|redpajama|dolma|fineweb|web (pages|text|data)|sources?)\b/i;
const PROCESSING_WORDS = /\b(filter(ed|ing)?|dedup(licat(ed|ion))?|near-duplicate|clean(ed|ing)?|pre-?process(ed|ing)?|tokeni[sz](ed|ation|er)|normali[sz](ed|ation)|remov(ed|ing|al)|sampl(ed|ing)|mix(ture|ed)?|curat(ed|ion)|decontaminat(ed|ion)|language identification|quality (classifier|filter)|pii|anonymi[sz](ed|ation)|upsampl\w*|weighted)\b/i;
const MIN_SECTION_WORDS = 60;
const MIN_CARD_WORDS = 30;
const MAX_MARKDOWN_FILES = 300;
function normalizeTitle$2(title) {
    return title
        .toLowerCase()
        .replace(/\[optional\]/g, '')
        .replace(/^[\d.\s)]+/, '')
        .replace(/[^\p{L}\p{N}\s/-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Words of notes on where data is stored and how jobs reach it, not on what the data is. */
const INFRASTRUCTURE_WORDS = /\b(cluster|slurm|sbatch|srun|nodes?|mount(ed)?|bucket|scratch|nfs|lustre|quota|partition|credentials|rsync|nvme|disks?|volumes?|job arrays?)\b/gi;
/** Infrastructure notes: several storage and cluster terms, and nothing on how the data was made. */
function isInfrastructureNote(text) {
    const terms = new Set((text.match(INFRASTRUCTURE_WORDS) ?? []).map((w) => w.toLowerCase()));
    return terms.size >= 3 && !PROCESSING_WORDS.test(text);
}
function judgeText(file, label, out) {
    const text = file.text ?? '';
    const words = substantiveWords(text);
    // No substantive word is what isPlaceholderText means: counted once, not twice.
    if (words === 0)
        out.rejected.push({ path: file.path, reason: `${file.path} is a template placeholder` });
    else if (isInfrastructureNote(text))
        out.rejected.push({
            path: file.path,
            reason: `${file.path} is about storage and cluster jobs, not about the data`
        });
    else if (words < MIN_CARD_WORDS)
        out.rejected.push({
            path: file.path,
            reason: `${file.path} is too short to document the data (${words} words)`
        });
    else {
        out.evidence.push({ path: file.path, kind: 'file', detail: `${label} (${words} words)` });
        out.locations.push(file.path);
    }
}
function contextOf(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
}
const CROISSANT_NS = /^https?:\/\/mlcommons\.org\/croissant\/?$/i;
const CROISSANT_CONFORMS = /^https?:\/\/mlcommons\.org\/croissant\/\d+(\.\d+)*\/?$/i;
function isDatasetType(value) {
    const types = Array.isArray(value) ? value : [value];
    return types.some((t) => typeof t === 'string' && /^(sc:|schema:|https?:\/\/schema\.org\/)?Dataset$/.test(t));
}
/** Croissant JSON-LD: `@context` maps `cr` to the MLCommons namespace and `@type` is Dataset. */
function croissantInfo(text) {
    if (!/mlcommons\.org\/croissant/i.test(text))
        return null;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json))
        return null;
    const doc = json;
    const hasCr = contextOf(doc['@context']).some((c) => typeof c.cr === 'string' && CROISSANT_NS.test(c.cr));
    if (!hasCr || !isDatasetType(doc['@type']))
        return null;
    const conforms = [doc.conformsTo, doc['dct:conformsTo']]
        .flatMap((v) => (Array.isArray(v) ? v : [v]))
        .find((v) => typeof v === 'string' && CROISSANT_CONFORMS.test(v));
    return { conformsTo: conforms ?? null };
}
function headingSet(all) {
    return all.slice(0, 500).map((s) => normalizeTitle$2(s.title));
}
function trainingDataSections(ctx, out) {
    const card = ctx.card;
    if (!card)
        return;
    for (const s of card.sections) {
        if (!TRAINING_DATA_TITLE.test(normalizeTitle$2(s.title)))
            continue;
        const words = substantiveWords(s.content);
        if (isPlaceholderText(s.content)) {
            out.rejected.push({
                path: card.path,
                reason: `${card.path} section "${s.title}" is a placeholder`
            });
            continue;
        }
        const names = SOURCE_WORDS.test(s.content);
        const processing = PROCESSING_WORDS.test(s.content);
        if (words >= MIN_SECTION_WORDS && names && processing) {
            out.evidence.push({
                path: card.path,
                line: s.line,
                kind: 'section',
                detail: `training-data section "${s.title}" (${words} words; names sources and processing)`
            });
            if (!out.locations.includes(card.path))
                out.locations.push(card.path);
        }
        else {
            const missing = [
                words < MIN_SECTION_WORDS ? `${words} words` : null,
                names ? null : 'no sources named',
                processing ? null : 'no processing described'
            ].filter(Boolean);
            out.rejected.push({
                path: card.path,
                reason: `${card.path} section "${s.title}" is too thin for a data card (${missing.join(', ')})`
            });
        }
    }
}
/** Links whose text calls the target a data card or datasheet. */
const DATA_CARD_LINK = /\[([^[\]\n]{0,200}\b(?:data ?card|dataset card|datasheet|data sheet|training content summary)\b[^[\]\n]{0,200})\]\((https?:\/\/[^()\s]{1,500})\)/gi;
function dataCardLinks(ctx, out) {
    const card = ctx.card;
    if (!card)
        return;
    const file = ctx.files.byPath(card.path);
    if (!file?.text)
        return;
    for (const m of matchLines(file.text, DATA_CARD_LINK, 5)) {
        out.evidence.push({
            path: card.path,
            line: m.line,
            kind: 'link',
            detail: `link to a data card: "${plainInline(m.match[1])}"`,
            url: m.match[2]
        });
    }
}
/** Everything that documents the data, with what looked like a data card but did not count. */
function assessDataCards(ctx) {
    const out = {
        evidence: [],
        locations: [],
        presence: 'in-repository',
        rejected: []
    };
    let markdownSeen = 0;
    const all = ctx.files.all;
    for (let i = 0; i < all.length; i++) {
        const file = all[i];
        // Every branch below needs the file's text or a document extension: the rest of the files
        // (most of them) are passed over before the folder test.
        if (file.text === undefined && !DOCUMENT_EXT.has(file.ext))
            continue;
        if (isVendoredFile(file) || isInTestFolder(file.path))
            continue;
        const name = file.name;
        const ext = file.ext;
        const named = DATA_CARD_NAME.test(name) || TRAINING_SUMMARY_NAME.test(name);
        const label = TRAINING_SUMMARY_NAME.test(name)
            ? 'training-content summary'
            : /datasheet/i.test(name)
                ? 'datasheet'
                : 'data card';
        if (named && DOCUMENT_EXT.has(ext)) {
            if (file.text !== undefined)
                judgeText(file, label, out);
            else if (file.size !== 0) {
                out.evidence.push({
                    path: file.path,
                    kind: 'file',
                    detail: `${label} (${ext.toUpperCase()}, not read)`
                });
                out.locations.push(file.path);
            }
            continue;
        }
        if ((ext === 'json' || ext === 'jsonld') && file.text !== undefined) {
            const info = croissantInfo(file.text);
            if (info) {
                const line = matchLines(file.text, /"@context"/, 1)[0]?.line;
                out.evidence.push({
                    path: file.path,
                    ...(line ? { line } : {}),
                    kind: 'content',
                    detail: `Croissant dataset description${info.conformsTo ? ` (conforms to ${info.conformsTo})` : ''}`
                });
                out.locations.push(file.path);
            }
            else if (file.truncated && /mlcommons\.org\/croissant/i.test(file.text))
                out.rejected.push({
                    path: file.path,
                    reason: `${file.path} mentions Croissant but is too large to read in full`
                });
            continue;
        }
        if (file.text === undefined || !isMarkdownPath(file.path))
            continue;
        if (++markdownSeen > MAX_MARKDOWN_FILES)
            continue;
        const doc = readMarkdown(file);
        const data = doc.frontMatter.data;
        const isReadme = /^readme\./i.test(name);
        if (isReadme && data && DATASET_CARD_KEYS.some((k) => Object.hasOwn(data, k))) {
            judgeText(file, 'dataset card (Hugging Face dataset metadata)', out);
            continue;
        }
        if (isReadme && DATA_FOLDER$2.test(`${dirName(file.path)}/`)) {
            judgeText(file, `dataset README in ${dirName(file.path)}/`, out);
            continue;
        }
        const titles = headingSet(doc.sections);
        const aiAct = AI_ACT_SECTIONS.filter((re) => titles.some((t) => re.test(t))).length;
        const datasheet = DATASHEET_GROUPS.filter((re) => titles.some((t) => re.test(t))).length;
        if (aiAct >= 2 || datasheet >= 4) {
            const firstLine = doc.sections[0]?.line;
            const words = substantiveWords(doc.body);
            if (words < MIN_CARD_WORDS) {
                out.rejected.push({ path: file.path, reason: `${file.path} is a template placeholder` });
                continue;
            }
            out.evidence.push({
                path: file.path,
                ...(firstLine ? { line: firstLine } : {}),
                kind: 'section',
                detail: aiAct >= 2
                    ? `training-content summary (AI Act template headings, ${words} words)`
                    : `datasheet (${datasheet} of 7 Datasheets-for-Datasets question groups, ${words} words)`
            });
            out.locations.push(file.path);
        }
    }
    trainingDataSections(ctx, out);
    if (out.evidence.length === 0) {
        dataCardLinks(ctx, out);
        if (out.evidence.length > 0)
            out.presence = 'by-reference';
    }
    out.evidence = out.evidence.slice(0, 20);
    return out;
}
/** 'Data card': data cards, datasheets, dataset cards, Croissant files, AI Act training-content summaries. */
function detectDataCard(ctx) {
    const result = assessDataCards(ctx);
    if (result.evidence.length === 0)
        return [];
    const locations = result.locations.length > 0 ? result.locations : [result.evidence[0].path];
    return [{ name: 'Data card', presence: result.presence, evidence: result.evidence, locations }];
}

/** File names a model card goes by. */
const CARD_NAME = /^(readme([_-][a-z]{2}([_-][a-z]{2,4})?)?|[\w.-]*model[_-]?card[\w.-]*|modelcard)\.(md|markdown|mdx)$/i;
const DEDICATED_CARD_NAME = /model[_-]?card|^modelcard\./i;
/** A folder of model cards, one per released model (`model_cards/<model>.md`). */
const CARD_FOLDER = /(^|\/)model[_-]?cards?\/[^/]+\.(md|markdown|mdx)$/i;
/** Folders that hold a model (a card in them describes that model). */
const MODEL_FOLDER = /(^|\/)(models?|checkpoints?|ckpts?|weights|hf|huggingface|hf[_-]model|release|final|pretrained)(\/|$)/i;
const MODEL_FILE_EXT = new Set([
    'safetensors',
    'gguf',
    'bin',
    'pt',
    'pth',
    'ckpt',
    'onnx',
    'h5',
    'keras',
    'tflite',
    'mlmodel',
    'nemo',
    'msgpack'
]);
const MODEL_FILE_NAME = /^(config\.json|adapter_config\.json|model_index\.json|params\.json|tokenizer\.json|tokenizer_config\.json|generation_config\.json)$/i;
/** Front-matter keys of a Hugging Face model card (a dataset card has others). */
const MODEL_CARD_KEYS = [
    'license',
    'license_name',
    'license_link',
    'datasets',
    'model-index',
    'base_model',
    'pipeline_tag',
    'library_name',
    'language',
    'tags',
    'metrics',
    'model_name',
    'widget',
    'inference',
    'co2_eq_emissions'
];
/** Topics of the model card template, recognised in section titles. */
const TOPICS = [
    [
        'details',
        /\bmodel (details|description|summary|overview|information|architecture)\b|^(overview|introduction|about|description|summary|model information)$/
    ],
    [
        'uses',
        /\b(uses?|intended use|usage|how to use|get(ting)? started|quick ?start|inference|direct use|downstream use|out-of-scope)\b/
    ],
    [
        'limitations',
        /\b(bias|biases|risks?|limitations?|ethical|ethics|safety|recommendations|responsible)\b/
    ],
    ['training', /\b(training|fine-?tuning|pre-?training|train)\b/],
    ['evaluation', /\b(evaluation|results|benchmarks?|performance|metrics)\b/],
    ['environment', /\b(environmental impact|carbon|emissions|energy)\b/],
    ['technical', /\b(technical specifications?|architecture|compute infrastructure)\b/]
];
/** The same topics said in prose, for cards without headings. */
const PROSE_TOPICS = [
    /\bintended (use|for)\b|\buse cases?\b|\bcan be used\b/i,
    /\blimitations?\b|\bbias(es)?\b|\brisks?\b/i,
    /\b(pre-?|fine-?)?trained on\b|\btraining data\b/i,
    /\bevaluat(ed|ion)\b|\bbenchmarks?\b|\baccuracy\b/i
];
function normalizeTitle$1(title) {
    return title
        .toLowerCase()
        .replace(/\[optional\]/g, '')
        .replace(/^[\d.\s)]+/, '')
        .replace(/[^\p{L}\p{N}&,'\s/-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Template topics a section title belongs to (a title may name several). */
function sectionTopics(title) {
    const t = normalizeTitle$1(title);
    return TOPICS.filter(([, re]) => re.test(t)).map(([topic]) => topic);
}
/** Strings of a front-matter value that may be one string or a list (capped, trimmed). */
function stringList$1(value, cap = 100) {
    const list = Array.isArray(value) ? value : [value];
    const out = [];
    for (const v of list.slice(0, 1000)) {
        if (typeof v === 'string' || typeof v === 'number') {
            const s = String(v).trim().slice(0, 200);
            if (s !== '' && !out.includes(s))
                out.push(s);
        }
        if (out.length >= cap)
            break;
    }
    return out;
}
/** Folders that directly hold weights or model configuration files. */
function modelFolders$1(snapshot) {
    const dirs = new Set();
    const all = fileIndex(snapshot).all;
    for (let i = 0; i < all.length; i++) {
        const f = all[i];
        // Every MODEL_FILE_NAME ends in `.json`: other names skip the pattern.
        if (f.weight !== undefined ||
            MODEL_FILE_EXT.has(f.ext) ||
            (f.ext === 'json' && MODEL_FILE_NAME.test(f.name)))
            dirs.add(f.dir);
    }
    return dirs;
}
function hasModelCardKeys(data) {
    return data !== null && MODEL_CARD_KEYS.some((k) => Object.hasOwn(data, k));
}
function candidateFiles(snapshot) {
    const out = [];
    const modelDirs = modelFolders$1(snapshot);
    for (const f of fileIndex(snapshot).withText) {
        if (f.text === undefined || isVendoredFile(f) || isTestFile(f))
            continue;
        if (!CARD_NAME.test(f.name) && !CARD_FOLDER.test(f.path))
            continue;
        const depth = segmentCount(f.path);
        if (depth === 1)
            out.push(f);
        else if (depth <= 4) {
            const dir = f.dir;
            if (DEDICATED_CARD_NAME.test(f.name) ||
                CARD_FOLDER.test(f.path) ||
                MODEL_FOLDER.test(dir) ||
                modelDirs.has(dir) ||
                (/^\s*---/.test(f.text.slice(0, 1024)) &&
                    hasModelCardKeys(readMarkdown(f).frontMatter.data)))
                out.push(f);
        }
        if (out.length >= 30)
            break;
    }
    return out;
}
/** A lone top-level heading is the document's title: its words are not a section topic. */
function lonelyTitle(all) {
    const titles = all.filter((s) => s.depth === 1);
    return titles.length === 1 ? titles[0] : null;
}
function assessCard(file) {
    const doc = readMarkdown(file);
    const fm = doc.frontMatter;
    const data = fm.data;
    const problems = [...fm.errors, ...fm.warnings].map((e) => `${file.path}: ${e}`);
    if (file.truncated)
        problems.push(`${file.path}: only the first part of the file was read`);
    const filled = [];
    const placeholders = [];
    for (const s of doc.sections) {
        if (isPlaceholderText(s.content))
            placeholders.push(s.title);
        else
            filled.push(s);
    }
    const documentTitle = lonelyTitle(doc.sections);
    const topics = new Set(filled.filter((s) => s !== documentTitle).flatMap((s) => sectionTopics(s.title)));
    const bodyWords = substantiveWords(doc.body);
    const metadata = hasModelCardKeys(data);
    const proseTopics = PROSE_TOPICS.filter((re) => re.test(doc.body)).length;
    let rejected = null;
    const qualifies = topics.size >= 2 ||
        (metadata && (topics.size >= 1 || bodyWords >= 40)) ||
        (bodyWords >= 150 && proseTopics >= 3);
    if (!qualifies) {
        const templateSections = placeholders.filter((t) => sectionTopics(t).length > 0).length;
        if ((file.text ?? '').trim() === '')
            rejected = `${file.path} is empty`;
        else if (templateSections >= 2)
            rejected = `${file.path} is a template placeholder: ${placeholders.length} of ${doc.sections.length} sections are empty or say [More Information Needed]`;
        else if (bodyWords < 40)
            rejected = `${file.path} is too short to be a model card (${bodyWords} words)`;
        else
            rejected = `${file.path} does not describe the model: no filled sections on uses, limitations, training or evaluation, and no model metadata`;
    }
    let license;
    if (data) {
        const ids = stringList$1(data.license, 20);
        if (ids.length > 0) {
            const name = stringList$1(data.license_name, 1)[0];
            const link = stringList$1(data.license_link, 1)[0];
            license = {
                path: file.path,
                raw: ids.join(', '),
                ids,
                ...(name ? { name } : {}),
                ...(link ? { link } : {}),
                line: fm.keyLines.get('license') ?? 1
            };
        }
        else if (data.license !== undefined && data.license !== null)
            problems.push(`${file.path}: front matter \`license\` is not a string or a list of strings`);
    }
    const modelIndex = data?.['model-index'];
    return {
        path: file.path,
        frontMatter: data,
        keyLines: fm.keyLines,
        sections: doc.sections,
        ...(license ? { license } : {}),
        datasets: data ? stringList$1(data.datasets) : [],
        baseModels: data ? stringList$1(data.base_model) : [],
        hasModelIndex: Array.isArray(modelIndex) && modelIndex.length > 0,
        placeholderSections: placeholders,
        filledSections: filled.map((s) => s.title),
        topics: [...topics],
        problems,
        qualifies,
        rejected
    };
}
function rank(card) {
    const root = !card.path.includes('/');
    return ((card.qualifies ? 1000 : 0) +
        (root ? 100 : 0) +
        (hasModelCardKeys(card.frontMatter) ? 50 : 0) +
        (DEDICATED_CARD_NAME.test(baseName$1(card.path)) ? 20 : 0) +
        Math.min(card.filledSections.length, 19));
}
/** Every candidate card, the release's own card first (a repository of several models has several). */
function selectModelCards(snapshot) {
    return candidateFiles(snapshot)
        .filter((f) => isMarkdownPath(f.path))
        .map(assessCard)
        .sort((a, b) => rank(b) - rank(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
const FRONT_MATTER_SUMMARY_KEYS = [
    'license',
    'license_name',
    'license_link',
    'datasets',
    'base_model',
    'pipeline_tag',
    'library_name',
    'language',
    'model-index'
];
/**
 * A card of its own model: a dedicated card file, one in a model folder or `model_cards/`, or a
 * translated README at the top (`README_en.md`); a README elsewhere in the docs is not.
 */
function isSeparateModelCard(path) {
    const name = baseName$1(path);
    return (DEDICATED_CARD_NAME.test(name) ||
        CARD_FOLDER.test(path) ||
        MODEL_FOLDER.test(dirName(path)) ||
        (!path.includes('/') && /^readme[_-]/i.test(name)));
}
/** 'Model card': a README or card file that describes the model by content, not by name. */
function detectModelCard({ card, cards }) {
    if (!card || !card.qualifies)
        return [];
    const others = cards.filter((c) => c !== card && c.qualifies && isSeparateModelCard(c.path));
    const evidence = [];
    const metaKeys = FRONT_MATTER_SUMMARY_KEYS.filter((k) => card.frontMatter !== null && Object.hasOwn(card.frontMatter, k));
    evidence.push({
        path: card.path,
        kind: 'file',
        detail: [
            'model card',
            metaKeys.length > 0 ? 'Hugging Face metadata' : null,
            `${card.filledSections.length} filled section${card.filledSections.length === 1 ? '' : 's'}`,
            card.topics.length > 0 ? `covering ${card.topics.join(', ')}` : null
        ]
            .filter(Boolean)
            .join('; ')
    });
    if (metaKeys.length > 0) {
        const firstLine = Math.min(...metaKeys.map((k) => card.keyLines.get(k) ?? 1));
        evidence.push({
            path: card.path,
            line: firstLine,
            kind: 'metadata',
            detail: `front matter: ${metaKeys.join(', ')}`
        });
    }
    let shown = 0;
    const title = lonelyTitle(card.sections);
    for (const s of card.sections) {
        if (shown >= 8)
            break;
        if (!card.filledSections.includes(s.title) || sectionTopics(s.title).length === 0)
            continue;
        if (s.depth > 3 || s === title)
            continue;
        evidence.push({
            path: card.path,
            line: s.line,
            kind: 'section',
            detail: `"${s.title}" (${substantiveWords(s.content)} words)`
        });
        shown++;
    }
    for (const other of others.slice(0, 5))
        evidence.push({
            path: other.path,
            kind: 'file',
            detail: `model card; ${other.filledSections.length} filled sections${other.topics.length > 0 ? `; covering ${other.topics.join(', ')}` : ''}`
        });
    const notes = [];
    if (others.length > 5)
        notes.push(`${others.length + 1} model cards in all`);
    if (card.placeholderSections.length > 0)
        notes.push(`${card.placeholderSections.length} section(s) are still placeholders: ${card.placeholderSections.slice(0, 6).join(', ')}${card.placeholderSections.length > 6 ? ', \u2026' : ''}`);
    notes.push(...card.problems);
    return [
        {
            name: 'Model card',
            presence: 'in-repository',
            evidence,
            locations: [card.path, ...others.map((c) => c.path)],
            ...(notes.length > 0 ? { notes } : {})
        }
    ];
}

function detectionContext(snapshot) {
    const cards = selectModelCards(snapshot);
    return { snapshot, files: fileIndex(snapshot), card: cards[0] ?? null, cards };
}

/** "open source" and its spellings, "open science", and "open" under an intensifier. */
const PHRASE = /\b(?:(?:fully|truly|completely|totally|genuinely|100 ?%)[ \t-]{1,3}open(?:[ \t-]{0,3}sourc(?:e[sd]?|ing))?|open[ \t-]{0,3}sourc(?:e[sd]?|ing)|open[ \t-]{1,3}science|openly[ \t]+releas(?:e[sd]?|ing)|(?:principles?|spirit|values?|ideals?)[ \t]+of[ \t]+openness|open[ \t-]+(?!(?:the|a|an|this|that|your|our|its|their|up|to|and|or|in|on|for|with|by|weights?|source|data)\b)(?:[a-z][\w-]*[ \t]+){0,2}?(?:models?|llms?|language[ \t]+models?|foundation[ \t]+models?))\b|\u5f00\u6e90/gi;
const STRONG = /^(fully|truly|completely|totally|genuinely|100)/i;
const SCIENCE = /science$/i;
/** Names of the licensing institutions and definitions: boilerplate, never a claim. */
const BOILERPLATE = /open[ \t-]?source (initiative|definition|ai definition)|\bosi\b|opensource\.org|osi[- ]approved|\bosaid\b/i;
/** A negation just before the phrase: "not open source", "non-open-source", "no longer open". */
const NEGATION = /(\b(not|never|no|neither|nor|without|hardly|cannot|instead of|rather than|as opposed to|unlike)\b|n't\b|\bnon-?)(\W+\w+){0,3}\W*$/i;
/** "our model", "this release": the sentence is about the release after all. */
const FIRST_PERSON_RELEASE = /\b(our|this|these) (model|weights|release|checkpoints?|llm)\b/i;
/** Promises are not claims about what is released. */
const FUTURE = /\b(will|shall|plan(s|ned|ning)? to|intend(s|ed)? to|going to|aim(s|ing)? to|hope to|would like to|soon|later|upcoming|in the future|once)\b/i;
/** What follows the phrase when it describes something other than this release. */
const OTHER_NOUN = /^[\s-]*(?:[\w.+-]+[\s-]+){0,2}?(librar(?:y|ies)|tools?|toolkits?|software|projects|communit(?:y|ies)|ecosystems?|frameworks|packages|dependenc(?:y|ies)|contributors?|alternatives?|counterparts?|competitors?|baselines?|movement|world|initiatives?|repositories|repos|maintainers|developers|enthusiasts|efforts|codebases|solutions|programs|components|contributions|datasets|licen[cs]es)\b/i;
/**
 * What a release of a model never is: "X is an open-source platform" describes some other service,
 * even when it is the sentence's subject (unlike "\u2026 is open-source software", said of a project).
 */
const SERVICE_NOUN = /^[\s-]*(?:[\w.+-]+[\s-]+){0,2}?(platforms?|services?|hubs?|marketplaces?|websites?|web[ \t]+apps?)\b/i;
/** The same in Chinese: platform, community, tool, framework, ecosystem (\u5f00\u6e90\u7684\u2026\u5e73\u53f0). */
const SERVICE_NOUN_ZH = /^\u7684?[^\u3002\uff0c,\u3001\uff1b;]{0,10}(\u5e73\u53f0|\u793e\u533a|\u5de5\u5177|\u6846\u67b6|\u751f\u6001)/;
/** Words just before the phrase that point at others' work. */
const OTHER_BEFORE = /\b(built (with|on|using|upon)|powered by|thanks to|(?<!\bthe )uses?|using|used|relies on|rely on|leverag\w*|based on|compared (to|with)|comparing|comparison (to|with)|benchmark\w*|evaluat\w*|outperform\w*|surpass\w*|beats?|than|other|existing|many|several|various|numerous|popular|prior|previous|similar|vs\.?|versus|like|such as|third[- ]party|contribut\w* to|thank\w*|broader|wider|love)\b/i;
/** A preposition right before the phrase: "for open-source LLMs", "of open source models". */
const PREPOSITION_BEFORE = /\b(for|of|with|on|to|from|in|into|by|about|across|within)\W*$/i;
/** The subject of "\u2026 are open source" is something else. */
const OTHER_SUBJECT = /\b(dependenc(y|ies)|librar(y|ies)|tools|packages|frameworks|baselines|competitors|alternatives|others|third[- ]party)\b/i;
const SCIENCE_OTHER = /^[\s-]*(communit(y|ies)|movement|initiatives?|foundation|center|centre|framework|principles|practices)\b/i;
const FIRST_PERSON = /\b(we|we're|we've|our|us|this (model|release|repo|repository|project|work|checkpoint|family|suite|llm))\b/i;
/** Copula or release verb right before the phrase (up to two adjectives). */
const PREDICATE = /(\b(is|are|remains?|being|been|be|released (as|under)|available (as|under)|published (as|under)|distributed (as|under))|\b(it|that|this|what|there|here)'s)\W+(a\W+|an\W+|the\W+|its\W+|our\W+)?([\w.+-]+\W+){0,2}$/i;
/** Verb use: "we open-source the weights", "are open-sourced", "open-sourcing our model". */
const VERB_SUBJECT = /\b(we|we're|we've|we have|we are|is|are|was|were|been|being|has been|have been|to)\W*$/i;
const VERB_OBJECT = /^\W*(the|our|this|these|all|its|it|them|everything|both|weights|code|model|models|data|dataset)\b/i;
/** What this release is called after the phrase. */
const RELEASE_NOUN = /^[\s-]*(?:[\w.+-]+[\s-]+){0,3}?(models?|llms?|language models?|foundation models?|vlms?|release|releases|weights|checkpoints?|ai|system|assistant|chatbot|family|suite|series|version|network|transformer|embeddings?|encoder|decoder|code)\b/i;
const MAX_FILES$3 = 100;
const MAX_CLAIMS$1 = 100;
const MAX_PER_FILE = 20;
/** Markdown reduced to the words a reader sees; code spans, URLs and images dropped. */
function plainLine(line) {
    return line
        .replace(/!\[[^[\]\n]{0,300}\]\([^()\s]{0,1000}\)/g, ' ')
        .replace(/\[([^[\]\n]{0,300})\]\([^()\s]{0,1000}\)/g, '$1')
        .replace(/`[^`\n]{0,300}`/g, ' ')
        .replace(/<[^<>\n]{0,500}>/g, ' ')
        .replace(/https?:\/\/\S{1,1000}/g, ' ')
        .replace(/[*_~]+/g, '')
        .replace(/^[\s#>*+-]+/, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Looked at on each side of a phrase: a sentence is rarely longer, and hostile lines are. */
const WINDOW = 300;
/** The sentence around a match: from the previous sentence end to the next (within a window). */
function sentenceAround(text, start, end) {
    const from = Math.max(0, start - WINDOW);
    let head = from;
    for (const m of text.slice(from, start).matchAll(/[.!?;:](?=\s)|\s[-\u2013\u2014]\s/g))
        head = from + m.index + m[0].length;
    const rest = text.slice(end, end + WINDOW);
    const stop = /[.!?;](?=\s|$)|\s[-\u2013\u2014]\s/.exec(rest);
    return { before: text.slice(head, start), after: stop ? rest.slice(0, stop.index) : rest };
}
function lastWords(text, n) {
    const words = text.trim().split(/\s+/);
    return words.slice(Math.max(0, words.length - n)).join(' ');
}
/**
 * Whether a phrase in a sentence claims openness for this release. `implicitSubject` is set for
 * package descriptions, which by definition describe the package.
 */
function isReleaseClaim(text, index, phrase, implicitSubject = false) {
    const { before, after } = sentenceAround(text, index, index + phrase.length);
    const sentence = `${before}${phrase}${after}`;
    if (BOILERPLATE.test(sentence))
        return false;
    if (NEGATION.test(lastWords(before, 5)) || /^\W*(not|nor)\b/i.test(after))
        return false;
    if (FUTURE.test(before) || /^\W*(soon|later|in the future)\b/i.test(after))
        return false;
    // A norm about open source in general ("open source AI should be accessible") is not a claim.
    if (/\b(should|must|ought to|needs? to|deserves?)\b/i.test(sentence) &&
        !FIRST_PERSON_RELEASE.test(sentence))
        return false;
    const science = SCIENCE.test(phrase);
    const predicate = PREDICATE.test(before) && !OTHER_SUBJECT.test(before);
    if (OTHER_BEFORE.test(lastWords(before, 6)))
        return false;
    // "Google's Open Source Guidelines": a possessive names someone else's thing.
    if (/\b[A-Z][\w-]*'s\s*$/.test(before))
        return false;
    // "open for academic research": a grant scoped to some uses, which discloses its own limits.
    if (/^\W*(?:[\w-]+\W+){0,3}?(?:for|to)\s+(?:academic|research|non-?commercial|personal|educational)\b/i.test(after))
        return false;
    // "The principles of openness" are claimed for the release only by a sentence about it.
    if (/openness$/i.test(phrase))
        return FIRST_PERSON_RELEASE.test(sentence);
    // "X is the new generation of open-source LLMs": membership, a claim about X. So is a tagline
    // that opens with it ("Building the next generation of open-source LLMs"), and a ranking
    // "among open models" (rankings among others' models, "among existing \u2026", are left out above).
    const membership = /\b(is|are)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:generation|family|series|suite|class)\s+of\s*$/i.test(before) ||
        (/^\W*(?:(?:[\w-]+ing|towards?)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:generation|family|series)\s+of\s*$/i.test(before) &&
            RELEASE_NOUN.test(after)) ||
        (/\bamong\s*$/i.test(before) && (/(models?|llms?)$/i.test(phrase) || RELEASE_NOUN.test(after)));
    if (!science && !membership && PREPOSITION_BEFORE.test(before))
        return false;
    if (membership)
        return true;
    // "\u2026 of Baichuan 2 open-source models": the model's own name right before the phrase.
    if (/\b[A-Z][\w.-]*[\s-]?\d[\w.-]*\s*$/.test(before) && RELEASE_NOUN.test(after))
        return true;
    if (science && SCIENCE_OTHER.test(after))
        return false;
    if (implicitSubject)
        return true;
    // \u5f00\u6e90 ("open source"): "X \u662f\u4e00\u4e2a\u5f00\u6e90\u7684\u2026\u6a21\u578b" (X is an open-source \u2026 model), "\u6211\u4eec\u5f00\u6e90\u2026" (we
    // open-source); not "\u5728\u6d4b\u8bd5\u5f00\u6e90\u6a21\u578b\u65f6" (when testing open-source models) or others' models.
    if (phrase === '\u5f00\u6e90') {
        if (/(\u6d4b\u8bd5|\u8bc4\u6d4b|\u8bc4\u4f30|\u6bd4\u8f83|\u5bf9\u6bd4|\u5176\u4ed6|\u5176\u5b83|\u4f17\u591a|\u8bb8\u591a|\u591a\u6570|\u57fa\u4e8e|\u7531\u4e8e)[^\u3002\uff0c,]{0,6}$/.test(before))
            return false;
        // "X \u662f\u5f00\u6e90\u7684\u2026\u5e73\u53f0" (X is an open-source \u2026 platform) describes another service.
        if (/(\u662f|\u4e3a)(\u4e00\u4e2a|\u4e00\u6b3e|\u4e00\u79cd|\u65b0\u4e00\u4ee3|\u6700\u65b0\u4e00\u4ee3|\u65b0\u7684)?[^\u3002\uff0c,\u3001]{0,10}$/.test(before))
            return !SERVICE_NOUN_ZH.test(after);
        return (/\u6211\u4eec(\u5df2\u7ecf|\u6b63\u5f0f|\u5168\u9762)?$/.test(before.trim()) || /[A-Za-z][\w.-]*\d[\w.-]*\s*$/.test(before));
    }
    // "Open Foundation Models", "Open LLM Leaderboard": a title in capitals names a work, not a claim.
    if (/^Open\s+[A-Z]/.test(phrase) && /(models?|llms?)$/i.test(phrase))
        return false;
    // "X is open-source software" describes X; "open-source libraries" elsewhere are someone else's.
    if (!science && !predicate && OTHER_NOUN.test(after))
        return false;
    if (!science && SERVICE_NOUN.test(after))
        return false;
    const firstPerson = FIRST_PERSON.test(sentence);
    const participle = /sourc(ed|ing)$/i.test(phrase);
    if (/sourc/i.test(phrase) &&
        VERB_SUBJECT.test(before) &&
        (participle || VERB_OBJECT.test(after) || firstPerson))
        return true;
    if (predicate)
        return true;
    const sentenceStart = before.trim().split(/\s+/).filter(Boolean).length <= 3;
    if (RELEASE_NOUN.test(after) && (firstPerson || sentenceStart))
        return true;
    if ((STRONG.test(phrase) || science) && firstPerson)
        return true;
    // The phrase names the release itself ("open language models", "openly releasing"):
    // "we release two new open models", "openly releasing the weights".
    if (/(models?|llms?|weights?)$|^openly/i.test(phrase) && (firstPerson || sentenceStart))
        return true;
    return false;
}
function claimsInText(text, path, line, implicitSubject, out) {
    const plain = plainLine(text);
    if (plain === '')
        return;
    let examined = 0;
    for (const m of plain.matchAll(PHRASE)) {
        if (++examined > 200)
            break;
        if (isReleaseClaim(plain, m.index, m[0], implicitSubject))
            out.push({ path, line, phrase: m[0].replace(/\s+/g, ' '), text: plain.slice(0, 300) });
    }
}
/** A line without its HTML comments; `open` when a comment runs on past the line. */
function withoutComments(line) {
    let text = '';
    let from = 0;
    for (;;) {
        const start = line.indexOf('<!--', from);
        if (start === -1)
            return { text: text + line.slice(from), open: false };
        text += line.slice(from, start) + ' ';
        const close = line.indexOf('-->', start + 4);
        if (close === -1)
            return { text, open: true };
        from = close + 3;
    }
}
function markdownClaims(file, out) {
    const doc = isMarkdownPath(file.path) ? readMarkdown(file) : null;
    const text = file.text ?? '';
    const start = doc?.frontMatter.present ? doc.frontMatter.bodyStartLine : 1;
    const lines = text.split(/\r\n?|\n/, 100000);
    let fence = null;
    let comment = false;
    const found = [];
    for (let i = start - 1; i < lines.length && found.length < MAX_PER_FILE; i++) {
        let visible = lines[i];
        if (comment) {
            const close = visible.indexOf('-->');
            if (close === -1)
                continue;
            visible = visible.slice(close + 3);
        }
        const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(visible);
        if (fence) {
            if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length)
                fence = null;
            comment = false;
            continue;
        }
        if (fenceMark) {
            fence = fenceMark[1];
            comment = false;
            continue;
        }
        const stripped = withoutComments(visible);
        visible = stripped.text;
        comment = stripped.open;
        // Table rows compare releases with each other; they are not the release's own words.
        if (/^\s*\|/.test(visible))
            continue;
        if (!/open|sourc|\u5f00\u6e90/i.test(visible))
            continue;
        claimsInText(visible, file.path, i + 1, false, found);
    }
    // One claim per line and phrase: a line that repeats itself says it once.
    const seen = new Set();
    for (const claim of found) {
        const key = `${claim.line}\n${claim.phrase.toLowerCase()}`;
        if (!seen.has(key)) {
            seen.add(key);
            out.push(claim);
        }
    }
}
function lineOf$1(text, needle) {
    const at = text.indexOf(needle);
    if (at === -1)
        return 1;
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
const KEYWORD = /^(open[\s-]?source|opensource|open[\s-]science|fully[\s-]open(?:[\s-]source)?)$/i;
function packageJsonClaims(file, out) {
    const text = file.text ?? '';
    let pkg;
    try {
        pkg = JSON.parse(text);
    }
    catch {
        return;
    }
    if (!pkg || typeof pkg !== 'object' || Array.isArray(pkg))
        return;
    const p = pkg;
    if (typeof p.description === 'string') {
        const description = p.description.slice(0, 2000);
        claimsInText(description, file.path, lineOf$1(text, '"description"'), true, out);
    }
    if (Array.isArray(p.keywords)) {
        for (const k of p.keywords.slice(0, 100)) {
            if (typeof k === 'string' && KEYWORD.test(k.trim()))
                out.push({
                    path: file.path,
                    line: lineOf$1(text, JSON.stringify(k)),
                    phrase: k.trim(),
                    text: `keywords: ${k.trim()}`
                });
        }
    }
}
/** Strings of a TOML array or a quoted value, enough for descriptions, keywords and classifiers. */
function tomlStrings(src) {
    return [...src.matchAll(/"((?:[^"\\\n]|\\.){0,2000})"|'([^'\n]{0,2000})'/g)].map((m) => m[1] ?? m[2]);
}
function pyprojectClaims(file, out) {
    const lines = (file.text ?? '').split(/\r\n?|\n/, 20000);
    let table = '';
    let array = null;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (array) {
            for (const s of tomlStrings(line)) {
                if (array.key === 'keywords' && KEYWORD.test(s.trim()))
                    out.push({
                        path: file.path,
                        line: i + 1,
                        phrase: s.trim(),
                        text: `keywords: ${s.trim()}`
                    });
                else if (array.key === 'classifiers')
                    claimsInText(s, file.path, i + 1, true, out);
            }
            if (/\]/.test(line.replace(/"[^"\n]*"|'[^'\n]*'/g, '')))
                array = null;
            continue;
        }
        const header = /^\s*\[\[?([^[\]\n]{1,100})\]\]?\s*$/.exec(line);
        if (header) {
            table = header[1].trim();
            continue;
        }
        if (table !== 'project' && table !== 'tool.poetry')
            continue;
        const kv = /^\s*(description|keywords|classifiers)\s*=\s*(.*)$/.exec(line);
        if (!kv)
            continue;
        if (kv[1] === 'description') {
            const value = tomlStrings(kv[2])[0];
            if (value)
                claimsInText(value, file.path, i + 1, true, out);
        }
        else if (kv[2].trim().startsWith('[')) {
            array = { key: kv[1], line: i + 1 };
            const inline = kv[2];
            for (const s of tomlStrings(inline)) {
                if (kv[1] === 'keywords' && KEYWORD.test(s.trim()))
                    out.push({
                        path: file.path,
                        line: i + 1,
                        phrase: s.trim(),
                        text: `keywords: ${s.trim()}`
                    });
                else if (kv[1] === 'classifiers')
                    claimsInText(s, file.path, i + 1, true, out);
            }
            if (/\]/.test(inline.replace(/"[^"\n]*"|'[^'\n]*'/g, '')))
                array = null;
        }
    }
}
/** Documentation whose words are the release's own: READMEs, the model card, docs pages. */
function isClaimDocument(file, cardPath) {
    if (file.text === undefined || isVendored(file.path))
        return false;
    const name = baseName$1(file.path);
    if (file.path === cardPath)
        return true;
    if (!/\.(md|markdown|mdx|rst|txt)$/i.test(name))
        return false;
    if (/^(licen[cs]e|copying|notice|code[_-]of[_-]conduct|contributing|changelog|changes|history|security|authors|contributors|third[_-]party)/i.test(name))
        return false;
    const depth = segmentCount(file.path);
    if (/^readme\./i.test(name))
        return depth <= 3;
    if (depth === 1)
        return isMarkdownPath(file.path);
    return /^(docs?|documentation)\//i.test(file.path) && isMarkdownPath(file.path);
}
/**
 * Sentences in the release's own words that call this release open ("X is an open-source
 * model", "we open-source \u2026", "a fully open release"); mentions of other open-source things,
 * negations, promises and licence boilerplate are left out.
 */
function findOpennessClaims(ctx) {
    const out = [];
    const cardPath = ctx.card?.path;
    const docs = ctx.files.withText.filter((f) => isClaimDocument(f, cardPath));
    docs.sort((a, b) => Number(b.path === cardPath) - Number(a.path === cardPath) || (a.path < b.path ? -1 : 1));
    for (const file of docs.slice(0, MAX_FILES$3)) {
        if (out.length >= MAX_CLAIMS$1)
            break;
        markdownClaims(file, out);
    }
    for (const file of ctx.files.withText) {
        if (out.length >= MAX_CLAIMS$1)
            break;
        if (file.text === undefined || isVendoredFile(file) || segmentCount(file.path) > 2)
            continue;
        const name = baseName$1(file.path);
        if (name === 'package.json')
            packageJsonClaims(file, out);
        else if (name === 'pyproject.toml' && extension(file.path) === 'toml')
            pyprojectClaims(file, out);
    }
    return out.slice(0, MAX_CLAIMS$1);
}

const DATA_FOLDER$1 = /^(data|datasets?)$/i;
const isDataFolder = (folder) => folderMatches(folder, DATA_FOLDER$1);
/** A folder or file named for evaluation: `eval/`, `lm_eval/`, `evaluate_config.py`. */
const EVALUATION_NAME = /^([\w-]*[_-])?(eval|evals|evaluate|evaluation|evaluations|benchmarks?)([_.-][\w.-]*)?$/i;
const CODE_RULES = [
    {
        name: 'Training code',
        fileName: /^(train|training|pretrain|pre_train|finetune|fine_tune|sft|dpo|ppo|rlhf|grpo|trainer|run_clm|run_mlm|run_pretraining)([_-][\w-]*)?\.\w+$|(^|[_-])(train|finetune|pretrain)\.(py|sh)$/i,
        folder: /^(train|training|pretrain|pretraining|finetune|finetuning)$/i,
        content: 
        // A launcher counts only when it launches a training script: `accelerate launch -m lm_eval`
        // runs an evaluation, and `pretrained=\u2026` in its arguments names a model, not a script.
        /\b(optimizer\.step\(|loss\.backward\(|accelerator\.backward\(|trainer\.(train|fit)\(|deepspeed\.initialize\(|(pl|lightning|L)\.Trainer\(|SFTTrainer\(|DPOTrainer\(|GRPOTrainer\(|jax\.value_and_grad\(|optax\.\w+\(|(torchrun|deepspeed|accelerate\s+launch)\b[^\n]{0,200}?(\b|_)(train|pretrain|finetune|fine_tune|sft)[\w-]*\.(py|sh)\b)/,
        reference: /\b(train(ing)?|pre-?train(ing)?|fine-?tun(e|ing))\b[^\n]{0,40}\b(code|scripts?|recipes?|framework|codebase|repo(sitory)?|pipeline)\b[^\n]{0,80}https?:\/\/|https?:\/\/[^\s)]*\b(megatron|gpt-neox|nanotron|llm-foundry|levanter|torchtitan|axolotl|open_lm|OLMo-core|trl)\b/i,
        submodule: /(megatron|gpt-neox|nanotron|llm-foundry|levanter|torchtitan|axolotl|open_lm|olmo|trl|train)/i
    },
    {
        name: 'Inference code',
        fileName: /^(infer|inference|generate|generation|predict|prediction|serve|server|serving|chat|demo|run_model|run_inference|app|sample|sampling|txt2img|img2img|txt2vid|img2vid|text2image|transcribe|synthesi[sz]e|tts)([_-][\w-]*)?\.\w+$|^run\.(py|sh)$|^hubconf\.py$/i,
        folder: /^(inference|serving|serve|demo)$/i,
        content: /(\.generate\(|\bpipeline\(\s*["'](text-generation|text2text|fill-mask|image|automatic-speech|summarization|translation|feature-extraction|question-answering|text-classification)|\bLLM\(\s*model=|\bllama_cpp\b|\bvllm\.LLM\(|\bTextStreamer\(|\bapply_chat_template\([^)]*\)[^\n]*generate|\b\w*Diffusion\w*Pipeline\.from_pretrained\(|\b(model|sampler|diffusion|ddim|ddpm)\.sample\()/,
        entryPoint: /(infer|generat|chat|sampl|predict|serve|serving|demo|txt2img|img2img|transcrib|caption|translat|synthes|tts)/i,
        // `dependencies = [...]` marks a torch.hub entry file, whose functions load the models.
        nameNeeds: /from_pretrained|AutoModel|load_state_dict|torch\.load|safetensors|onnxruntime|llama_cpp|\bmodel\(|\.forward\(|load_model\(|\bpipeline\(|\bLLM\(|^dependencies\s*=\s*\[/m,
        reference: /\b(inference|serving|generation|deployment)\b[^\n]{0,40}\b(code|scripts?|examples?|engine|repo(sitory)?)\b[^\n]{0,80}https?:\/\//i,
        submodule: /(vllm|llama\.cpp|inference|serving|tgi)/i,
        // An evaluation package runs whatever model it is given; that serves the evaluation.
        notNamed: EVALUATION_NAME
    },
    {
        name: 'Evaluation code',
        fileName: /^(eval|evals|evaluate|evaluation|evaluator|benchmark|benchmarks|bench|run_eval|run_evals|score|scoring|metrics?)([_-][\w-]*)?\.\w+$|([_-])(eval|evaluate|evaluation|benchmark)\.(py|sh)$/i,
        folder: /^(eval|evals|evaluation|evaluations|benchmarks?)$/i,
        content: 
        // Not `perplexity` alone: codebook perplexity is a training statistic of the model's layers.
        /(\blm_eval\b|\blm-evaluation-harness\b|evaluate\.load\(|\bsimple_evaluate\(|\bcompute_metrics\b|\baccuracy_score\(|\bdef (accuracy|top_?k_accuracy|compute_accuracy)\(|\bf1_score\(|\bexact_match\b|\bpass@k\b|\bhumaneval\b|\bopencompass\b|\blighteval\b)/i,
        reference: /\b(evaluation|eval|benchmark(ing)?)\b[^\n]{0,40}\b(code|scripts?|harness|suite|framework|repo(sitory)?)\b[^\n]{0,80}https?:\/\/|https?:\/\/[^\s)]*\b(lm-evaluation-harness|opencompass|lighteval|OLMo-Eval|evalchemy)\b/i,
        submodule: /(lm-evaluation-harness|eval|opencompass|lighteval|bench)/i
    },
    {
        name: 'Data preprocessing code',
        fileName: /^(preprocess|preprocessing|prepare|prepare_data|data_prep|dataprep|tokenize|tokenise|tokenization|dedup|deduplicate|deduplication|filter|filtering|clean|cleaning|build_dataset|make_dataset|create_dataset|process_data|data_processing|mix|shard|sharding|download_data)([_-][\w-]*)?\.\w+$|([_-])(preprocess|tokenize|dedup|filter|clean)\.(py|sh)$/i,
        folder: /^(preprocessing|data_processing|data[-_]?pipeline|dataprep|data_prep|pipelines?|dedup|filtering|curation)$/i,
        content: /(\bminhash\b|\bMinHashLSH\b|\.encode_ordinary\(|\bdef tokeni[sz]e\w*\(\s*(doc|docs|document|example|examples|batch|sample|text)\b|\bdedup(licat(e|ion))?\b|\bdatatrove\b|\bdolma\b|\bnemo_curator\b|\bfasttext\.load_model\(|\blangdetect\b|\bquality[_ ]filter|\.map\(\s*tokeni[sz]e|\btokenizer\(\s*examples?\[|\bclean_text\(|\bnormali[sz]e_text\()/i,
        reference: /\b(data|dataset|corpus)\b[^\n]{0,30}\b(preprocessing|processing|pipelines?|curation|filtering|cleaning|deduplication|tokeni[sz]ation)\b[^\n]{0,40}\b(code|scripts?|toolkit|repo(sitory)?|tools?)?\b[^\n]{0,80}https?:\/\/|https?:\/\/[^\s)]*\b(datatrove|dolma|NeMo-Curator|data-juicer)\b/i,
        submodule: /(datatrove|dolma|curator|data[-_]?juicer|preprocess|dedup)/i,
        // Normalising answers in an evaluation task scores a benchmark; it prepares no training data.
        notNamed: EVALUATION_NAME,
        // A data package's augmentations and transforms are how training images are prepared.
        nameInDataFolder: /^(augmentations?|transforms?|masking|collate)\.py$/i
    }
];
/** The components the code rules detect: training, inference, evaluation and preprocessing code. */
const CODE_RULE_COMPONENTS = new Set(CODE_RULES.map((rule) => rule.name));
const QUANTIZATION_FOLDER = /(^|\/)(quantization|quantisation|quantize|quantise|awq|gptq)\//i;
const DEPENDENCY_MANIFEST = /^(requirements([_-][\w-]*)?\.(txt|in)|pyproject\.toml|setup\.py|setup\.cfg|environment(\.[\w-]+)?\.ya?ml|conda\.ya?ml|Pipfile|Pipfile\.lock|poetry\.lock|uv\.lock|package\.json|Cargo\.toml|go\.mod|Dockerfile|Containerfile|Project\.toml)$/i;
const ENTRY_SECTION = /^(project\.(gui-)?scripts|tool\.poetry\.scripts|options\.entry_points)$/;
const TOML_ENTRY = /^\s*["']?([\w.-]+)["']?\s*=\s*["']([\w.]+(?::[\w.]+)?)["']/;
const CFG_ENTRY = /^\s+([\w.-]+)\s*=\s*([\w.]+:[\w.]+)\s*$/;
const SETUP_PY_ENTRY = /["']\s*([\w.-]+)\s*=\s*([\w.]+:[\w.]+)\s*["']/;
/** Console scripts a package installs: `[project.scripts]`, setup.cfg, setup.py `console_scripts`. */
function consoleEntryPoints(file) {
    const name = baseName$1(file.path).toLowerCase();
    const text = file.text;
    if (text === undefined || !/^(pyproject\.toml|setup\.cfg|setup\.py)$/.test(name))
        return [];
    const out = [];
    const lines = text.split('\n', 5000);
    if (name === 'setup.py') {
        if (!/console_scripts|gui_scripts/.test(text))
            return [];
        for (let i = 0; i < lines.length && out.length < 20; i++) {
            const m = SETUP_PY_ENTRY.exec(lines[i]);
            if (m)
                out.push({ line: i + 1, name: m[1], target: m[2] });
        }
        return out;
    }
    let inEntries = false;
    for (let i = 0; i < lines.length && out.length < 20; i++) {
        const header = /^\s*\[([^\]]+)\]\s*$/.exec(lines[i]);
        if (header) {
            inEntries = ENTRY_SECTION.test(header[1].trim());
            continue;
        }
        if (!inEntries)
            continue;
        const m = (name === 'setup.cfg' ? CFG_ENTRY : TOML_ENTRY).exec(lines[i]);
        if (m)
            out.push({ line: i + 1, name: m[1], target: m[2] });
    }
    return out;
}
/** `.gitmodules` entries (the code of a submodule is not checked out by default). */
function readSubmodules(snapshot) {
    const file = fileIndex(snapshot).byPath('.gitmodules');
    if (!file?.text)
        return null;
    const modules = [];
    let current = null;
    const lines = file.text.split('\n');
    for (let i = 0; i < lines.length && modules.length < 200; i++) {
        const line = lines[i].trim();
        const header = /^\[submodule\s+"([^"]*)"\]$/.exec(line);
        if (header) {
            if (current?.url)
                modules.push(current);
            current = { name: header[1], path: header[1], url: '', line: i + 1 };
            continue;
        }
        const kv = /^(path|url)\s*=\s*(.+)$/.exec(line);
        if (kv && current)
            current[kv[1]] = kv[2].trim();
    }
    if (current?.url)
        modules.push(current);
    return { file, modules };
}
function isSourceFile(file) {
    if (CODE_EXTENSIONS.has(file.ext))
        return true;
    const name = file.name.toLowerCase();
    return name === 'makefile' || name === 'dockerfile';
}
/** Source files outside tests, the files every code rule looks at. */
function ownSourceFiles(files) {
    return files.where('code:source-not-test', (f) => isSourceFile(f) && !isTestFile(f));
}
function sourceFiles(files) {
    const own = ownSourceFiles(files);
    const folderOf = new Int32Array(own.length);
    const folderNames = [];
    const ids = new Map();
    for (let i = 0; i < own.length; i++) {
        // Keyed by the record's folder string (one per folder); the name asked about ends in '/'.
        const dir = own[i].dir;
        let id = ids.get(dir);
        if (id === undefined) {
            id = folderNames.length;
            folderNames.push(dir === '' ? '' : dir + '/');
            ids.set(dir, id);
        }
        folderOf[i] = id;
    }
    return { files: own, folderOf, folderNames, byFolder: new Map() };
}
const isQuantisationFolder = (folder) => QUANTIZATION_FOLDER.test(folder);
/**
 * A question about the folder of source file `index`, answered once per folder and key. The
 * answers are looked up once per rule, not once per file.
 */
function folderQuestion(source, key, ask) {
    let answers = source.byFolder.get(key);
    if (answers === undefined) {
        answers = new Uint8Array(source.folderNames.length);
        source.byFolder.set(key, answers);
    }
    const known = answers;
    const { folderOf, folderNames } = source;
    return (index) => {
        const id = folderOf[index];
        let answer = known[id];
        if (answer === 0) {
            answer = ask(folderNames[id]) ? 2 : 1;
            known[id] = answer;
        }
        return answer === 2;
    };
}
function folderMatches(path, folder) {
    if (!folder)
        return false;
    for (let start = 0, end = path.indexOf('/'); end !== -1; start = end + 1, end = path.indexOf('/', start)) {
        if (folder.test(path.slice(start, end)))
            return true;
    }
    return false;
}
/** README-like files where links to code elsewhere are written. */
function isReferenceDocument(file) {
    return file.ext === 'md' || /^readme/i.test(file.name);
}
const URL_IN_LINE = /https?:\/\/[^\s)<>\]"'`]+/;
/** Hosts of videos and pictures: a tutorial or a chart is not code. */
const NOT_CODE_URL = /^https?:\/\/(www\.)?(bilibili\.com|b23\.tv|youtube\.com|youtu\.be|vimeo\.com)\/|\.(png|jpe?g|gif|svg|webp|mp4)(\?|#|$)/i;
/** Where code is kept; a link elsewhere is code only when the line says so. */
const CODE_HOST = /^https?:\/\/(www\.)?(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com)\//i;
const SAYS_CODE = /\b(code|codebase|scripts?|harness|framework|repo(sitory)?|implementation|toolkit|library)\b/i;
/** Wording that names someone else's tool the release uses or supports, not code it releases. */
const THIRD_PARTY_USE = /\b(we used|we use|used the|using the|support(s|ed)? for|loaded via|based on|built on|integrat\w+ with|compatible with)\b|\u6211\u4eec\u4f7f\u7528|\u4f7f\u7528\u4e86/i;
/** What each kind of code is about; a line about another kind links to that kind. */
const KIND_WORDS = {
    'Training code': /\b(train|training|pre-?train\w*|fine-?tun\w*)\b/i,
    'Inference code': /\b(inference|serving|generation|deploy\w*|chat)\b/i,
    'Evaluation code': /\b(eval\w*|benchmark\w*|leaderboard)\b/i,
    'Data preprocessing code': /\b(preprocess\w*|curation|dedup\w*|tokeni[sz]\w*|data (processing|pipelines?|filtering))\b/i
};
/** Whether a README line that matched a rule's reference pattern really links to that code. */
function linksToCode(rule, line, url) {
    if (url && NOT_CODE_URL.test(url))
        return false;
    if (/^\s*!\[/.test(line))
        return false;
    // A leaderboard or a project's website named in passing is not its code.
    if (url && !CODE_HOST.test(url) && !SAYS_CODE.test(line))
        return false;
    if (THIRD_PARTY_USE.test(line) && !/\b(our|we release|we open-?source)\b/i.test(line))
        return false;
    const own = KIND_WORDS[rule.name];
    if (own?.test(line))
        return true;
    // Only the URL named the tool: a line about another kind of code links to that kind.
    return !Object.entries(KIND_WORDS).some(([name, words]) => name !== rule.name && words?.test(line));
}
function detectCodeComponent(ctx, rule, submodules, source, isThirdParty) {
    const evidence = [];
    const locations = [];
    const vendoredHits = [];
    // A release that is not itself a fine-tune ships a fine-tuning recipe for its users; that
    // recipe is not how the model was trained or evaluated.
    // Quantisation tools are the same kind of user recipe: their evaluation scripts check a
    // user's quantised copy, not the release.
    const recipesAreNotOwn = rule.name !== 'Inference code' && (ctx.card?.baseModels.length ?? 0) === 0;
    let recipeHits = 0;
    const files = ctx.files;
    const inRecipe = folderQuestion(source, 'recipe', isFineTuningRecipe);
    const inQuantisation = folderQuestion(source, 'quantisation', isQuantisationFolder);
    const inOtherKindFolder = folderQuestion(source, `${rule.name}:not`, (folder) => folderMatches(folder, rule.notNamed));
    const inDataFolder = folderQuestion(source, 'data-folder', isDataFolder);
    const inRuleFolder = folderQuestion(source, rule.name, (folder) => folderMatches(folder, rule.folder));
    for (let i = 0; i < source.files.length; i++) {
        const file = source.files[i];
        // Both folder tests look at the folders only (a segment followed by '/'), not the name.
        if (recipesAreNotOwn && (inRecipe(i) || (rule.name !== 'Training code' && inQuantisation(i)))) {
            recipeHits++;
            continue;
        }
        if (rule.notNamed && (rule.notNamed.test(file.name) || inOtherKindFolder(i)))
            continue;
        const hit = file.text !== undefined ? matchLines(file.text, rule.content, 1)[0] : undefined;
        const named = rule.fileName.test(file.name) ||
            (rule.nameInDataFolder !== undefined &&
                rule.nameInDataFolder.test(file.name) &&
                inDataFolder(i)) ||
            inRuleFolder(i);
        const byName = named && (!rule.nameNeeds || file.text === undefined || rule.nameNeeds.test(file.text));
        if (!byName && !hit)
            continue;
        if (isThirdParty(file.path)) {
            vendoredHits.push(file.path);
            continue;
        }
        if (evidence.length < 8) {
            evidence.push(hit
                ? {
                    path: file.path,
                    line: hit.line,
                    kind: 'content',
                    detail: `\`${hit.match[0].trim()}\`${byName ? ' in a file named for it' : ''}`
                }
                : { path: file.path, kind: 'file', detail: 'named for it' });
        }
        locations.push(file.path);
    }
    if (rule.entryPoint) {
        // Entry points are read from the text of setup.py, setup.cfg and pyproject.toml.
        for (const file of files.withText) {
            if (isThirdParty(file.path) || isTestFile(file))
                continue;
            for (const entry of consoleEntryPoints(file)) {
                if (!rule.entryPoint.test(entry.name) && !rule.entryPoint.test(entry.target))
                    continue;
                if (evidence.length < 8)
                    evidence.push({
                        path: file.path,
                        line: entry.line,
                        kind: 'content',
                        detail: `console entry point \`${entry.name} = ${entry.target}\``
                    });
                if (!locations.includes(file.path))
                    locations.push(file.path);
            }
        }
    }
    // Strong evidence first: content signals beat names alone.
    evidence.sort((a, b) => Number(b.kind === 'content') - Number(a.kind === 'content'));
    if (locations.length > 0) {
        const counted = [
            vendoredHits.length > 0 ? `${vendoredHits.length} vendored file(s) not counted` : null,
            recipeHits > 0
                ? `${recipeHits} file(s) of a fine-tuning or quantisation recipe not counted`
                : null
        ].filter((n) => n !== null);
        const notes = counted.length > 0 ? counted : undefined;
        return {
            name: rule.name,
            presence: 'in-repository',
            evidence,
            locations,
            ...(notes ? { notes } : {})
        };
    }
    const references = [];
    if (submodules && rule.submodule) {
        for (const m of submodules.modules) {
            if (rule.submodule.test(m.url) || rule.submodule.test(m.name)) {
                references.push({
                    path: submodules.file.path,
                    line: m.line,
                    kind: 'submodule',
                    detail: `git submodule \`${m.path}\``,
                    url: m.url
                });
            }
        }
    }
    const referenceDocuments = files.where('code:reference-documents', (f) => !!f.text && isReferenceDocument(f) && !isVendoredFile(f), files.withText);
    for (const file of referenceDocuments) {
        if (!file.text)
            continue;
        let fromFile = 0;
        for (const hit of matchLines(file.text, rule.reference, 20)) {
            if (fromFile >= 3)
                break;
            const url = URL_IN_LINE.exec(hit.text)?.[0].replace(/[.,;:!?]+$/, '');
            if (!linksToCode(rule, hit.text, url))
                continue;
            fromFile++;
            references.push({
                path: file.path,
                line: hit.line,
                kind: 'link',
                detail: hit.text.slice(0, 160),
                ...(url ? { url } : {})
            });
        }
        if (references.length >= 5)
            break;
    }
    if (references.length === 0) {
        return null;
    }
    return {
        name: rule.name,
        presence: 'by-reference',
        evidence: references.slice(0, 5),
        locations: [],
        notes: ['held in another repository: its licence is not checked here']
    };
}
function detectSupportingLibraries(ctx, submodules, isThirdParty) {
    const evidence = [];
    const locations = [];
    const all = ctx.files.all;
    for (let i = 0; i < all.length; i++) {
        const file = all[i];
        // The name test first: it passes over most files without the folder tests.
        if (!DEPENDENCY_MANIFEST.test(file.name) || isThirdParty(file.path))
            continue;
        if (file.text !== undefined && file.text.trim() === '')
            continue;
        locations.push(file.path);
        if (evidence.length < 6)
            evidence.push({ path: file.path, kind: 'file', detail: 'dependency manifest' });
    }
    if (submodules && submodules.modules.length > 0) {
        for (const m of submodules.modules.slice(0, 4)) {
            evidence.push({
                path: submodules.file.path,
                line: m.line,
                kind: 'submodule',
                detail: `git submodule \`${m.path}\``,
                url: m.url
            });
        }
        if (locations.length === 0) {
            return {
                name: 'Supporting libraries and tools',
                presence: 'by-reference',
                evidence,
                locations: [],
                notes: ['submodules are held in other repositories']
            };
        }
    }
    if (locations.length === 0)
        return null;
    return { name: 'Supporting libraries and tools', presence: 'in-repository', evidence, locations };
}
/** Training, inference, evaluation and data-preprocessing code, and supporting libraries. */
function detectCode(ctx) {
    const submodules = readSubmodules(ctx.snapshot);
    // Someone else's package embedded whole (its own licence and package metadata) is vendored too.
    const embedded = ctx.files.embeddedPackages();
    const isThirdParty = (path) => isVendored(path) || isInFolders(path, embedded);
    const findings = [];
    const source = sourceFiles(ctx.files);
    for (const rule of CODE_RULES) {
        const finding = detectCodeComponent(ctx, rule, submodules, source, isThirdParty);
        if (finding)
            findings.push(finding);
    }
    const libs = detectSupportingLibraries(ctx, submodules, isThirdParty);
    if (libs)
        findings.push(libs);
    return findings;
}

const DATA_EXT = new Set([
    'parquet',
    'arrow',
    'jsonl',
    'ndjson',
    'csv',
    'tsv',
    'tfrecord',
    'tfrecords',
    'feather',
    'avro',
    'json',
    'txt',
    'zst',
    'gz',
    'bz2',
    'xz'
]);
/** Compressed files count only when the inner format is a data format (`train.jsonl.zst`). */
const COMPRESSION_EXT = new Set(['zst', 'gz', 'bz2', 'xz']);
const COMPRESSED_DATA = /\.(jsonl|json|csv|tsv|txt|parquet|arrow|ndjson)\.(zst|gz|bz2|xz)$/i;
const NOT_DATA_NAME = /^(readme|licen[cs]e|copying|notice|requirements|vocab|merges|config|dataset_info|dataset_dict|state|package|tsconfig|tokenizer|special_tokens_map|generation_config|preprocessor_config)([._-]|$)/i;
const DATA_SEGMENT = /^(data|datasets?|corpus|corpora|training[_-]?data|train[_-]?data)$/i;
const EVAL_SEGMENT = /^(evals?|evaluations?|benchmarks?|eval[_-]?data|evaluation[_-]?data|test[_-]?sets?|held[_-]?out|heldout|dev[_-]?sets?)$/i;
const SPLIT_SEGMENT = /^(test|testset|test[_-]set|validation|valid|val|dev)$/i;
const SPLIT_NAME = /^(test|validation|valid|val|dev|eval|heldout)([_.-]|$)/i;
/** Unit-test fixtures (`test_data/`, `testdata/` included) are neither training nor evaluation data. */
const FIXTURE_SEGMENT = /^(tests|__tests__|fixtures?|__fixtures__|testing|spec|specs|test[_-]?data|testdata)$/i;
const RESULTS_NAME = /(results?|scores?|metrics|leaderboard)/i;
const HF_DATASET_URL = /huggingface\.co\/datasets\/([\w.-]+(?:\/[\w.-]+)?)/g;
const KAGGLE_DATASET_URL = /kaggle\.com\/datasets\/([\w.-]+\/[\w.-]+)/g;
const LOAD_DATASET = /\bload_dataset\(\s{0,5}["']([\w.-]+(?:\/[\w.-]+)?)["']/g;
const MARKDOWN_LINK$1 = /\[([^[\]\n]{1,300})\]\((https?:\/\/[^()\s]{1,1000})\)/g;
const NAMED_DATA = /\b(data|datasets?|corpus|corpora|benchmarks?|bench)\b|data|dataset|corpus|bench/i;
const IMAGE_URL = /\.(png|jpe?g|gif|svg|webp|mp4)(\?|#|$)/i;
/** The link after a Hub dataset id, up to where a URL ends in prose or Markdown. */
const URL_TAIL = /^[^\s"'<>)\]*`]*/;
/** One picture, sound or video: an input to try the model on, or an illustration. */
const MEDIA_FILE = /\.(png|jpe?g|gif|webp|svg|bmp|tiff?|mp3|wav|flac|ogg|mp4|webm|mov|avi)$/i;
/**
 * Whether the link after a dataset id (`/resolve/main/park.png?download=true`) is one picture,
 * sound or video in the repository: something to prompt the model with, not data it learnt from.
 */
function isMediaFileLink(afterId) {
    // A sentence's comma or full stop after a URL is not part of it.
    const tail = (URL_TAIL.exec(afterId)?.[0] ?? '').replace(/[?#].*$|[.,;:!]+$/, '');
    return /^\/(resolve|blob)\//.test(tail) && MEDIA_FILE.test(tail);
}
/** Hub dataset repos that only host images for READMEs. */
const NOT_A_DATASET = /^(huggingface\/documentation-images|huggingface\/brand-assets|mishig\/sample_images|choosealicense\/licenses)$/i;
/** What a dataset link is to the release, read from its sentence and the headings above it:
 * news about other releases and data offered for users' own fine-tuning are not the release's. */
function datasetLinkPlace(text, headings) {
    if (headings.some((h) => NEWS_TITLE.test(h.replace(/^[^\p{L}]+/u, ''))))
        return 'not-the-release';
    // "By default we use a small sample of X to fine-tune the base model", "you can find fine-tuning
    // data on \u2026": offered to users. "The chat model was fine-tuned on X" is the release's own data.
    if ((FINE_TUNING_WORDS.test(text) || headings.some((h) => FINE_TUNING_WORDS.test(h))) &&
        USER_FACING_WORDS.test(text) &&
        !/\b(was|were|has been|have been|is|are)\s+(further\s+|then\s+)?(fine-?tuned|finetuned)\b/i.test(text))
        return 'not-the-release';
    return BENCHMARK_WORDS.test(text) ? 'evaluation' : null;
}
/** Hub dataset repositories that hold something else (README images, licence texts). */
function isNotADataset(id) {
    return NOT_A_DATASET.test(id);
}
/** Sections of news about the organisation's other releases, not this release's parts. */
const NEWS_TITLE = /^(news|updates?|changelog|change log|release notes|what'?s new|latest news|\u52a8\u6001|\u66f4\u65b0|\u65b0\u95fb)(?![a-z])/i;
/** A sentence that offers data for users' own fine-tuning, not the data the model was trained on. */
const FINE_TUNING_WORDS = /\bfine-?tun\w*|\bfinetun\w*|\u5fae\u8c03|\bSFT\b/i;
const USER_FACING_WORDS = /\b(you|your|users?|examples?|samples?|demo|customi[sz]ed|by default|for instance|such as)\b|\u9ed8\u8ba4|\u793a\u4f8b|\u6837\u4f8b|\u4f8b\u5982|\u4f60|\u60a8/i;
const BENCHMARK_WORDS = /\bbenchmarks?\b|\bevaluat\w*|\u8bc4\u6d4b|\btest sets?\b/i;
const TRAINING_TITLE = /\b((pre-?)?training (data|dataset|datasets|corpus|corpora|mixture)|datasets?|data sources?|data mixture|training and evaluation data)\b|^data$/;
const EVAL_TITLE = /\b(evaluation|evaluations|testing data|test data|test sets?|benchmarks?|eval data|validation data|results)\b/;
const MAX_DOCS$1 = 50;
const MAX_EVIDENCE$1 = 20;
const HUB_ID$1 = /^[\w.-]{1,100}(\/[\w.-]{1,100})?$/;
function hubDatasetUrl(id) {
    return HUB_ID$1.test(id) ? `https://huggingface.co/datasets/${id}` : undefined;
}
function cleanId(id) {
    return id.replace(/[.,;:]+$/, '').replace(/\/(tree|blob|resolve|viewer)$/, '');
}
function isDataFileName(file) {
    const name = file.name;
    const ext = file.ext;
    if (!DATA_EXT.has(ext) || NOT_DATA_NAME.test(name))
        return false;
    if (COMPRESSION_EXT.has(ext) && !COMPRESSED_DATA.test(name))
        return false;
    return file.size !== 0 || file.lfs !== undefined;
}
function dataFolder(cache, file) {
    const folder = file.dir;
    let facts = cache.get(folder);
    if (facts === undefined) {
        const segs = folder.split('/').filter(Boolean);
        const dataAt = segs.findIndex((s) => DATA_SEGMENT.test(s));
        facts = {
            segs,
            // The recipe pattern needs a folder name followed by '/', so the folder decides it.
            recipe: isFineTuningRecipe(folder === '' ? '' : folder + '/'),
            fixture: segs.some((s) => FIXTURE_SEGMENT.test(s)),
            evaluation: segs.some((s) => EVAL_SEGMENT.test(s)),
            dataAt,
            split: dataAt !== -1 && segs.slice(dataAt + 1).some((s) => SPLIT_SEGMENT.test(s))
        };
        cache.set(folder, facts);
    }
    return facts;
}
/** The role of a data file (isDataFileName, not vendored) in `folder`. */
function dataRole(folder, file) {
    // Example data for users' own fine-tuning runs is not what the release was trained on.
    if (folder.recipe)
        return null;
    if (folder.fixture)
        return null;
    const name = file.name;
    // Results files are evaluation results wherever they sit, not data to evaluate on.
    if (RESULTS_NAME.test(name))
        return null;
    if (folder.evaluation)
        return 'evaluation';
    if (folder.dataAt === -1)
        return null;
    if (folder.split || SPLIT_NAME.test(name))
        return 'evaluation';
    return 'training';
}
/** The folder that holds a group of data files: the data/eval folder nearest the root. */
function groupFolder(folder, role) {
    // The answer depends on the folder alone: worked out once per folder, not once per file.
    const known = folder.group?.[role];
    if (known !== undefined)
        return known;
    const segs = folder.segs;
    const match = role === 'evaluation' ? EVAL_SEGMENT : DATA_SEGMENT;
    let at = segs.findIndex((s) => match.test(s));
    if (at === -1)
        at = segs.findIndex((s) => DATA_SEGMENT.test(s));
    const group = segs.slice(0, at + 1).join('/');
    folder.group = { ...folder.group, [role]: group };
    return group;
}
function roledDataFiles(ctx) {
    return ctx.files.value('data:files-with-a-role', () => {
        const cache = new Map();
        const out = { files: [], roles: [], folders: [] };
        const all = ctx.files.all;
        for (let i = 0; i < all.length; i++) {
            const file = all[i];
            if (isVendoredFile(file) || !isDataFileName(file))
                continue;
            const folder = dataFolder(cache, file);
            const role = dataRole(folder, file);
            if (role === null)
                continue;
            out.files.push(file);
            out.roles.push(role);
            out.folders.push(folder);
        }
        return out;
    });
}
function shippedData(ctx, role) {
    const snapshot = ctx.snapshot;
    const groups = new Map();
    const data = roledDataFiles(ctx);
    for (let i = 0; i < data.files.length; i++) {
        if (data.roles[i] !== role)
            continue;
        const folder = groupFolder(data.folders[i], role);
        const list = groups.get(folder);
        if (list === undefined)
            groups.set(folder, [data.files[i]]);
        else
            list.push(data.files[i]);
    }
    const dirs = new Set(snapshot.directories);
    const evidence = [];
    const locations = [];
    let all = 0;
    let lfs = 0;
    for (const [folder, files] of groups) {
        all += files.length;
        const pointers = files.filter((f) => f.lfs).length;
        lfs += pointers;
        const exts = [...new Set(files.map((f) => f.ext))].slice(0, 5).join(', ');
        const path = dirs.has(folder) ? folder : files[0].path;
        locations.push(path);
        if (evidence.length < 5)
            evidence.push({
                path,
                kind: dirs.has(folder) ? 'folder' : 'file',
                detail: `${folder}/: ${files.length} ${role === 'evaluation' ? 'evaluation ' : ''}data file${files.length === 1 ? '' : 's'} (${exts})${pointers > 0 ? `; ${pointers} as Git LFS pointer${pointers === 1 ? '' : 's'}` : ''}`
            });
    }
    return { evidence, locations, lfsOnly: all > 0 && lfs === all };
}
function linkDocuments(ctx) {
    const card = ctx.card;
    const docs = ctx.files.withText.filter((f) => f.text !== undefined &&
        !isVendoredFile(f) &&
        isMarkdownPath(f.path) &&
        (f.path === card?.path || !f.path.includes('/') || /^(docs?|documentation)\//i.test(f.path)));
    docs.sort((a, b) => Number(b.path === card?.path) - Number(a.path === card?.path));
    return docs.slice(0, MAX_DOCS$1);
}
/** Dataset ids and links in the documentation, split by the heading they sit under. */
function documentedDatasets(ctx) {
    const refs = { training: [], evaluation: [] };
    const seen = new Set();
    const add = (role, key, e) => {
        const k = `${role}:${key.toLowerCase()}`;
        if (seen.has(k) || refs[role].length >= MAX_EVIDENCE$1)
            return;
        seen.add(k);
        refs[role].push(e);
    };
    for (const file of linkDocuments(ctx)) {
        const doc = readMarkdown(file);
        const text = file.text ?? '';
        const first = doc.frontMatter.present ? doc.frontMatter.bodyStartLine : 1;
        const where = (line) => {
            for (const h of headingPath(doc.sections, line)) {
                const t = h.toLowerCase();
                const evaluation = EVAL_TITLE.test(t);
                const training = TRAINING_TITLE.test(t) && !/^(evaluation|test)/.test(t);
                if (evaluation || training)
                    return { training, evaluation };
            }
            return { training: false, evaluation: false };
        };
        const ids = [
            ...matchLines(text, HF_DATASET_URL, 40).map((m) => ({ m, host: 'hf' })),
            ...matchLines(text, KAGGLE_DATASET_URL, 20).map((m) => ({ m, host: 'kaggle' })),
            ...matchLines(text, LOAD_DATASET, 20).map((m) => ({ m, host: 'load' }))
        ];
        for (const { m, host } of ids) {
            if (m.line < first)
                continue;
            const id = cleanId(m.match[1]);
            if (NOT_A_DATASET.test(id) ||
                // From the file's text: the line text of a match is capped, and links sit at line ends.
                isMediaFileLink(text.slice(m.match.index + m.match[0].length, m.match.index + 1000)))
                continue;
            const url = host === 'kaggle' ? `https://www.kaggle.com/datasets/${id}` : hubDatasetUrl(id);
            const place = where(m.line);
            const said = datasetLinkPlace(m.text, headingPath(doc.sections, m.line));
            if (said === 'not-the-release')
                continue;
            // Without a heading to say what a link is, its sentence does.
            if (!place.training && said === 'evaluation')
                place.evaluation = true;
            const e = {
                path: file.path,
                line: m.line,
                kind: 'link',
                detail: `${host === 'load' ? '`load_dataset`' : 'dataset link'} ${id}`,
                ...(url ? { url } : {})
            };
            if (place.evaluation)
                add('evaluation', id, e);
            if (place.training || !place.evaluation)
                add('training', id, e);
        }
        // Other links count only where a training-data or evaluation heading says what they are.
        for (const m of matchLines(text, MARKDOWN_LINK$1, 40)) {
            if (m.line < first)
                continue;
            const label = plainInline(m.match[1]);
            const url = m.match[2];
            if (IMAGE_URL.test(url) || /huggingface\.co\/datasets\/|kaggle\.com\/datasets\//.test(url))
                continue;
            if (!NAMED_DATA.test(label) && !NAMED_DATA.test(url))
                continue;
            const place = where(m.line);
            const e = {
                path: file.path,
                line: m.line,
                kind: 'link',
                detail: `link "${label}"`,
                url
            };
            if (place.evaluation)
                add('evaluation', url, e);
            if (place.training)
                add('training', url, e);
        }
    }
    return refs;
}
function frontMatterDatasets(ctx) {
    const card = ctx.card;
    if (!card)
        return [];
    const line = card.keyLines.get('datasets') ?? 1;
    return card.datasets.slice(0, MAX_EVIDENCE$1).map((id) => {
        const url = hubDatasetUrl(id);
        return {
            path: card.path,
            line,
            kind: 'metadata',
            detail: `front matter datasets: ${id}`,
            ...(url ? { url } : {})
        };
    });
}
function modelIndexDatasets(ctx) {
    const card = ctx.card;
    const index = card?.frontMatter?.['model-index'];
    if (!card || !Array.isArray(index))
        return [];
    const line = card.keyLines.get('model-index') ?? 1;
    const out = [];
    const seen = new Set();
    for (const model of index.slice(0, 50)) {
        const results = model && typeof model === 'object' ? model.results : null;
        if (!Array.isArray(results))
            continue;
        for (const r of results.slice(0, 500)) {
            const ds = r && typeof r === 'object' ? r.dataset : null;
            if (!ds || typeof ds !== 'object')
                continue;
            const d = ds;
            const type = typeof d.type === 'string' ? d.type.trim().slice(0, 200) : '';
            const name = typeof d.name === 'string' ? d.name.trim().slice(0, 200) : '';
            const key = (type || name).toLowerCase();
            if (!key || seen.has(key))
                continue;
            seen.add(key);
            const url = type ? hubDatasetUrl(type) : undefined;
            const split = typeof d.split === 'string' ? `, split ${d.split.slice(0, 40)}` : '';
            out.push({
                path: card.path,
                line,
                kind: 'metadata',
                detail: `model-index dataset: ${name || type}${type && name ? ` (${type}${split})` : split}`,
                ...(url ? { url } : {})
            });
            if (out.length >= MAX_EVIDENCE$1)
                return out;
        }
    }
    return out;
}
function finding$1(name, shipped, references) {
    const evidence = [...shipped.evidence, ...references].slice(0, MAX_EVIDENCE$1);
    if (evidence.length === 0)
        return [];
    const inRepo = shipped.evidence.length > 0;
    const notes = [];
    if (shipped.lfsOnly)
        notes.push('the data files are Git LFS pointers; their content is not checked out here');
    return [
        {
            name,
            presence: inRepo ? 'in-repository' : 'by-reference',
            evidence,
            locations: inRepo ? shipped.locations : [],
            ...(notes.length > 0 ? { notes } : {})
        }
    ];
}
/** 'Datasets' and 'Evaluation data': shipped data files (LFS pointers included), dataset ids and links. */
function detectData(ctx) {
    const links = documentedDatasets(ctx);
    const training = finding$1('Datasets', shippedData(ctx, 'training'), [
        ...frontMatterDatasets(ctx),
        ...links.training
    ]);
    const evaluation = finding$1('Evaluation data', shippedData(ctx, 'evaluation'), [
        ...modelIndexDatasets(ctx),
        ...links.evaluation
    ]);
    return [...training, ...evaluation];
}
/** "We will not be releasing the dataset", "the training data is not publicly available". */
const WITHHELD_DATA = /\b(?:will\s+not|won'?t|do\s+not|don'?t|does\s+not|did\s+not|cannot|can'?t|are\s+not|is\s+not|not)\s+(?:be\s+)?(?:publicly\s+)?(?:releas|publish|shar|open[- ]?sourc|mak)\w*\s+(?:\w+\s+){0,3}?(?:the\s+|our\s+|this\s+|its\s+)?(?:training\s+|pre-?training\s+)?(?:data(?:sets?)?|corpus|corpora)\b|\b(?:training|pre-?training)\s+(?:data|dataset|corpus)\s+(?:is|are|will)\s+not\s+(?:be\s+)?(?:publicly\s+)?(?:released|public|available|shared|published)\b/i;
/** Where the model card says the training data is not released, if it does. */
function withheldTrainingData(ctx) {
    for (const card of ctx.cards) {
        const text = ctx.files.byPath(card.path)?.text;
        if (!text)
            continue;
        const hit = matchLines(text, WITHHELD_DATA, 1)[0];
        if (hit)
            return { path: card.path, line: hit.line, kind: 'content', detail: hit.text.slice(0, 160) };
    }
    return null;
}

const RESULTS_TITLE = /\b(evaluations?|eval|results?|benchmarks?|benchmarking|performance|leaderboard|scores?|metrics|comparisons?)\b/;
const NUMERIC_CELL = /^[<>~\u2248]?\s?[-+]?\d{1,9}(?:[.,]\d{1,9})?\s?%?(?:\s?(?:\u00b1|\+\/-|\+-)\s?\d{1,9}(?:\.\d{1,9})?)?\s?[\u2191\u2193*\u2020\u2021]{0,3}$/;
/** `- Accuracy: 0.95`, `**MMLU** = 45.2 %`. */
const METRIC_LINE = /^[ \t]*[-*+]?[ \t]*(?:\*\*|__)?[A-Za-z][\w@ ()./-]{0,40}?(?:\*\*|__)?[ \t]?[:=][ \t]?(?:\*\*|__)?[-+]?\d{1,9}(?:\.\d{1,9})?[ \t]?%?/gm;
/** A result stated in a sentence: "accuracy >96%", "top-1 accuracy of 76.2%", "93% accuracy". */
const PROSE_METRIC = /\b(?:accuracy|top-?[15]|precision|recall|F1|BLEU|ROUGE(?:-\w+)?|AUC|mAP|mIoU|WER|CER|error rate|pass@\d+|win rate)\b[^.\n\d]{0,25}[<>~\u2248]?\s?\d{1,3}(?:\.\d{1,3})?\s?%|(?<![\w.])\d{1,3}(?:\.\d{1,3})?\s?%\s(?:top-?[15]\s)?(?:accuracy|precision|recall|win rate)\b/g;
const FAIRNESS_TITLE = /\b(bias|biases|fairness|disaggregated)\b/;
const RESULTS_FOLDER = /(^|\/)(evals?|evaluations?|results?|benchmarks?|leaderboards?|scores)(\/|$)/i;
const RESULTS_FILE_NAME = /^((eval|evaluation|test|benchmark|all|final|val|validation)[_-]?)?(results?|scores?|metrics|benchmarks?|leaderboard|evaluation)([_-][\w.-]*)?\.(json|jsonl|csv|tsv|ya?ml)$/i;
const RESULTS_EXT = new Set(['json', 'jsonl', 'csv', 'tsv', 'yaml', 'yml']);
/** Keys that hold a metric value in results files. */
const METRIC_KEY = /["']?\b(acc|accuracy|acc_norm|acc_stderr|f1|f1_score|exact_match|em|bleu|sacrebleu|chrf|rouge[\w-]*|meteor|bertscore|pass@\d+|perplexity|ppl|wer|cer|auc|roc_auc|map|mrr|ndcg(@\d+)?|precision|recall|top[_-]?[15]|mean_reward|win_rate|elo|score|eval_[a-z_]+|test_[a-z_]+|mmlu|hellaswag|arc_\w+|gsm8k|humaneval|truthfulqa\w*|winogrande)\b["']?\s*[:=]\s*\[?\s*-?\d/i;
const METRIC_HEADER = /\b(acc|accuracy|f1|exact[_ ]match|em|bleu|rouge[\w-]*|pass@\d+|perplexity|ppl|wer|cer|auc|map|mrr|ndcg|precision|recall|score|mmlu|hellaswag|gsm8k|humaneval|loss)\b/i;
const NOT_RESULTS_FILE = /^(trainer_state|training_args|config|tokenizer|generation_config|package|tsconfig)/i;
const SAMPLE_FOLDER = /^(samples?|sample[_-]?outputs?|model[_-]?outputs?|generations?|generated[_-]?(samples|images|outputs|texts?)|examples?[_-]?outputs?|showcase|gallery|demo[_-]?outputs?)$/i;
/** Folders that often hold other things (example code, training runs): only media or output-named files count. */
const GENERIC_FOLDER = /^(examples?|outputs?|generated|assets|images|media)$/i;
const MEDIA_EXT = new Set([
    'png',
    'jpg',
    'jpeg',
    'webp',
    'gif',
    'wav',
    'mp3',
    'flac',
    'ogg',
    'mp4',
    'webm',
    'svg'
]);
const TEXT_OUTPUT_EXT = new Set(['txt', 'md', 'json', 'jsonl', 'html', 'csv']);
const OUTPUT_NAME = /(sample|generat|output|completion|response)/i;
const NOT_OUTPUT_NAME = /^(config|trainer_state|training_args|all_results|train_results|eval_results|events|log|logs|args|hparams)\b/i;
const SAMPLE_FILE = /(sample[_-]?outputs?|model[_-]?outputs?|generations?|generated[_-]?(samples?|texts?|images?)|completions|samples?)[\w.-]*\.(jsonl|json|txt|md|png|jpe?g|webp|gif|wav|mp3|mp4|html)$/i;
const DATA_FOLDER = /(^|\/)(data|datasets?|corpus|corpora|tests?|fixtures)\//i;
const SAMPLE_TITLE = /\b(sample|example|model) (model )?(outputs?|generations?|completions?|responses?|images?|results?)\b|^(samples?|generations?|generated (samples|images|text)|showcase|gallery|examples?|demo|outputs?)$/;
const GENERIC_SAMPLE_TITLE = /^(examples?|demo|showcase)$/;
const OUTPUT_WORDS = /\b(output|outputs|response|responses|generated|generation|completion|assistant|answer)\b|!\[|^>>> /im;
/** "Output:" / "**Response:**" lines that introduce an actual output. */
const OUTPUT_LABEL = /^[ \t>]*(?:#+[ \t]*)?(?:\*\*|__)?(?:example |sample |model |expected )?(?:output|response|generated text|completion|generation)s?(?:\*\*|__)?[ \t]*:/gim;
const MAX_DOCS = 100;
function normalizeTitle(title) {
    return title
        .toLowerCase()
        .replace(/\[optional\]/g, '')
        .replace(/^[\d.\s)]+/, '')
        .replace(/[^\p{L}\p{N}@\s/-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** The text outside fenced code blocks (line by line: a regex would backtrack on unclosed fences). */
function withoutFencedCode(text) {
    const kept = [];
    let fence = null;
    for (const line of text.split('\n')) {
        const mark = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence) {
            if (mark && mark[1][0] === fence[0] && mark[1].length >= fence.length)
                fence = null;
        }
        else if (mark)
            fence = mark[1];
        else
            kept.push(line);
    }
    return kept.join('\n');
}
function isNumericCell(cell) {
    return NUMERIC_CELL.test(cell.replace(/[*_`]/g, '').trim());
}
function countNewlinesBefore(text, offset) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Markdown documents that may report results: the card, root and docs pages, results pages. */
function resultDocuments(ctx) {
    const card = ctx.card;
    // A repository of several models reports each model's results in that model's card.
    const cards = new Set(ctx.cards.filter((c) => c.qualifies).map((c) => c.path));
    const docs = ctx.files.withText.filter((f) => {
        if (f.text === undefined ||
            isVendoredFile(f) ||
            isInTestFolder(f.path) ||
            !isMarkdownPath(f.path))
            return false;
        const depth = segmentCount(f.path);
        return (f.path === card?.path ||
            cards.has(f.path) ||
            depth === 1 ||
            /^(docs?|documentation)\//i.test(f.path) ||
            RESULTS_FOLDER.test(f.dir) ||
            /^(results?|evaluation|evals?|benchmarks?)\./i.test(f.name));
    });
    docs.sort((a, b) => Number(b.path === card?.path) - Number(a.path === card?.path));
    return docs.slice(0, MAX_DOCS);
}
const HTML_CELL = /<t[dh]\b[^>]{0,300}>([\s\S]{0,300}?)<\/t[dh]>/gi;
/** The first HTML `<table>` with at least two numeric cells: where it starts and its row count. */
function htmlResultsTable(content) {
    for (let from = 0, tables = 0; tables < 10; tables++) {
        const start = content.indexOf('<table', from);
        if (start === -1)
            return null;
        const endAt = content.indexOf('</table>', start);
        const end = endAt === -1 ? Math.min(content.length, start + 20000) : endAt;
        const body = content.slice(start, Math.min(end, start + 20000));
        let numeric = 0;
        for (const m of body.matchAll(HTML_CELL))
            if (isNumericCell(m[1].replace(/<[^>]{0,200}>/g, '').replace(/&nbsp;/g, ' ')))
                numeric++;
        if (numeric >= 2)
            return { offset: start, rows: (body.match(/<tr\b/gi) ?? []).length };
        from = end + 1;
    }
    return null;
}
function sectionResults(file, s) {
    const title = normalizeTitle(s.title);
    const resultsTitle = RESULTS_TITLE.test(title);
    // Bias and fairness sections report accuracy per group in sentences: results too.
    if (!resultsTitle && !FAIRNESS_TITLE.test(title))
        return null;
    if (isPlaceholderText(s.content))
        return null;
    if (!resultsTitle)
        return statedResults(file, s, blankFencedCode(s.content));
    for (const table of markdownTables(s.content, s.contentLine)) {
        const numeric = table.rows.flat().filter(isNumericCell).length;
        if (numeric >= 2)
            return {
                path: file.path,
                line: table.line,
                kind: 'section',
                detail: `results table under "${s.title}" (${table.rows.length} rows, columns: ${table.header.slice(0, 6).join(', ')})`
            };
    }
    const html = htmlResultsTable(s.content);
    if (html)
        return {
            path: file.path,
            line: s.contentLine + countNewlinesBefore(s.content, html.offset),
            kind: 'section',
            detail: `results table (HTML) under "${s.title}" (${html.rows} rows)`
        };
    // Assignments in a code block (`batch_size = 8`) are settings, not results.
    const prose = blankFencedCode(s.content);
    const metricLines = matchLines(prose, METRIC_LINE, 10);
    if (metricLines.length < 2)
        return statedResults(file, s, prose);
    return {
        path: file.path,
        line: s.contentLine + countNewlinesBefore(prose, metricLines[0].match.index),
        kind: 'section',
        detail: `results under "${s.title}": ${metricLines
            .slice(0, 3)
            .map((m) => m.text)
            .join('; ')}`
    };
}
/** Two or more results stated in sentences of a section. */
function statedResults(file, s, prose) {
    const stated = [...prose.matchAll(PROSE_METRIC)].slice(0, 10);
    if (stated.length < 2)
        return null;
    return {
        path: file.path,
        line: s.contentLine + countNewlinesBefore(prose, stated[0].index ?? 0),
        kind: 'section',
        detail: `results stated under "${s.title}": ${stated
            .slice(0, 3)
            .map((m) => m[0].replace(/\s+/g, ' '))
            .join('; ')}`
    };
}
function modelIndexEvidence(ctx) {
    const card = ctx.card;
    const index = card?.frontMatter?.['model-index'];
    if (!card || !Array.isArray(index))
        return null;
    const metrics = new Set();
    const datasets = new Set();
    let results = 0;
    for (const model of index.slice(0, 50)) {
        const list = model && typeof model === 'object' ? model.results : null;
        if (!Array.isArray(list))
            continue;
        for (const r of list.slice(0, 500)) {
            if (!r || typeof r !== 'object')
                continue;
            const result = r;
            const ms = Array.isArray(result.metrics) ? result.metrics : [];
            const withValue = ms.filter((m) => {
                if (!m || typeof m !== 'object')
                    return false;
                const v = m.value;
                return typeof v === 'number' || (typeof v === 'string' && /\d/.test(v));
            });
            if (withValue.length === 0)
                continue;
            results++;
            for (const m of withValue) {
                const name = m.type ?? m.name;
                if (typeof name === 'string' && metrics.size < 6)
                    metrics.add(name.slice(0, 40));
            }
            const ds = result.dataset;
            if (ds && typeof ds === 'object') {
                const name = ds.name ?? ds.type;
                if (typeof name === 'string' && datasets.size < 6)
                    datasets.add(name.slice(0, 60));
            }
        }
    }
    if (results === 0)
        return null;
    return {
        path: card.path,
        line: card.keyLines.get('model-index') ?? 1,
        kind: 'metadata',
        detail: `model-index: ${results} result${results === 1 ? '' : 's'}${metrics.size ? ` (${[...metrics].join(', ')})` : ''}${datasets.size ? ` on ${[...datasets].join(', ')}` : ''}`
    };
}
function resultsFileEvidence(file) {
    const name = file.name;
    const ext = file.ext;
    if (!RESULTS_EXT.has(ext) || NOT_RESULTS_FILE.test(name))
        return null;
    const named = RESULTS_FILE_NAME.test(name);
    if (!named && !RESULTS_FOLDER.test(file.dir))
        return null;
    if (file.text === undefined) {
        return named && file.size !== 0
            ? {
                path: file.path,
                kind: file.lfs ? 'lfs-pointer' : 'file',
                detail: 'results file (not read)'
            }
            : null;
    }
    if (ext === 'csv' || ext === 'tsv') {
        const [header, ...rows] = file.text.slice(0, 65536).split('\n', 50);
        const numericRow = rows.some((r) => /(^|[,\t])\s*-?\d+(\.\d+)?\s*%?\s*([,\t]|$)/.test(r));
        if (header && METRIC_HEADER.test(header) && numericRow)
            return {
                path: file.path,
                line: 1,
                kind: 'file',
                detail: `results table (${header.slice(0, 100)})`
            };
        return null;
    }
    const m = matchLines(file.text, METRIC_KEY, 1)[0];
    if (!m)
        return null;
    return {
        path: file.path,
        line: m.line,
        kind: 'file',
        detail: `results file with metrics (\`${m.match[1]}\`)`
    };
}
/** 'Evaluation results': model-index metadata, results tables under results headings, results files. */
function detectEvaluationResults(ctx) {
    const evidence = [];
    const locations = new Set();
    const index = modelIndexEvidence(ctx);
    if (index) {
        evidence.push(index);
        locations.add(index.path);
    }
    for (const file of resultDocuments(ctx)) {
        const doc = readMarkdown(file);
        let perFile = 0;
        for (const s of doc.sections) {
            // Only the outermost results heading reports, so a table is not counted once per level.
            const found = sectionResults(file, s);
            if (!found || evidence.some((e) => e.path === found.path && e.line === found.line))
                continue;
            evidence.push(found);
            locations.add(file.path);
            if (++perFile >= 3)
                break;
        }
    }
    const all = ctx.files.all;
    for (let i = 0; i < all.length; i++) {
        const file = all[i];
        if (evidence.length >= 20)
            break;
        // resultsFileEvidence needs a results extension: the other files skip the folder test.
        if (!RESULTS_EXT.has(file.ext))
            continue;
        if (isVendoredFile(file) || isInTestFolder(file.path))
            continue;
        const found = resultsFileEvidence(file);
        if (found) {
            evidence.push(found);
            locations.add(file.path);
        }
    }
    if (evidence.length === 0)
        return [];
    return [
        { name: 'Evaluation results', presence: 'in-repository', evidence, locations: [...locations] }
    ];
}
// ---------------------------------------------------------------------------------------------
// Sample model outputs
function isOutputFile(file, folderIsSamples) {
    const ext = file.ext;
    if (MEDIA_EXT.has(ext))
        return (folderIsSamples ||
            OUTPUT_NAME.test(file.name) ||
            /^(outputs?|generated)$/i.test(baseName$1(file.dir)));
    if (!TEXT_OUTPUT_EXT.has(ext) || /^(readme|license|\.gitkeep)/i.test(file.name))
        return false;
    return folderIsSamples || OUTPUT_NAME.test(file.name);
}
function sampleFolder(dir) {
    const segments = dir.split('/');
    const sample = segments.map((seg) => SAMPLE_FOLDER.test(seg));
    const generic = segments.map((seg) => GENERIC_FOLDER.test(seg));
    if (!sample.includes(true) && !generic.includes(true))
        return null;
    const prefixes = [];
    return {
        segments,
        sample,
        generic,
        outputs: segments.map((seg) => /^(outputs?|generated)$/i.test(seg)),
        prefix: (i) => (prefixes[i] ??= segments.slice(0, i + 1).join('/'))
    };
}
function sampleFolders(ctx) {
    const snapshot = ctx.snapshot;
    const byDir = new Map();
    // What each folder's segments are, worked out once per folder rather than once per file; null
    // for a folder with no samples or generic segment (the loop below skips its files).
    const folders = new Map();
    const all = ctx.files.all;
    for (let n = 0; n < all.length; n++) {
        const file = all[n];
        if (isVendoredFile(file))
            continue;
        let folder = folders.get(file.dir);
        if (folder === undefined) {
            folder = sampleFolder(file.dir);
            folders.set(file.dir, folder);
        }
        if (folder === null)
            continue;
        const last = folder.segments.length - 1;
        // The nearest enclosing samples folder owns the file.
        for (let i = last; i >= 0; i--) {
            if (!folder.sample[i] && !folder.generic[i])
                continue;
            // Files right inside outputs/ or generated/ are outputs; deeper ones are training runs.
            const direct = folder.outputs[i] && i === last && !NOT_OUTPUT_NAME.test(file.name);
            const generic = folder.generic[i] && !direct;
            if (!isOutputFile(file, !generic))
                break;
            const dir = folder.prefix(i);
            const list = byDir.get(dir) ?? [];
            if (list.length < 1000)
                list.push(file);
            byDir.set(dir, list);
            break;
        }
    }
    const dirs = new Set(snapshot.directories);
    const out = [];
    for (const [dir, files] of byDir) {
        const exts = [...new Set(files.map((f) => f.ext))].slice(0, 5);
        const path = dirs.has(dir) ? dir : files[0].path;
        out.push({
            path,
            kind: dirs.has(dir) ? 'folder' : 'file',
            detail: `${dir}/: ${files.length} output file${files.length === 1 ? '' : 's'} (${exts.join(', ')})`
        });
        if (out.length >= 5)
            break;
    }
    return out;
}
function sampleFiles(ctx, folders) {
    const out = [];
    const all = ctx.files.all;
    for (let i = 0; i < all.length; i++) {
        const file = all[i];
        if (out.length >= 5)
            break;
        if (isVendoredFile(file) || !SAMPLE_FILE.test(file.name))
            continue;
        // "sample_text.txt", "sample_data.json": example inputs for the code, not model outputs.
        if (/^samples?[_-]?(texts?|data|inputs?|corpus|prompts?|dataset|queries)\b/i.test(file.name))
            continue;
        // Generation settings (generation_config.json) are configuration, not outputs.
        if (NOT_RESULTS_FILE.test(file.name) || /(^|[_-])config\.json$/i.test(file.name))
            continue;
        if (DATA_FOLDER.test(file.path) && !OUTPUT_NAME.test(file.name.replace(/^samples?\b/i, '')))
            continue;
        if (folders.some((f) => file.path.startsWith(f.path + '/') || f.path === file.path))
            continue;
        if (file.size === 0)
            continue;
        out.push({ path: file.path, kind: 'file', detail: 'sample output file' });
    }
    return out;
}
function sampleSections(ctx) {
    const card = ctx.card;
    if (!card)
        return [];
    const out = [];
    for (const s of card.sections) {
        const title = normalizeTitle(s.title);
        if (!SAMPLE_TITLE.test(title) || isPlaceholderText(s.content))
            continue;
        // Usage code under "Examples" is inference code; its prose must speak of outputs.
        if (GENERIC_SAMPLE_TITLE.test(title) && !OUTPUT_WORDS.test(withoutFencedCode(s.content)))
            continue;
        const hasBlock = /^ {0,3}(```|~~~)|^ {0,3}>|!\[|<img\b/m.test(s.content);
        const words = substantiveWords(s.content);
        if (!hasBlock && words < 20)
            continue;
        out.push({
            path: card.path,
            line: s.line,
            kind: 'section',
            detail: `"${s.title}" section with ${hasBlock ? 'example output blocks' : `${words} words of examples`}`
        });
        if (out.length >= 3)
            break;
    }
    if (out.length === 0) {
        const file = ctx.files.byPath(card.path);
        const label = file?.text ? matchLines(file.text, OUTPUT_LABEL, 1)[0] : undefined;
        if (label && file?.text) {
            const next = file.text
                .split('\n', label.line + 6)
                .slice(label.line)
                .find((l) => l.trim() !== '');
            // The label must introduce content: text after the colon, or a code block or quote below it.
            const inline = /:[ \t]*(?:\*\*|__)?[ \t]*[^\s*_]/.test(label.text);
            if (inline || (next !== undefined && /^ {0,3}(```|~~~|>)/.test(next)))
                out.push({
                    path: card.path,
                    line: label.line,
                    kind: 'content',
                    detail: `example output: ${label.text.slice(0, 120)}`
                });
        }
    }
    return out;
}
const IMAGE_IN_MARKDOWN = /!\[([^\]\n]{0,200})\]\(\s*<?([^()\s<>]{1,500})>?[^)\n]{0,200}\)|<img\b([^>]{0,800})>/gi;
/** Words in an image's alt text or file name that say it shows what the model produced. */
const OUTPUT_IMAGE_WORD = /^(samples?|grids?|generat\w*|outputs?|masks?|tiles?|showcase|gallery|predictions?|completions?|generations?)$/i;
/** Words that say an image shows something else: the project, the method, or scores. */
const NOT_OUTPUT_IMAGE_WORD = /^(logos?|diagrams?|architecture|overview|badges?|banners?|icons?|benchmarks?|performance|charts?|wechat|qr|pipeline|framework|teaser|method|comparison)$/i;
const GITHUB_FILE_URL = /^https?:\/\/(?:github\.com\/[\w.-]+\/[\w.-]+\/(?:blob|raw)\/[\w.-]+|raw\.githubusercontent\.com\/[\w.-]+\/[\w.-]+\/[\w.-]+)\/(.+)$/i;
function imageTarget(cardPath, target) {
    const clean = target.split('#')[0].split('?')[0];
    const url = GITHUB_FILE_URL.exec(clean);
    if (url)
        return url[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(clean))
        return null;
    return joinRepositoryPath(cardPath, clean);
}
function wordsOf(text) {
    return text.split(/[^a-z]+/i).filter((w) => w.length > 1);
}
/** Images the model card shows whose alt text or name says they are the model's outputs. */
function sampleImages(ctx) {
    const files = { get: (path) => ctx.files.byPath(path) };
    const out = [];
    const seen = new Set();
    for (const card of ctx.cards) {
        const text = files.get(card.path)?.text;
        if (!text)
            continue;
        for (const m of text.matchAll(IMAGE_IN_MARKDOWN)) {
            const attributes = m[3] ?? '';
            const alt = m[1] ?? /\balt\s*=\s*["']([^"']*)["']/i.exec(attributes)?.[1] ?? '';
            const src = m[2] ?? /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
            if (!src)
                continue;
            const path = imageTarget(card.path, src);
            const file = path ? files.get(path) : undefined;
            if (!file || !MEDIA_EXT.has(extension(file.path)) || seen.has(file.path))
                continue;
            const words = [...wordsOf(alt), ...wordsOf(baseName$1(file.path).replace(/\.[^.]+$/, ''))];
            if (words.some((w) => NOT_OUTPUT_IMAGE_WORD.test(w)))
                continue;
            if (!words.some((w) => OUTPUT_IMAGE_WORD.test(w)))
                continue;
            seen.add(file.path);
            const line = text.slice(0, m.index).split('\n').length;
            out.push({
                path: file.path,
                kind: 'file',
                detail: `output image shown in ${card.path}:${line}${alt ? ` ("${alt.slice(0, 60)}")` : ''}`
            });
            if (out.length >= 5)
                return out;
        }
    }
    return out;
}
/** Notebooks whose saved cells show the model's outputs as images (not plots of an analysis). */
function sampleNotebooks(ctx) {
    const out = [];
    for (const file of ctx.files.withText) {
        if (file.ext !== 'ipynb' || !file.text || isVendoredFile(file))
            continue;
        if (/(^|[_-])(plot|plots|analysis|stats|curves?|loss|benchmark)/i.test(file.name))
            continue;
        const images = file.text.match(/"image\/(png|jpeg|gif)"\s*:/g)?.length ?? 0;
        if (images === 0)
            continue;
        out.push({
            path: file.path,
            kind: 'file',
            detail: `notebook with ${images}${file.truncated ? '+' : ''} image output${images === 1 ? '' : 's'} saved`
        });
        if (out.length >= 3)
            break;
    }
    return out;
}
/** A usage example in the card printed with what it returned: `print(x)  # prints: \u2026`, a comment
 * line of generated text after `print(\u2026)`, or "the output will look like" before a block. */
function sampleTranscripts(ctx) {
    const files = { get: (path) => ctx.files.byPath(path) };
    const out = [];
    for (const card of ctx.cards) {
        const text = files.get(card.path)?.text;
        if (!text)
            continue;
        const lines = text.split('\n');
        let fence = null;
        for (let i = 0; i < lines.length && out.length < 3; i++) {
            const line = lines[i];
            const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
            if (f) {
                fence = fence === null ? f[1] : null;
                continue;
            }
            let found = null;
            if (fence !== null) {
                const printed = /^\s*print\(/.test(line);
                if (printed && /#\s*(prints?|outputs?|returns?|=>|->)\s*:?\s*\S/i.test(line))
                    found = line;
                else if (printed && /^\s*#\s*(?:[^\s#]+\s+){5,}/.test(lines[i + 1] ?? ''))
                    found = lines[i + 1];
            }
            else if (/\b(the\s+)?output\s+(will|should|would)\s+(look|be)\b|\b(prints?|outputs?)\s+(something\s+)?like\b/i.test(line) &&
                lines.slice(i + 1, i + 4).some((l) => /^ {0,3}(`{3,}|~{3,})/.test(l)) &&
                // The block before must run the model, not a training or tokenising script.
                lines
                    .slice(Math.max(0, i - 15), i)
                    .some((l) => /\bmodel\b[\w.]*\(|\.generate\(|\bpipeline\(|\bpredict\w*\(/.test(l)))
                found = line;
            if (found !== null)
                out.push({
                    path: card.path,
                    line: found === line ? i + 1 : i + 2,
                    kind: 'content',
                    detail: `example output: ${found.trim().slice(0, 120)}`
                });
        }
    }
    return out;
}
/** 'Sample model outputs': samples folders, sample output files, example-output sections of the
 * card, output images and transcripts the card shows, notebooks with saved image outputs. */
function detectSampleOutputs(ctx) {
    const folders = sampleFolders(ctx);
    const files = sampleFiles(ctx, folders);
    const sections = sampleSections(ctx);
    const images = sampleImages(ctx).filter((e) => !folders.some((f) => e.path.startsWith(f.path + '/')) && !files.some((f) => f.path === e.path));
    const evidence = [...folders, ...files, ...sections, ...images];
    if (evidence.length === 0)
        evidence.push(...sampleTranscripts(ctx), ...sampleNotebooks(ctx));
    if (evidence.length === 0)
        return [];
    return [
        {
            name: 'Sample model outputs',
            presence: 'in-repository',
            evidence,
            locations: [...new Set(evidence.map((e) => e.path))]
        }
    ];
}
/** 'Evaluation results' and 'Sample model outputs'. */
function detectEvaluation(ctx) {
    return [...detectEvaluationResults(ctx), ...detectSampleOutputs(ctx)];
}

/** Files that record how the model was trained. */
const TRAINING_RECORD_NAME = /^(trainer_state\.json|training_args\.json|all_results\.json|train_results\.json|hparams\.ya?ml|hyperparameters\.(json|ya?ml)|args\.json|params\.(json|ya?ml)|training_config\.(json|ya?ml)|train_config\.(json|ya?ml)|(pre)?train(ing)?[_-][\w-]*\.ya?ml|config\.ya?ml|[\w.-]+\.gin)$/i;
/** Keys that only a training configuration has. */
const HYPERPARAMETER_KEYS = /^\s*["']?(?:[\w/@-]+\.)*(learning_rate|base_learning_rate|lr|max_lr|min_lr|warmup_steps|warmup_ratio|weight_decay|global_batch_size|train_batch_size|per_device_train_batch_size|micro_batch_size|gradient_accumulation_steps|max_steps|num_train_epochs|lr_scheduler_type|adam_beta1|adam_beta2|optimizer|warmup(?:_\w+)?(?=["']?\s*[:=]\s*["']?[-+]?\d))["']?\s*[:=]/im;
/** Extensions of configuration files whose text may record hyperparameters. */
const CONFIG_EXTENSIONS = new Set(['json', 'yaml', 'yml', 'toml', 'gin']);
const EXAMPLES_FOLDER = /(^|\/)examples?([_-][\w-]*)?\//i;
/** Model metadata: training configuration, hyperparameters, trainer state and optimizer states. */
function detectMetadata(ctx) {
    const evidence = [];
    const locations = [];
    const all = ctx.files.all;
    for (let i = 0; i < all.length; i++) {
        const file = all[i];
        // The extension rules out nearly every file before the path is looked at.
        const stateName = STATE_EXTENSIONS.has(file.ext);
        // Gin binds hyperparameters as `train.learning_rate = 3e-4`.
        const config = file.text !== undefined && CONFIG_EXTENSIONS.has(file.ext);
        if (!stateName && !config)
            continue;
        // Example configs show users how to train; they do not record how the release was trained.
        if (isVendoredFile(file) || EXAMPLES_FOLDER.test(file.path))
            continue;
        const name = file.name;
        let detail = null;
        // (Both look at the base name only, so the name stands for the path.)
        if (stateName && isOptimizerStateFile(name))
            detail = 'optimizer state';
        else if (stateName && isTrainingArgsFile(name))
            detail = 'training arguments (pickled; recorded, never loaded)';
        else if (config && file.text !== undefined) {
            const keys = HYPERPARAMETER_KEYS.exec(file.text);
            if (keys &&
                (TRAINING_RECORD_NAME.test(name) ||
                    /(^|\/)(configs?|recipes?|hparams|training)\//i.test(file.path))) {
                detail = `training configuration (\`${keys[1]}\`, \u2026)`;
            }
            else if (/^trainer_state\.json$/i.test(name))
                detail = 'trainer state (loss curve, steps)';
        }
        if (detail === null)
            continue;
        locations.push(file.path);
        if (evidence.length < 6)
            evidence.push({ path: file.path, kind: 'metadata', detail });
    }
    if (locations.length === 0)
        return [];
    return [{ name: 'Model metadata', presence: 'in-repository', evidence, locations }];
}

/** Papers every template links to; they are never the release's own paper. */
const BOILERPLATE_ARXIV = new Set([
    '1910.09700', // Lacoste et al., ML CO2 impact (model card template)
    '1803.09010', // Datasheets for Datasets
    '1810.03993' // Model Cards for Model Reporting
]);
/** DOI prefixes of software and data archives (Zenodo, Hugging Face, figshare, Dryad). */
const ARCHIVE_DOI = /^10\.(5281|57967|6084|5061)\//;
const ARXIV_REF = /(?:arxiv\.org\/(?:abs|pdf|html)\/|huggingface\.co\/papers\/|\barxiv:\s?)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?/gi;
const DOI_REF = /(?:doi\.org\/|\bdoi:\s?|\bdoi\s?=\s?[{"]?\s?)(10\.\d{4,9}\/[^\s"'<>{}[\]()]{1,200})/gi;
const MARKDOWN_LINK = /\[([^[\]\n]{1,300})\]\((https?:\/\/[^()\s]{1,1000})\)/g;
/** `<a href="\u2026">label</a>`, as READMEs with centred badge rows write their links. */
const HTML_LINK = /<a\s[^>]{0,300}?href="(https?:\/\/[^"\s]{1,1000})"[^>]{0,300}>([^<]{1,300})<\/a>/gi;
const URL$1 = /https?:\/\/[^\s)<>"'\]]{1,1000}/g;
const TECH_REPORT = /\btech(nical)?[\s_-]?reports?\b|\btechreport\b|\bsystem card\b|\bwhite ?paper\b/i;
/** Words near a reference that make it the release's own publication. */
const OWN_PAPER_CONTEXT = /\b(paper|papers|report|preprint|publication|published|arxiv|cite|citing|citation|our work|we (present|introduce|describe|propose))\b/i;
const OWN_PAPER_HEADING = /\b(citation|cite|citing|paper|papers|publications?|preprint|technical report|model sources|resources|links|bibtex)\b/i;
/** Wording that points at someone else's work. */
const OTHERS_WORK = /\b(based on|following|inspired by|adapted from|proposed (in|by)|introduced (in|by)|see also|built on|extends?|we use|uses|using|borrowed from|taken from|as in)\b/i;
const LABEL_LINE = /^[\s>*+-]*(?:\*\*|__)?\s?(paper|papers|research paper|technical report|tech report|report|preprint|publication)\s?(\[optional\])?\s?(?:\*\*|__)?\s?:/i;
const PAPER_LINK_TEXT = /^\W*(our |the |read (the |our )?|full |research |arxiv )?(paper|technical report|tech report|report|preprint|white ?paper|publication)\b/i;
const PDF_PAPER_NAME = /(paper|report|preprint|manuscript|publication|white[_-]?paper|arxiv|\d{4}\.\d{4,5})/i;
const PAPER_FOLDER = /(^|\/)(papers?|publications?|reports?|preprints?|tech[_-]?reports?)\//i;
const DOCS_FOLDER = /(^|\/)(docs?|documentation)\//i;
const PDF_REPORT_NAME = /tech(nical)?[_\s-]?report|techreport|white[_-]?paper|system[_-]?card/i;
const MAX_DOC_FILES = 200;
const MAX_REFERENCES$1 = 30;
function arxivUrl(id) {
    return `https://arxiv.org/abs/${id}`;
}
function withoutUrls(line) {
    return line.replace(URL$1, ' ').replace(/\[([^[\]\n]{0,300})\]\(\s*\)/g, '$1');
}
function isOwnReference(ctx) {
    // Other identifiers on the line say nothing about whose paper it is.
    const rest = withoutUrls(ctx.line.replace(ARXIV_REF, ' ').replace(DOI_REF, ' '));
    const heading = ctx.headings.some((h) => OWN_PAPER_HEADING.test(h));
    if (OTHERS_WORK.test(rest) && !/\b(our|we)\b/i.test(rest))
        return false;
    return heading || OWN_PAPER_CONTEXT.test(rest) || LABEL_LINE.test(ctx.line);
}
function kindOf$1(ctx, extra = '') {
    const headingReport = ctx.headings.length > 0 && TECH_REPORT.test(ctx.headings[0]);
    // A link labelled just "Report" is the release's report, not a paper.
    const labelReport = /^\W*(tech(nical)?\s+)?report\W*$/i.test(extra);
    return TECH_REPORT.test(withoutUrls(ctx.line)) ||
        TECH_REPORT.test(extra) ||
        labelReport ||
        headingReport
        ? 'report'
        : 'paper';
}
/** The same identity for a URL as for the id it carries, so a paper is listed once. */
function referenceKey$1(url) {
    const arxiv = new RegExp(ARXIV_REF.source, 'i').exec(url);
    if (arxiv)
        return arxiv[1].toLowerCase();
    const doi = new RegExp(DOI_REF.source, 'i').exec(url);
    if (doi) {
        const normal = normalizeDoi(doi[1]);
        return arxivFromDoi(normal) ?? normal;
    }
    return url.toLowerCase();
}
function normalizeDoi(raw) {
    return raw.replace(/[.,;:]+$/, '').toLowerCase();
}
/** arXiv's own DOIs (10.48550/arXiv.NNNN) are preprints: keep them as arXiv ids. */
function arxivFromDoi(doi) {
    const m = /^10\.48550\/arxiv\.(\d{4}\.\d{4,5})/i.exec(doi);
    return m ? m[1] : null;
}
/** The entry starting at `@type{`, read with brace matching (capped). */
function readBibEntry(text, at) {
    const head = /^@(\w{2,20})\s{0,10}\{/.exec(text.slice(at, at + 40));
    if (!head)
        return null;
    const type = head[1].toLowerCase();
    const fields = new Map();
    let i = at + head[0].length;
    const end = Math.min(text.length, at + 8000);
    // Skip the citation key.
    while (i < end && text[i] !== ',' && text[i] !== '}')
        i++;
    while (i < end && text[i] === ',') {
        i++;
        const name = /^\s*([A-Za-z][\w-]{0,30})\s*=\s*/.exec(text.slice(i, i + 60));
        if (!name)
            break;
        i += name[0].length;
        let value;
        if (text[i] === '{') {
            let depth = 0;
            const start = i;
            for (; i < end; i++) {
                if (text[i] === '{')
                    depth++;
                else if (text[i] === '}' && --depth === 0)
                    break;
            }
            value = text.slice(start + 1, i);
            i++;
        }
        else if (text[i] === '"') {
            const close = text.indexOf('"', i + 1);
            if (close === -1 || close > end)
                break;
            value = text.slice(i + 1, close);
            i = close + 1;
        }
        else {
            const bare = /^[\w.:/-]{1,200}/.exec(text.slice(i, i + 200));
            value = bare ? bare[0] : '';
            i += value.length;
        }
        fields.set(name[1].toLowerCase(), value.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim().slice(0, 300));
        while (i < end && /\s/.test(text[i]))
            i++;
    }
    const span = text.slice(at, Math.min(end, i + 1));
    return { type, fields, lines: span.split('\n').length - 1 };
}
function bibReference(entry, path, line) {
    const f = entry.fields;
    const title = f.get('title') ?? '';
    const venue = f.get('booktitle') ?? f.get('journal') ?? '';
    const preprintVenue = /arxiv|corr|preprint|biorxiv|medrxiv|ssrn/i.test(venue);
    const eprint = f.get('eprint') ?? '';
    const arxivId = (/^\d{4}\.\d{4,5}/.exec(eprint)?.[0] ?? null) ||
        (/arxiv(?:\.org\/abs\/|:)\s?(\d{4}\.\d{4,5})/i.exec(`${f.get('url') ?? ''} ${venue} ${f.get('note') ?? ''}`)?.[1] ??
            null);
    const doiRaw = f.get('doi');
    const doi = doiRaw ? normalizeDoi(doiRaw.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')) : null;
    const doiArxiv = doi ? arxivFromDoi(doi) : null;
    const id = arxivId ?? doiArxiv;
    if (id && BOILERPLATE_ARXIV.has(id))
        return null;
    const paperDoi = doi && !doiArxiv && !ARCHIVE_DOI.test(doi) ? doi : null;
    const url = id ? arxivUrl(id) : paperDoi ? `https://doi.org/${paperDoi}` : f.get('url');
    let kind = null;
    let detail = '';
    if (entry.type === 'techreport' || entry.type === 'report' || TECH_REPORT.test(title)) {
        kind = 'report';
        detail = `BibTeX @${entry.type}${title ? `: "${title.slice(0, 120)}"` : ''}`;
    }
    else if (['inproceedings', 'conference', 'incollection', 'article'].includes(entry.type) &&
        venue &&
        !preprintVenue) {
        kind = 'paper';
        detail = `BibTeX @${entry.type} (${f.has('booktitle') ? 'booktitle' : 'journal'}: ${venue.slice(0, 100)})${title ? `: "${title.slice(0, 120)}"` : ''}`;
    }
    else if (id) {
        kind = 'paper';
        detail = `BibTeX @${entry.type}, arXiv preprint ${id}${title ? `: "${title.slice(0, 120)}"` : ''}`;
    }
    else if (paperDoi) {
        kind = 'paper';
        detail = `BibTeX @${entry.type} with DOI ${paperDoi}${title ? `: "${title.slice(0, 120)}"` : ''}`;
    }
    else if (['phdthesis', 'mastersthesis', 'book'].includes(entry.type) && title) {
        kind = 'paper';
        detail = `BibTeX @${entry.type}: "${title.slice(0, 120)}"`;
    }
    if (!kind)
        return null;
    return {
        kind,
        key: id ?? paperDoi ?? (title.toLowerCase() || `${path}:${line}`),
        inRepository: false,
        evidence: { path, line, kind: 'citation', detail, ...(url ? { url } : {}) }
    };
}
const BIB_START = /@(article|inproceedings|conference|incollection|techreport|report|misc|unpublished|phdthesis|mastersthesis|book|online|software)\s{0,10}\{/i;
/** Reads the BibTeX entries of a text; returns the line ranges they cover. */
function bibtexReferences(text, path, firstLine, out, isOwn = () => true) {
    const covered = [];
    for (const m of matchLines(text, BIB_START, 20)) {
        if (m.line < firstLine)
            continue;
        const entry = readBibEntry(text, m.match.index);
        if (!entry)
            continue;
        covered.push([m.line, m.line + entry.lines]);
        const ref = isOwn(m.line) ? bibReference(entry, path, m.line) : null;
        if (ref)
            out.push(ref);
    }
    return covered;
}
// ---------------------------------------------------------------------------------------------
// Markdown and text documents
/** `[label](relative/path.pdf)` and `<a href="relative/path.pdf">label</a>`: a document shipped here. */
const LOCAL_PDF_LINK = /\[([^[\]\n]{1,300})\]\((?![a-z][\w+.-]*:|#)([^()\s]{1,500}?\.pdf)(?:[#?][^()\s]*)?\)/gi;
const LOCAL_PDF_HTML = /<a\s[^>]{0,300}?href="(?![a-z][\w+.-]*:|#)([^"\s]{1,500}?\.pdf)(?:[#?][^"\s]*)?"[^>]{0,300}>([^<]{1,300})<\/a>/gi;
/** `%20` and the like decoded; a malformed escape is kept as written. */
function decodedTarget(target) {
    try {
        return decodeURIComponent(target);
    }
    catch {
        return target;
    }
}
/** A link target relative to the document's folder, as a repository path (null when it leaves it). */
function resolveLocalPath(from, target) {
    return joinRepositoryPath(from, target) || null;
}
/**
 * PDFs in the repository that a document links to as its paper or technical report: the PDF is
 * the release's publication whatever its file name, and the link's words say which kind.
 */
function localPdfReferences(file, text, firstLine, context, present, out) {
    const links = [
        ...matchLines(text, LOCAL_PDF_LINK, 20).map((m) => ({
            m,
            label: m.match[1],
            target: m.match[2]
        })),
        ...matchLines(text, LOCAL_PDF_HTML, 20).map((m) => ({
            m,
            label: m.match[2],
            target: m.match[1]
        }))
    ];
    for (const { m, label: rawLabel, target } of links) {
        if (m.line < firstLine)
            continue;
        const label = plainInline(rawLabel).trim();
        if (!PAPER_LINK_TEXT.test(label) && !TECH_REPORT.test(label) && !LABEL_LINE.test(m.text))
            continue;
        const path = resolveLocalPath(file.path, decodedTarget(target));
        if (!path || !present.has(path) || isVendored(path))
            continue;
        const kind = kindOf$1(context(m.line, m.text), label);
        out.push({
            kind,
            key: path,
            inRepository: true,
            evidence: {
                path,
                kind: 'file',
                detail: `${kind === 'report' ? 'technical report' : 'paper'} PDF in the repository, linked as "${label.slice(0, 80)}" from ${file.path}:${m.line}`
            }
        });
    }
}
function textReferences(file, out, present = new Set()) {
    const text = file.text ?? '';
    let sections = [];
    let firstLine = 1;
    if (isMarkdownPath(file.path)) {
        const doc = readMarkdown(file);
        sections = doc.sections;
        firstLine = doc.frontMatter.present ? doc.frontMatter.bodyStartLine : 1;
    }
    const context = (line, lineText) => ({
        line: lineText,
        headings: sections.length > 0 ? headingPath(sections, line) : []
    });
    // In prose documents a BibTeX entry is the release's own only under a citation-like heading
    // or right after words asking to cite.
    const lines = text.split('\n', 100000);
    const ownEntry = (line) => context(line, '').headings.some((h) => OWN_PAPER_HEADING.test(h)) ||
        /\b(cite|citation|citing|bibtex|paper)\b/i.test(lines.slice(Math.max(0, line - 4), line - 1).join(' '));
    const covered = bibtexReferences(text, file.path, firstLine, out, ownEntry);
    const inBibtex = (line) => covered.some(([a, b]) => a <= line && line <= b);
    localPdfReferences(file, text, firstLine, context, present, out);
    for (const m of matchLines(text, ARXIV_REF, 40)) {
        if (m.line < firstLine || inBibtex(m.line))
            continue;
        const id = m.match[1];
        if (BOILERPLATE_ARXIV.has(id))
            continue;
        const ctx = context(m.line, m.text);
        if (!isOwnReference(ctx))
            continue;
        out.push({
            kind: kindOf$1(ctx),
            key: id.toLowerCase(),
            inRepository: false,
            evidence: {
                path: file.path,
                line: m.line,
                kind: 'link',
                detail: `arXiv ${id}: ${m.text.slice(0, 160)}`,
                url: arxivUrl(id)
            }
        });
    }
    for (const m of matchLines(text, DOI_REF, 40)) {
        if (m.line < firstLine || inBibtex(m.line))
            continue;
        const doi = normalizeDoi(m.match[1]);
        const fromArxiv = arxivFromDoi(doi);
        if (ARCHIVE_DOI.test(doi) || (fromArxiv && BOILERPLATE_ARXIV.has(fromArxiv)))
            continue;
        const ctx = context(m.line, m.text);
        if (!isOwnReference(ctx))
            continue;
        out.push({
            kind: kindOf$1(ctx),
            key: fromArxiv ?? doi,
            inRepository: false,
            evidence: fromArxiv
                ? {
                    path: file.path,
                    line: m.line,
                    kind: 'link',
                    detail: `arXiv ${fromArxiv} (arXiv DOI): ${m.text.slice(0, 160)}`,
                    url: arxivUrl(fromArxiv)
                }
                : {
                    path: file.path,
                    line: m.line,
                    kind: 'link',
                    detail: `DOI ${doi}: ${m.text.slice(0, 160)}`,
                    url: `https://doi.org/${doi}`
                }
        });
    }
    // Links labelled as the paper or report, wherever they point.
    const links = [
        ...matchLines(text, MARKDOWN_LINK, 40).map((m) => ({ m, label: m.match[1], url: m.match[2] })),
        ...matchLines(text, HTML_LINK, 40).map((m) => ({ m, label: m.match[2], url: m.match[1] }))
    ];
    for (const { m, label: rawLabel, url } of links) {
        if (m.line < firstLine || inBibtex(m.line))
            continue;
        const label = plainInline(rawLabel).trim();
        if (/\.(png|jpe?g|svg|gif)(\?|$)|img\.shields\.io|github\.com\/[^/]+\/[^/]+\/?$/i.test(url))
            continue;
        if (!PAPER_LINK_TEXT.test(label) && !LABEL_LINE.test(m.text))
            continue;
        // A long paragraph is one line: judge the link by the words around it, not the line's start.
        const near = text.slice(Math.max(text.lastIndexOf('\n', m.match.index) + 1, m.match.index - 160), m.match.index + m.match[0].length);
        const ctx = context(m.line, near);
        if (OTHERS_WORK.test(withoutUrls(near)) && !/\b(our|we)\b/i.test(near))
            continue;
        out.push({
            kind: kindOf$1(ctx, label),
            key: referenceKey$1(url),
            inRepository: false,
            evidence: { path: file.path, line: m.line, kind: 'link', detail: `link "${label}"`, url }
        });
    }
}
function citationCffReferences(file, out) {
    const text = file.text ?? '';
    const parsed = parseYamlSafe(text, 'CITATION.cff');
    const value = parsed.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        // Unreadable: fall back to the plain-text scan.
        textReferences(file, out);
        return;
    }
    const cff = value;
    const preferred = cff['preferred-citation'];
    if (preferred === null || typeof preferred !== 'object' || Array.isArray(preferred))
        return;
    const p = preferred;
    const offset = parsed.keyOffsets.find(([k]) => k === 'preferred-citation')?.[1] ?? 0;
    const line = lineOfOffset(lineStarts(text), offset);
    const type = typeof p.type === 'string' ? p.type.toLowerCase() : '';
    const title = typeof p.title === 'string' ? p.title.slice(0, 120) : '';
    const identifiers = Array.isArray(p.identifiers) ? p.identifiers : [];
    const values = [
        p.doi,
        p.url,
        ...identifiers.map((x) => x && typeof x === 'object' ? x.value : null)
    ].filter((v) => typeof v === 'string');
    const joined = values.join(' ');
    const arxivId = /(?:arxiv\.org\/abs\/|arxiv:|10\.48550\/arxiv\.)(\d{4}\.\d{4,5})/i.exec(joined)?.[1];
    const doi = values
        .map((v) => /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i.exec(v)?.[1])
        .find((v) => !!v && !ARCHIVE_DOI.test(v) && !arxivFromDoi(v));
    const venue = [p.journal, p.conference?.name].find((v) => typeof v === 'string');
    const isReport = type === 'report' || TECH_REPORT.test(title);
    const isPaperType = /^(article|conference-paper|conference|proceedings|thesis|book|generic|unpublished|manuscript)$/.test(type);
    if (!isReport && !isPaperType && !arxivId && !doi)
        return;
    if (arxivId && BOILERPLATE_ARXIV.has(arxivId))
        return;
    const url = arxivId
        ? arxivUrl(arxivId)
        : doi
            ? `https://doi.org/${doi.toLowerCase()}`
            : values.find((v) => /^https?:/.test(v));
    const detail = [
        `CITATION.cff preferred citation (${type || 'untyped'})`,
        venue ? `${p.journal ? 'journal' : 'proceedings'}: ${venue.slice(0, 100)}` : null,
        arxivId ? `arXiv ${arxivId}` : doi ? `DOI ${doi}` : null,
        title ? `"${title}"` : null
    ]
        .filter(Boolean)
        .join(', ');
    out.push({
        kind: isReport ? 'report' : 'paper',
        key: arxivId ?? doi?.toLowerCase() ?? (title.toLowerCase() || file.path),
        inRepository: false,
        evidence: { path: file.path, line, kind: 'citation', detail, ...(url ? { url } : {}) }
    });
}
function frontMatterReferences(ctx, out) {
    const card = ctx.card;
    if (!card?.frontMatter)
        return;
    const line = card.keyLines.get('tags') ?? 1;
    for (const tag of stringList$1(card.frontMatter.tags, 200)) {
        const m = /^arxiv:(\d{4}\.\d{4,5})$/i.exec(tag);
        if (!m || BOILERPLATE_ARXIV.has(m[1]))
            continue;
        out.push({
            kind: 'paper',
            key: m[1],
            inRepository: false,
            evidence: {
                path: card.path,
                line,
                kind: 'metadata',
                detail: `front matter tag arxiv:${m[1]}`,
                url: arxivUrl(m[1])
            }
        });
    }
}
// ---------------------------------------------------------------------------------------------
// Papers in the repository
function repositoryPapers(ctx, out) {
    const texFolders = new Set();
    // Only PDFs and TeX sources count (a PDF is binary data, TeX a document).
    const candidates = ctx.files.where('papers:pdf-or-tex', (f) => f.ext === 'pdf' || f.ext === 'tex');
    for (const file of candidates) {
        if (isVendoredFile(file))
            continue;
        const name = file.name;
        const ext = file.ext;
        if (ext === 'pdf' && file.size !== 0) {
            const inPaperFolder = PAPER_FOLDER.test(file.path);
            const namedLikePaper = PDF_PAPER_NAME.test(name);
            if (!inPaperFolder && !namedLikePaper)
                continue;
            const report = PDF_REPORT_NAME.test(name);
            out.push({
                kind: report ? 'report' : 'paper',
                key: file.path,
                inRepository: true,
                evidence: {
                    path: file.path,
                    kind: 'file',
                    detail: `${report ? 'technical report' : 'paper'} PDF in the repository`
                }
            });
        }
        else if (ext === 'tex' && file.text !== undefined && PAPER_FOLDER.test(file.path)) {
            if (!/\\documentclass/.test(file.text) || !/\\begin\{document\}/.test(file.text))
                continue;
            const dir = dirName(file.path);
            if (texFolders.has(dir))
                continue;
            texFolders.add(dir);
            const title = /\\title\s{0,5}(?:\[[^\]]{0,200}\])?\{([^\n]{1,300})/.exec(file.text)?.[1] ?? '';
            const report = TECH_REPORT.test(title) || PDF_REPORT_NAME.test(file.path);
            const line = matchLines(file.text, /\\title\b/, 1)[0]?.line;
            out.push({
                kind: report ? 'report' : 'paper',
                key: dir,
                inRepository: true,
                evidence: {
                    path: file.path,
                    ...(line ? { line } : {}),
                    kind: 'file',
                    detail: `LaTeX source of the ${report ? 'technical report' : 'paper'} in the repository${title ? `: "${plainInline(title).slice(0, 120)}"` : ''}`
                }
            });
        }
    }
}
function isDocumentToScan(file) {
    if (file.text === undefined || isVendored(file.path))
        return false;
    const path = file.path;
    const name = baseName$1(path);
    const depth = segmentCount(path);
    if (/^citation\.cff$/i.test(name))
        return depth <= 2;
    if (extension(path) === 'bib')
        return true;
    if (!/\.(md|markdown|mdx|rst|txt)$/i.test(name))
        return false;
    if (/^(requirements|licen[cs]e|copying|notice)/i.test(name))
        return false;
    return (depth === 1 ||
        /^readme\./i.test(name) ||
        DOCS_FOLDER.test(path) ||
        PAPER_FOLDER.test(path) ||
        /(^|\/)model[_-]?cards?\//i.test(path));
}
/** Every reference to the release's own technical report or paper, and papers kept in the repository. */
function findPaperReferences(ctx) {
    const refs = [];
    frontMatterReferences(ctx, refs);
    repositoryPapers(ctx, refs);
    const card = ctx.card;
    const docs = ctx.files.withText.filter(isDocumentToScan);
    // Files that are there and not empty, looked up in the index rather than a set of every path.
    const present = {
        has: (path) => {
            const file = ctx.files.byPath(path);
            return file !== undefined && file.size !== 0;
        }
    };
    // The model card first, so its lines are the evidence when others repeat a reference.
    docs.sort((a, b) => Number(b.path === card?.path) - Number(a.path === card?.path));
    for (const file of docs.slice(0, MAX_DOC_FILES)) {
        if (/^citation\.cff$/i.test(baseName$1(file.path)))
            citationCffReferences(file, refs);
        else if (extension(file.path) === 'bib')
            bibtexReferences(file.text ?? '', file.path, 1, refs);
        else
            textReferences(file, refs, present);
    }
    // A document the release calls its technical report anywhere is its technical report
    // everywhere, even where a citation block lists it as an article.
    const reports = new Set(refs.filter((r) => r.kind === 'report').map((r) => r.key));
    const seen = new Set();
    return refs
        .map((r) => (reports.has(r.key) ? { ...r, kind: 'report' } : r))
        .filter((r) => {
        if (seen.has(r.key))
            return false;
        seen.add(r.key);
        return true;
    });
}
function finding(name, refs) {
    if (refs.length === 0)
        return [];
    const inRepo = refs.filter((r) => r.inRepository);
    return [
        {
            name,
            presence: inRepo.length > 0 ? 'in-repository' : 'by-reference',
            evidence: refs.slice(0, MAX_REFERENCES$1).map((r) => r.evidence),
            locations: [...new Set(inRepo.map((r) => r.evidence.path))]
        }
    ];
}
/** 'Technical report' and 'Research paper': PDFs and LaTeX in the repository, arXiv ids, DOIs, BibTeX, CITATION.cff. */
function detectPapers(ctx, refs = findPaperReferences(ctx)) {
    return [
        ...finding('Technical report', refs.filter((r) => r.kind === 'report')),
        ...finding('Research paper', refs.filter((r) => r.kind === 'paper'))
    ];
}

/**
 * What the repository points to: Hub models and datasets, papers, code repositories, submodules,
 * cloud storage, magnet links and download scripts, each with whose thing it is (the release's
 * own artifact, something it depends on, or a work it only cites) and the components it stands for.
 */
const MAX_FILES$2 = 400;
const MAX_REFERENCES = 300;
const MAX_DETAIL = 160;
const HF_URL = /https?:\/\/(?:www\.)?huggingface\.co\/(datasets\/)?(?!(?:datasets|spaces|docs|papers|blog|collections|models|join|login|settings|organizations|api|learn|tasks)\b)([\w.-]+\/[\w.-]+)(?:\/(?:tree|resolve|blob)\/([\w.-]+))?/g;
const HF_CALL = /\b(from_pretrained|snapshot_download|hf_hub_download|load_dataset|AutoModel\w*\.from_pretrained|pipeline)\(\s*(?:repo_id\s*=\s*|model\s*=\s*|path\s*=\s*)?["']([\w.-]+\/[\w.-]+)["'](?:[^)\n]{0,120}?revision\s*=\s*["']([\w.-]+)["'])?/g;
const HF_CLI = /\b(?:huggingface-cli|hf)\s+download\s+(?:--repo-type[= ](\w+)\s+)?([\w.-]+\/[\w.-]+)/g;
const GITHUB_URL = /https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?=[/#?)\s"'>\]]|$)/g;
const CLOUD_URL = /\b(gs:\/\/[\w.-]+\/[^\s"'<>)\]]*|s3:\/\/[\w.-]{3,63}(?:\/[^\s"'<>)\]]*)?|https?:\/\/(?:storage\.googleapis\.com|[\w-]+\.r2\.cloudflarestorage\.com|[\w-]+\.s3[\w.-]*\.amazonaws\.com|s3[\w.-]*\.amazonaws\.com|[\w-]+\.blob\.core\.windows\.net|dl\.fbaipublicfiles\.com|openaipublic\.azureedge\.net|[\w-]+\.cloudfront\.net)\/[^\s"'<>)\]]*)/g;
const MAGNET = /\bmagnet:\?xt=urn:btih:([a-z0-9]{32,40})[^\s"'<>)\]]*/gi;
const WEIGHT_FILE = /\.(safetensors|bin|pt|pth|ckpt|h5|gguf|onnx|msgpack|npz|pkl|tar|tar\.gz|zip|tgz)(?:[?#]|$)/i;
const ARCHIVE_FILE = /\.(tar|tar\.gz|zip|tgz)(?:[?#]|$)/i;
const WEIGHTS_WORDS = /\b(weights?|checkpoints?|ckpts?|pre-?trained|parameters|download|models? (are|is) (available|released|hosted|published)|released on|hosted on|available (on|at|from)|hugging ?face hub|model hub|our models?)\b/i;
const DATA_WORDS = /\b(datasets?|data|corpus|corpora|annotations|training set|test set)\b/i;
const EVAL_WORDS = /\b(eval(uation)?|benchmarks?|test set|validation)\b|\u8bc4\u6d4b|\u8bc4\u4f30|\u6d4b\u8bc4/i;
/** A page or folder about evaluation: what it links to is for evaluating. */
const EVAL_PAGE = /(^|\/)(evals?|evaluation|benchmarks?)\/|(^|\/)evaluation[^/]*\.(md|rst)$/i;
const CODE_WORDS = /\b(code|implementation|training|repository|repo|library|framework|toolkit)\b/i;
const OTHERS_WORDS = /\b(based on|built on|fine-?tuned from|derived from|initiali[sz]ed from|adapted from|inspired by|thanks to|acknowledg|we use|uses|using|powered by|compatible with|integrat|support(s|ed)? for|see also)\b/i;
const OUR_WORDS = /\b(our|we release|we open-?source|we provide|this release)\b/i;
const DOWNLOAD_SCRIPT$1 = /^(download|fetch|get)[_-]?[\w-]*\.(sh|py|bash)$/i;
/** A script named after a public benchmark, in a data or evaluation folder, that downloads it. */
const BENCHMARK_SCRIPT = /^(hellaswag|mmlu|cmmlu|ceval|arc([_-](easy|challenge))?|gsm8k|humaneval|mbpp|lambada|winogrande|piqa|boolq|truthfulqa|triviaqa|openbookqa|squad(_?v2)?|super_?glue|glue|bbh|siqa|hella_swag)\.(py|sh)$/i;
const BENCHMARK_FOLDER = /(^|\/)(data|datasets?|eval|evals|evaluation|benchmarks?)\//i;
function detail(text) {
    const plain = text.replace(/\s+/g, ' ').trim();
    return plain.length > MAX_DETAIL ? plain.slice(0, MAX_DETAIL - 1) + '\u2026' : plain;
}
/** Files whose words may point elsewhere: documents, download scripts, configs of submodules. */
function isReferenceSource(file) {
    if (file.text === undefined || isVendored(file.path))
        return false;
    // Docs deep inside a package describe that package (an evaluation task, an example), not the release.
    if (isMarkdownPath(file.path) &&
        segmentCount(file.path) > 2 &&
        !/(^|\/)(models|checkpoints|weights|model_cards?)\//i.test(file.path))
        return false;
    if (/(^|\/)(tests?|testdata|test_data|__fixtures__|fixtures)\//i.test(file.path))
        return false;
    const name = baseName$1(file.path);
    const ext = extension(file.path);
    return (isMarkdownPath(file.path) ||
        /^readme/i.test(name) ||
        DOWNLOAD_SCRIPT$1.test(name) ||
        ((ext === 'sh' || ext === 'py' || ext === 'ipynb') && segmentCount(file.path) <= 2));
}
/** A Hub call whose arguments start on the next line: `from_pretrained(` ends the line. */
const OPEN_HUB_CALL = /\b(from_pretrained|snapshot_download|hf_hub_download|load_dataset|pipeline)\(\s*$/;
/** Lines of arguments read after an open call, up to its closing parenthesis. */
const CALL_LINES = 8;
/** Lines of a file with their heading path and whether they sit in a code fence. */
function* sitesOf(file) {
    const text = file.text ?? '';
    const markdown = isMarkdownPath(file.path) || /^readme/i.test(baseName$1(file.path));
    const sections = markdown ? readMarkdown(file).sections : [];
    const lines = text.split('\n');
    let fence = false;
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (markdown && FENCE.test(line)) {
            fence = !fence;
            continue;
        }
        // One site for the whole call, so that its id and `trust_remote_code=True` are read together.
        if (OPEN_HUB_CALL.test(line)) {
            for (let j = i + 1; j < lines.length && j <= i + CALL_LINES; j++) {
                if (FENCE.test(lines[j]))
                    break;
                line += ` ${lines[j].trim()}`;
                if (lines[j].includes(')'))
                    break;
            }
        }
        if (!/[:/]/.test(line))
            continue;
        yield {
            file,
            line: i + 1,
            text: line,
            headings: markdown ? headingPath(sections, i + 1) : [],
            inCode: !markdown || fence
        };
    }
}
function ownerOf(id) {
    return id.split('/')[0].toLowerCase();
}
class ReferenceList {
    byKey = new Map();
    add(kind, id, role, components, site, extra = {}) {
        const key = `${kind}:${id.toLowerCase()}`;
        const existing = this.byKey.get(key);
        if (existing) {
            if (existing.evidence.length < 5)
                existing.evidence.push(site);
            // The strongest claim wins: an own-release mention outranks a citation of the same thing.
            const rank = { 'own-release': 2, dependency: 1, citation: 0 };
            if (rank[role] > rank[existing.role]) {
                existing.role = role;
                existing.components = components;
            }
            for (const c of components)
                if (!existing.components.includes(c))
                    existing.components.push(c);
            if (!existing.revision && extra.revision)
                existing.revision = extra.revision;
            return;
        }
        if (this.byKey.size >= MAX_REFERENCES)
            return;
        this.byKey.set(key, {
            kind,
            id,
            ...(extra.revision ? { revision: extra.revision } : {}),
            ...(extra.url ? { url: extra.url } : {}),
            role,
            components: [...components],
            evidence: [site]
        });
    }
    /** Adds a component, and the site that shows it, to a reference already taken as the release's own. */
    addToOwn(kind, id, component, site) {
        const existing = this.byKey.get(`${kind}:${id.toLowerCase()}`);
        if (existing?.role !== 'own-release' || existing.components.includes(component))
            return;
        existing.components.push(component);
        if (existing.evidence.length < 5)
            existing.evidence.push(site);
    }
    list() {
        return [...this.byKey.values()];
    }
}
const STEP_REVISION = /^(step|stage\d*-step|ckpt|checkpoint|iter)[-_]?\d+/i;
/** Every reference the repository makes, with its role. Pure. */
function findReferences(snapshot, context) {
    const refs = new ReferenceList();
    const card = context.card;
    const repoOwner = context.repository?.includes('/') ? ownerOf(context.repository) : null;
    const baseModels = new Set((card?.baseModels ?? []).map((b) => b.toLowerCase()));
    // The model card's metadata: its datasets are the training data, its base model a dependency.
    if (card) {
        const line = (key) => card.keyLines.get(key);
        for (const id of card.datasets.slice(0, 50)) {
            refs.add('hf-dataset', id, 'own-release', ['Datasets'], {
                path: card.path,
                line: line('datasets'),
                detail: `model card \`datasets:\` lists ${id}`
            });
        }
        for (const id of card.baseModels.slice(0, 20)) {
            refs.add('hf-model', id, 'dependency', [], {
                path: card.path,
                line: line('base_model'),
                detail: `model card \`base_model:\` ${id}`
            });
        }
    }
    // Papers: the release's own (as the papers detector decided) and every other one, as citations.
    const own = new Set();
    for (const paper of context.papers) {
        if (paper.inRepository)
            continue;
        const kind = /^\d{4}\.\d{4,5}$|\//.test(paper.key)
            ? /^10\./.test(paper.key)
                ? 'doi'
                : 'arxiv'
            : 'url';
        own.add(paper.key);
        refs.add(kind, paper.key, 'own-release', [paper.kind === 'report' ? 'Technical report' : 'Research paper'], {
            path: paper.evidence.path,
            line: paper.evidence.line,
            detail: detail(paper.evidence.detail)
        }, paper.evidence.url ? { url: paper.evidence.url } : {});
    }
    // Submodules: code kept in another repository, pinned by the superproject.
    const submodules = readSubmodules(snapshot);
    for (const module of submodules?.modules ?? []) {
        const gh = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(module.url);
        const id = gh ? `${gh[1]}/${gh[2]}` : module.url;
        const mine = repoOwner !== null && gh !== null && ownerOf(id) === repoOwner;
        refs.add('submodule', id, mine ? 'own-release' : 'dependency', [], {
            path: submodules?.file.path ?? '.gitmodules',
            line: module.line,
            detail: `submodule \`${module.path}\` \u2192 ${module.url}`
        }, { url: module.url });
    }
    const lineContext = {
        repoOwner,
        self: context.repository?.includes('/') ? context.repository.toLowerCase() : null,
        baseModels,
        own,
        remoteCode: new Map()
    };
    const files = fileIndex(snapshot).withText.filter(isReferenceSource).slice(0, MAX_FILES$2);
    for (const file of files) {
        if (DOWNLOAD_SCRIPT$1.test(baseName$1(file.path))) {
            const name = baseName$1(file.path);
            // A plain `download.sh` at the top that fetches checkpoint files downloads the weights.
            const fetchesWeights = segmentCount(file.path) <= 2 &&
                /^download\.(sh|py)$/i.test(name) &&
                /\.(pth|pt|safetensors|bin|ckpt|gguf)\b|consolidated\.|checkpoints?\b/i.test(file.text ?? '');
            const words = name.replace(/[_-]/g, ' ');
            const components = /weights?|models?|checkpoints?|ckpts?/i.test(name) || fetchesWeights
                ? ['Model parameters (Final)']
                : /eval|bench|test ?sets?/i.test(words)
                    ? ['Evaluation data']
                    : DATA_WORDS.test(words)
                        ? ['Datasets']
                        : [];
            refs.add('download-script', file.path, 'own-release', components, {
                path: file.path,
                detail: `download script ${baseName$1(file.path)}`
            });
        }
        for (const site of sitesOf(file))
            scanLine(site, refs, lineContext);
    }
    for (const [id, site] of lineContext.remoteCode)
        refs.addToOwn('hf-model', id, 'Model architecture', site);
    for (const file of fileIndex(snapshot).withText) {
        const name = file.name;
        if (!BENCHMARK_SCRIPT.test(name) || !BENCHMARK_FOLDER.test(file.dir + '/'))
            continue;
        if (isVendoredFile(file) || isInTestFolder(file.path))
            continue;
        const url = /https?:\/\/[^\s"'<>)\]]+/.exec(file.text ?? '')?.[0];
        if (!url)
            continue;
        refs.add('download-script', file.path, 'own-release', ['Evaluation data'], { path: file.path, detail: `${name} downloads the ${name.replace(/\.\w+$/, '')} benchmark` }, { url });
    }
    return refs.list();
}
function scanLine(site, refs, ctx) {
    const { file, line, text } = site;
    const where = { path: file.path, line, detail: detail(text) };
    const around = `${text} ${site.headings.join(' ')}`;
    const others = OTHERS_WORDS.test(text) && !OUR_WORDS.test(text);
    const listOrTable = /^\s*([-*+|]|\d+\.)/.test(text);
    for (const m of text.matchAll(HF_URL)) {
        const isDataset = m[1] !== undefined;
        const id = m[2].replace(/[.]+$/, '').replace(/\.git$/, '');
        if (isDataset) {
            const afterId = (m.index ?? 0) + m[0].indexOf(m[2]) + m[2].length;
            if (isNotADataset(id) || isMediaFileLink(text.slice(afterId)))
                continue;
            const place = datasetLinkPlace(text, site.headings);
            const evaluation = place === 'evaluation' ||
                ((EVAL_WORDS.test(around) || EVAL_PAGE.test(file.path)) && !/\btrain/i.test(around));
            const notOurs = others || place === 'not-the-release';
            refs.add('hf-dataset', id, notOurs ? 'dependency' : 'own-release', notOurs ? [] : [evaluation ? 'Evaluation data' : 'Datasets'], where, {
                url: m[0],
                ...(m[3] ? { revision: m[3] } : {})
            });
            continue;
        }
        hubModel(id, m[3], site, refs, ctx, { listOrTable, others, url: m[0] });
    }
    const inProse = isMarkdownPath(file.path) || /^readme/i.test(baseName$1(file.path));
    for (const m of text.matchAll(HF_CALL)) {
        // In the release's own code a Hub id is something it loads (a tokenizer, a base model); in
        // its documentation it is what users are told to load: the release's models.
        if (!inProse && !DOWNLOAD_SCRIPT$1.test(baseName$1(file.path))) {
            refs.add(m[1] === 'load_dataset' ? 'hf-dataset' : 'hf-model', m[2], 'dependency', [], where);
            continue;
        }
        if (m[1] === 'load_dataset') {
            refs.add('hf-dataset', m[2], 'own-release', [EVAL_WORDS.test(around) ? 'Evaluation data' : 'Datasets'], where);
            continue;
        }
        // `trust_remote_code=True` runs modelling code kept in the Hub repository itself.
        const call = text.slice(m.index ?? 0).split('\n', 1)[0];
        hubModel(m[2], m[3], site, refs, ctx, {
            listOrTable: true,
            others,
            url: undefined,
            remoteCode: /\btrust_remote_code\s*=\s*True\b/.test(call)
        });
    }
    for (const m of text.matchAll(HF_CLI)) {
        if (m[1] === 'dataset')
            refs.add('hf-dataset', m[2], 'own-release', ['Datasets'], where);
        else
            hubModel(m[2], undefined, site, refs, ctx, { listOrTable: true, others, url: undefined });
    }
    if (!site.inCode || extension(file.path) === 'md') {
        for (const m of text.matchAll(GITHUB_URL)) {
            const owner = m[1].toLowerCase();
            if (['orgs', 'topics', 'features', 'marketplace', 'sponsors', 'settings'].includes(owner))
                continue;
            const id = `${m[1]}/${m[2]}`;
            // A link to the repository itself points to nothing kept elsewhere.
            if (id.toLowerCase() === ctx.self)
                continue;
            const mine = ctx.repoOwner !== null && owner === ctx.repoOwner;
            const role = mine && !others ? 'own-release' : 'dependency';
            const components = role === 'own-release' && CODE_WORDS.test(around)
                ? /\btrain/i.test(around)
                    ? ['Training code']
                    : /\beval/i.test(around)
                        ? ['Evaluation code']
                        : []
                : [];
            refs.add('github', id, role, components, where, { url: m[0] });
        }
    }
    for (const m of text.matchAll(CLOUD_URL)) {
        const url = m[1].replace(/[.,;:]+$/, '');
        // An archive or a "download" line is weights unless the words or the path speak of data.
        const dataish = DATA_WORDS.test(around) || /\/(data|datasets?)\//i.test(url);
        const isWeights = (WEIGHT_FILE.test(url) && !ARCHIVE_FILE.test(url)) ||
            (!dataish && (ARCHIVE_FILE.test(url) || WEIGHTS_WORDS.test(around)));
        const isData = !isWeights && dataish;
        if (!isWeights && !isData)
            continue;
        // A page about one dataset says in its opening what the data is for ("to evaluate \u2026").
        const forEvaluation = isData &&
            (EVAL_WORDS.test(around) ||
                (isMarkdownPath(file.path) &&
                    !/^readme/i.test(baseName$1(file.path)) &&
                    /\bevaluat/i.test((file.text ?? '').slice(0, 1500))));
        refs.add('cloud-storage', url, 'own-release', [isWeights ? 'Model parameters (Final)' : forEvaluation ? 'Evaluation data' : 'Datasets'], where, { url });
    }
    for (const m of text.matchAll(MAGNET)) {
        refs.add('magnet', m[1].toLowerCase(), 'own-release', [
            DATA_WORDS.test(around) && !WEIGHTS_WORDS.test(around)
                ? 'Datasets'
                : 'Model parameters (Final)'
        ], where, {
            url: m[0].slice(0, 300)
        });
    }
    for (const m of text.matchAll(/(?:arxiv\.org\/(?:abs|pdf)\/|\barxiv:\s?)(\d{4}\.\d{4,5})/gi)) {
        if (ctx.own.has(m[1]))
            continue;
        refs.add('arxiv', m[1], 'citation', [], where, { url: `https://arxiv.org/abs/${m[1]}` });
    }
}
function hubModel(id, revision, site, refs, ctx, how) {
    const lower = id.toLowerCase();
    const where = { path: site.file.path, line: site.line, detail: detail(site.text) };
    // A step revision in an example names one checkpoint, not the release's pinned revision.
    const pinned = revision && !STEP_REVISION.test(revision) ? revision : undefined;
    const extra = { ...(pinned ? { revision: pinned } : {}), ...(how.url ? { url: how.url } : {}) };
    if (ctx.baseModels.has(lower) || how.others) {
        refs.add('hf-model', id, 'dependency', [], where, extra);
        return;
    }
    // The repository's owner publishes under its own name; a Hub organisation of another name is
    // still the release's when the line offers it as such ("our model", a download table row).
    const offered = OUR_WORDS.test(site.text) ||
        (/^\s*\|/.test(site.text) && WEIGHTS_WORDS.test(`${site.text} ${site.headings.join(' ')}`));
    const owned = ctx.repoOwner === null || ownerOf(id) === ctx.repoOwner || offered;
    const weightsContext = WEIGHTS_WORDS.test(`${site.text} ${site.headings.join(' ')}`) || how.listOrTable;
    if (owned && weightsContext) {
        const components = ['Model parameters (Final)'];
        if (revision && STEP_REVISION.test(revision))
            components.push('Model parameters (Intermediate)');
        if (how.remoteCode)
            components.push('Model architecture');
        refs.add('hf-model', id, 'own-release', components, where, extra);
    }
    else {
        if (how.remoteCode && !owned && !ctx.remoteCode.has(lower))
            ctx.remoteCode.set(lower, where);
        refs.add('hf-model', id, 'dependency', [], where, extra);
    }
}

const MAX_NAMES = 20;
function modelIndexNames(card) {
    const index = card.frontMatter?.['model-index'];
    if (!Array.isArray(index))
        return [];
    return index
        .map((entry) => entry && typeof entry === 'object' ? entry.name : undefined)
        .filter((name) => typeof name === 'string' && name.trim() !== '')
        .map((name) => name.trim().slice(0, 100));
}
/** Folders `models/<name>/` holding a card, weights or a licence: one model each. */
function modelFolders(snapshot) {
    const names = new Set();
    const all = fileIndex(snapshot).all;
    // The pattern below needs one of these folders; most paths have neither. The name holds no
    // '/', so the folder decides, once per folder.
    const candidate = new Map();
    for (let i = 0; i < all.length; i++) {
        const file = all[i];
        let inModels = candidate.get(file.dir);
        if (inModels === undefined) {
            inModels = /(models|checkpoints)\//i.test(file.dir + '/');
            candidate.set(file.dir, inModels);
        }
        if (!inModels)
            continue;
        const m = /^(?:.*\/)?(?:models|checkpoints)\/([^/]+)\/(readme|model[_-]?card|licen[cs]e|config\.json|[^/]+\.(safetensors|gguf|bin|pt|pth))/i.exec(file.path);
        if (m)
            names.add(m[1]);
    }
    return [...names];
}
function readmeTitle(snapshot) {
    const readme = fileIndex(snapshot).withText.find((f) => /^readme\.(md|markdown)$/i.test(f.path) && f.text);
    if (!readme)
        return null;
    // The first real title: not a table of contents or a news heading.
    const first = readMarkdown(readme).sections.find((s) => s.depth === 1 &&
        !/^(\u76ee\u5f55|contents|table of contents|toc|news|updates?|index|overview)$/i.test(s.title.trim()));
    return first ? { title: first.title.slice(0, 100), path: readme.path, line: first.line } : null;
}
/**
 * A model's own configuration at the repository's root (`config.json` naming architectures,
 * `params.json`, a diffusers `model_index.json`, a PEFT `adapter_config.json`): where a model
 * repository keeps it, beside weights that may be missing here (a copy without its LFS files).
 * A library keeps example configs in folders, not at its root.
 */
function rootModelConfig(findings) {
    const architecture = findings.find((f) => f.name === 'Model architecture');
    const config = architecture?.evidence.find((e) => e.kind === 'metadata' && !e.path.includes('/'));
    return config
        ? { path: config.path, detail: `model configuration at the root: ${config.detail}` }
        : undefined;
}
/** Which model(s) the repository releases. Pure. */
function findSubject(snapshot, card, findings, references) {
    const names = [];
    const evidence = [];
    if (card) {
        for (const name of modelIndexNames(card))
            names.push(name);
        if (names.length > 0)
            evidence.push({
                path: card.path,
                line: card.keyLines.get('model-index'),
                detail: 'model card `model-index`'
            });
    }
    const ownModels = references.filter((r) => r.kind === 'hf-model' && r.role === 'own-release');
    const ids = [...new Set(ownModels.map((r) => r.id))].slice(0, MAX_NAMES);
    for (const r of ownModels.slice(0, 3))
        evidence.push(r.evidence[0]);
    for (const folder of modelFolders(snapshot))
        names.push(folder);
    const final = findings.find((f) => f.name === 'Model parameters (Final)');
    const checkpoints = findings.find((f) => f.name === 'Model parameters (Intermediate)');
    const rootConfig = rootModelConfig(findings);
    const release = final || checkpoints || ids.length > 0 || rootConfig ? 'model' : 'none';
    if (release === 'model' && names.length === 0) {
        const title = readmeTitle(snapshot);
        if (title) {
            names.push(title.title);
            evidence.push({ path: title.path, line: title.line, detail: 'README title' });
        }
    }
    if (final && final.evidence[0])
        evidence.push(final.evidence[0]);
    else if (rootConfig)
        evidence.push(rootConfig);
    return {
        release,
        names: [...new Set(names)].slice(0, MAX_NAMES),
        ids,
        evidence: evidence.slice(0, 6)
    };
}

const MAX_EVIDENCE = 5;
function describe$3(reference) {
    const what = {
        'hf-model': 'Hugging Face model',
        'hf-dataset': 'Hugging Face dataset',
        arxiv: 'arXiv paper',
        doi: 'DOI',
        github: 'GitHub repository',
        submodule: 'git submodule',
        url: 'link',
        'cloud-storage': 'cloud storage',
        magnet: 'magnet link',
        'download-script': 'download script'
    };
    const revision = reference.revision ? ` at revision \`${reference.revision}\`` : '';
    return `${what[reference.kind]} \`${reference.id}\`${revision}`;
}
function evidenceOf(reference) {
    const site = reference.evidence[0];
    return {
        path: site.path,
        ...(site.line ? { line: site.line } : {}),
        kind: 'reference',
        detail: describe$3(reference),
        ...(reference.url && /^https?:\/\//i.test(reference.url) ? { url: reference.url } : {})
    };
}
/** Adds a by-reference finding for each component that only the release's references name. */
function addReferencedComponents(findings, references) {
    const out = [...findings];
    // MOT's convention: evaluation results may live in the technical report or the paper. When the
    // repository shows none of its own, the release's paper stands for them.
    if (!out.some((f) => f.name === 'Evaluation results')) {
        for (const reference of references) {
            if (reference.role === 'own-release' &&
                reference.components.some((c) => c === 'Technical report' || c === 'Research paper') &&
                !reference.components.includes('Evaluation results'))
                reference.components.push('Evaluation results');
        }
    }
    const byComponent = new Map();
    for (const reference of references) {
        if (reference.role !== 'own-release')
            continue;
        for (const name of reference.components) {
            const list = byComponent.get(name) ?? [];
            list.push(reference);
            byComponent.set(name, list);
        }
    }
    for (const [name, refs] of byComponent) {
        if (out.some((f) => f.name === name))
            continue;
        const notes = refs.length > MAX_EVIDENCE ? [`${refs.length} references in all`] : [];
        if (name === 'Evaluation results')
            notes.push("no results in the repository; the release's paper or report holds them");
        out.push({
            name,
            presence: 'by-reference',
            evidence: refs.slice(0, MAX_EVIDENCE).map(evidenceOf),
            locations: [],
            notes
        });
    }
    return out;
}

/** A folder or file name that marks one step of a training run. */
const STEP_NAME = /(^|[/_-])(checkpoint|ckpt|step|global_step|iter|iteration|epoch)[-_]?(\d{2,})(?=$|[/._-])/i;
const INDEX_FILE = /\.(safetensors|bin|h5|msgpack|pt)\.index\.json$/i;
/** Hugging Face model URLs (not datasets or spaces) and `from_pretrained("org/name")` ids. */
const HF_MODEL_URL = /https?:\/\/(?:www\.)?huggingface\.co\/(?!datasets\/|spaces\/|docs\/|papers\/|blog\/|collections\/|models\?|join|login|settings)([\w.-]+\/[\w.-]+)/g;
const FROM_PRETRAINED = /from_pretrained\(\s*["']([\w.-]+\/[\w.-]+)["']/g;
const WEIGHTS_CONTEXT = /\b(weights?|checkpoints?|parameters|download|models? (are|is) (available|released|hosted|published)|released on|hosted on|available (on|at|from)|hugging ?face hub|model hub)\b/i;
const DOWNLOAD_SCRIPT = /^(download|fetch|get)[_-]?(weights?|models?|checkpoints?|ckpts?)?\.(sh|py)$/i;
const DOWNLOAD_CALL = /\b(hf_hub_download\(|snapshot_download\(|huggingface-cli\s+download|hf\s+download|load_state_dict_from_url\(|download_url_to_file\(|gsutil\s+(-m\s+)?(cp|rsync)\s+[^\n]{0,100}gs:\/\/|aws\s+s3\s+(cp|sync)\s+[^\n]{0,100}s3:\/\/|(wget|curl|urlretrieve\(|requests\.get\(|urlopen\()[^\n]{0,200}https?:\/\/\S{1,300}\.(safetensors|bin|gguf|pt|pth|ckpt|onnx|npz|h5|msgpack))/;
/** Lines that credit a template or give an example: the ids on them are not this release's weights. */
const NOT_OWN_WEIGHTS = /\b(card (template|layout)|template (by|from|of)|(follows|uses) the (sections|layout|structure) of|inspired by|adapted from|borrowed from|credits?|thanks to|for example|for instance|such as)\b|\be\.g\./i;
/** Ids that stand for the reader's own (`your-org/your-model`, `username/model`). */
const PLACEHOLDER_ID = /^(your|my|user(name)?|org(anization)?|name)([-_][\w-]*)?\/|\/your[-_]/i;
/** Intermediate checkpoints named in documentation: `revision="step1000"`, branch lists, the phrase
 * itself ("training checkpoints"; a "pre-training checkpoint" is the final pretrained model). */
const CHECKPOINT_DOCS = /\bintermediate\s+checkpoints?\b|(?<![\w-])training\s+checkpoints\b|\brevision\s*=\s*["']step\d+|\bstep\d{3,}\b/i;
function describeWeight(file, info) {
    const parts = [info.format];
    if (info.tensorCount !== undefined)
        parts.push(`${formatInteger(info.tensorCount)} tensors`);
    if (info.parameterCount !== undefined)
        parts.push(`${formatCount(info.parameterCount)} parameters`);
    if (info.dtypes && Object.keys(info.dtypes).length > 0)
        parts.push(Object.keys(info.dtypes).slice(0, 4).join('/'));
    if (info.modelName)
        parts.push(`name \`${info.modelName}\``);
    if (info.license)
        parts.push(`licence \`${info.license}\` in header`);
    if (file.size !== undefined)
        parts.push(formatBytes(file.size));
    if (info.problem)
        parts.push(`header problem: ${info.problem}`);
    return parts.join(', ');
}
function isWeightLike(file) {
    if (isOptimizerStateFile(file.path) || isTrainingArgsFile(file.path))
        return false;
    return file.weight !== undefined || (file.lfs !== undefined && isWeightFileName(file.path));
}
function stepOf(path) {
    const m = STEP_NAME.exec(path);
    return m ? Number(m[3]) : null;
}
function weightEvidence(file) {
    if (file.lfs) {
        return {
            path: file.path,
            kind: 'lfs-pointer',
            detail: `Git LFS pointer to ${formatBytes(file.lfs.size)} (oid ${file.lfs.oid.slice(0, 12)}\u2026); the weights themselves are not checked out`
        };
    }
    return {
        path: file.path,
        kind: 'weights-header',
        detail: describeWeight(file, file.weight)
    };
}
function indexEvidence(all) {
    const evidence = [];
    const notes = [];
    const files = [];
    // Indexes none of whose shards are here: they say where weights would be, not that they are.
    const absent = [];
    for (const file of all.withText) {
        if (!INDEX_FILE.test(file.path) || file.text === undefined || isVendoredFile(file))
            continue;
        const index = parseShardedIndex(file.text);
        if (index.problem) {
            notes.push(`${file.path}: ${index.problem}`);
            continue;
        }
        const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/') + 1) : '';
        const missing = index.shards.filter((s) => all.byPath(dir + s) === undefined);
        const total = index.totalSize !== undefined ? `, ${formatBytes(index.totalSize)} in total` : '';
        const entry = {
            path: file.path,
            kind: 'index-file',
            detail: `sharded weights index: ${index.shards.length} shard(s)${total}`
        };
        if (index.shards.length > 0 && missing.length === index.shards.length) {
            absent.push(entry);
            notes.push(`${file.path}: none of its ${index.shards.length} shard(s) is in the repository; the index only names them`);
            continue;
        }
        evidence.push(entry);
        files.push(file.path);
        if (missing.length > 0)
            notes.push(`${file.path} lists ${missing.length} shard(s) that are not in the repository (e.g. ${missing[0]})`);
    }
    return { evidence, notes, files, absent };
}
/** Links and ids that say where weights are hosted when they are not in the repository. */
function hostedWeights(ctx, baseModels) {
    const out = [];
    for (const file of ctx.files.withText) {
        if (file.text === undefined || isVendoredFile(file))
            continue;
        const ext = file.ext;
        const isDoc = ext === 'md' || /^readme/i.test(file.name);
        if (DOWNLOAD_SCRIPT.test(file.name) ||
            ((ext === 'py' || ext === 'sh') && out.length < 3 && segmentCount(file.path) <= 2)) {
            const hit = matchLines(file.text, DOWNLOAD_CALL, 1)[0];
            if (hit)
                out.push({
                    path: file.path,
                    line: hit.line,
                    kind: 'content',
                    detail: `download step: \`${hit.text.slice(0, 100)}\``
                });
        }
        // Docs deep inside a package (an evaluation task's README) name other people's models.
        if (!isDoc || segmentCount(file.path) > 2)
            continue;
        for (const pattern of [HF_MODEL_URL, FROM_PRETRAINED]) {
            for (const hit of matchLines(file.text, pattern, 20)) {
                const id = hit.match[1].replace(/[.]+$/, '').replace(/\.git$/, '');
                if (baseModels.has(id.toLowerCase()))
                    continue;
                if (PLACEHOLDER_ID.test(id) || NOT_OWN_WEIGHTS.test(hit.text))
                    continue;
                if (pattern === HF_MODEL_URL &&
                    !WEIGHTS_CONTEXT.test(hit.text) &&
                    !/^\s*[-*|]/.test(hit.text))
                    continue;
                out.push({
                    path: file.path,
                    line: hit.line,
                    kind: pattern === HF_MODEL_URL ? 'link' : 'model-id',
                    detail: `weights hosted as \`${id}\``,
                    url: `https://huggingface.co/${id}`
                });
                if (out.length >= 5)
                    return out;
            }
        }
    }
    return out;
}
/** Model parameters (Final) and Model parameters (Intermediate). */
function detectWeights(ctx) {
    const files = ctx.files;
    const weights = files.weightOrPointer.filter((f) => isWeightLike(f) && !isVendoredFile(f) && !isTestFile(f));
    const stepped = weights.filter((f) => stepOf(f.path) !== null);
    let final = weights.filter((f) => stepOf(f.path) === null);
    const findings = [];
    const notes = [];
    // Only step-named checkpoints: the last one is the released model.
    if (final.length === 0 && stepped.length > 0) {
        const last = Math.max(...stepped.map((f) => stepOf(f.path)));
        final = stepped.filter((f) => stepOf(f.path) === last);
        notes.push(`no unnamed final weights; the last checkpoint (step ${last}) is taken as final`);
    }
    const index = indexEvidence(files);
    notes.push(...index.notes);
    if (final.some((f) => f.lfs))
        notes.push('some weights are Git LFS pointers: sizes come from the pointers, headers were not read');
    const gitattributes = files.byPath('.gitattributes');
    const attributes = gitattributes?.text !== undefined ? gitattributes : undefined;
    if (final.length > 0 || index.files.length > 0) {
        const shards = final.filter((f) => isShardName(baseName$1(f.path)));
        const evidence = [
            ...index.evidence,
            ...final
                .filter((f) => !shards.includes(f))
                .slice(0, 6)
                .map(weightEvidence),
            ...shards.slice(0, 2).map(weightEvidence)
        ];
        if (shards.length > 2)
            notes.push(`${shards.length} weight shards in all`);
        const params = final.reduce((sum, f) => sum + (f.weight?.parameterCount ?? 0), 0);
        if (params > 0)
            notes.push(`${formatCount(params)} parameters counted from headers`);
        if (attributes?.text &&
            final.some((f) => f.lfs === undefined && isLfsTracked(f.path, attributes.text))) {
            evidence.push({
                path: attributes.path,
                kind: 'gitattributes',
                detail: 'weights are tracked with Git LFS'
            });
        }
        findings.push({
            name: 'Model parameters (Final)',
            presence: 'in-repository',
            evidence,
            locations: [...final.map((f) => f.path), ...index.files],
            notes
        });
    }
    else {
        // Base-model ids from the model card: links to them are not this release's weights.
        const baseModels = new Set((ctx.card?.baseModels ?? []).map((b) => b.toLowerCase()));
        const hosted = [...index.absent, ...hostedWeights(ctx, baseModels)];
        if (hosted.length > 0) {
            findings.push({
                name: 'Model parameters (Final)',
                presence: 'by-reference',
                evidence: hosted,
                locations: [],
                notes: [...notes, 'weights are hosted outside the repository']
            });
        }
    }
    const steps = new Set(stepped.map((f) => stepOf(f.path)));
    const intermediate = stepped.filter((f) => !final.includes(f));
    if (intermediate.length > 0) {
        findings.push({
            name: 'Model parameters (Intermediate)',
            presence: 'in-repository',
            evidence: intermediate.slice(0, 5).map(weightEvidence),
            locations: intermediate.map((f) => f.path),
            notes: [`${steps.size} checkpoint step(s) in the repository`]
        });
    }
    else {
        const docs = [];
        for (const file of files.withText) {
            if (file.text === undefined || file.ext !== 'md' || isVendoredFile(file))
                continue;
            // A README deep in a package describes that package, not the release.
            if (segmentCount(file.path) > 2)
                continue;
            const prose = blankFencedCode(file.text);
            let fromFile = 0;
            for (const hit of matchLines(file.text, CHECKPOINT_DOCS, 20)) {
                if (fromFile >= 3)
                    break;
                // A contents row only names a section; the section itself is the evidence.
                if (isTableOfContentsRow(hit.text))
                    continue;
                // In a code block only loading a published revision speaks of checkpoints; a step number
                // in a command line names some run's checkpoint.
                const lineText = prose.split('\n', hit.line)[hit.line - 1] ?? '';
                if (lineText.trim() === '' && !/\brevision\s*=\s*["']?step\d+/i.test(hit.text))
                    continue;
                if (/\bno\s+(intermediate|training)\s+checkpoints\b|\bnot\s+(release|publish|provide)/i.test(hit.text))
                    continue;
                // A tool's command line (`--model_args pretrained=\u2026,revision=step\u2026`) evaluates some
                // model; it does not publish this release's checkpoints.
                if (/--model[_-]args|\bpretrained=/.test(hit.text))
                    continue;
                docs.push({
                    path: file.path,
                    line: hit.line,
                    kind: 'content',
                    detail: hit.text.slice(0, 140)
                });
                fromFile++;
            }
            if (docs.length >= 3)
                break;
        }
        if (docs.length > 0) {
            findings.push({
                name: 'Model parameters (Intermediate)',
                presence: 'by-reference',
                evidence: docs,
                locations: [],
                notes: ['checkpoints are published outside the repository (revisions or branches)']
            });
        }
    }
    return findings;
}

/**
 * Claims about local paths: "checkpoints are published in `checkpoints/`", "the data card is in
 * [docs/data_card.md](docs/data_card.md)". When the path is not in the repository the sentence
 * is no evidence of the component; it is a broken claim, reported as such.
 */
const MAX_DOCUMENTS = 50;
const MAX_CLAIMS = 20;
/** What the sentence says is at the path; the first that matches names the component. */
const COMPONENT_WORDS = [
    [/\b(intermediate|training) checkpoints?\b/i, 'Model parameters (Intermediate)'],
    [/\b(data ?cards?|dataset cards?|datasheets?)\b/i, 'Data card'],
    [/\bmodel cards?\b/i, 'Model card'],
    [/\btech(nical)? reports?\b/i, 'Technical report'],
    [/\b(research )?paper\b/i, 'Research paper'],
    [/\btraining (code|scripts?)\b/i, 'Training code'],
    [/\binference (code|scripts?)\b/i, 'Inference code'],
    [/\bevaluation (code|scripts?|harness)\b/i, 'Evaluation code'],
    [/\bevaluation results\b|\bbenchmark results\b/i, 'Evaluation results'],
    [/\b(weights|checkpoints?|model files|parameters)\b/i, 'Model parameters (Final)'],
    [/\b(training data|datasets?|corpus)\b/i, 'Datasets']
];
/** Wording that says the thing is there now. */
const PRESENCE = /\b(published|released|provided|included|shipped|stored|kept|located|available|found|lives?|sits?|is|are)\b/i;
/** Wording of an instruction: the path is where the reader will put or create something. */
const INSTRUCTION = /\b(download(s|ed|ing)?|fetch(es|ed)?|will|save[sd]?|saving|writes?|written|creates?|created|generates?|generated|outputs?|put|place|copy|move|run|running|mount(ed)?|cache[sd]?|clone|extract(ed)?|unzip|set|export)\b/i;
/** `in `path`` or `under [text](path)`: a place named right after a preposition of place. */
const PLACE_TOKEN = /\b(?:in|under|inside|within|at)\s+(?:the\s+)?(?:(?:folder|directory|file)\s+)?(?:`([^`\s]{1,200})`|\[[^\]\n]{1,200}\]\(([^)\s]{1,200})\))/gi;
/** `[text](path)`: a relative link is always a local path. */
const RELATIVE_LINK = /\[[^\]\n]{1,200}\]\(([^)\s]{1,200})\)/g;
/** "the data card (`DATA_CARD.md`)": a component named, then its file in parentheses. Naming the
 * file is itself the claim that it is there, whatever the verb. */
const NAMED_FILE = /\b(data ?cards?|dataset cards?|datasheets?|model cards?|tech(?:nical)? reports?|(?:research )?paper|training (?:code|scripts?)|evaluation (?:code|scripts?)|inference (?:code|scripts?))\s*\(\s*(?:`([^`\s]{1,200})`|\[[^\]\n]{1,200}\]\(([^)\s]{1,200})\))\s*\)/gi;
const FILE_EXTENSION = /^[^.]*(\.[\w-]+)?\.(md|markdown|mdx|rst|txt|pdf|html?|json|jsonl|ya?ml|toml|cfg|gin|py|sh|ipynb|csv|tsv|parquet|safetensors|bin|pt|pth|ckpt|gguf|onnx|h5|npz|msgpack|tex|cff|zip|tar|gz|tgz)$/;
/** Whether a written token is a local path (not a URL, a Hub id, a command or an anchor). */
function localPathOf(token, viaLink) {
    const bare = token.replace(/[#?].*$/, '');
    if (bare === '' || /^[a-z][\w+.-]*:/i.test(bare) || /^[-$~<@]/.test(bare))
        return null;
    if (!/^[\w./-]+$/.test(bare))
        return null;
    // `acme/wren-1b` could be a Hub id and `lm_eval.models.HFLM` a Python name; only a folder
    // slash, a file extension or `./` marks a path.
    const file = FILE_EXTENSION.test(bare);
    if (!viaLink && !/\/$|^\.{1,2}\//.test(bare) && !file)
        return null;
    if (!bare.includes('/') && !file)
        return null;
    return bare;
}
function isDocument(file) {
    if (file.text === undefined || isVendored(file.path) || isInTestFolder(file.path))
        return false;
    return isMarkdownPath(file.path) && segmentCount(file.path) <= 2;
}
/** The release's documents whose sentences may claim paths, found once for both kinds of claim. */
function claimDocuments(files) {
    return files.where('path-claims:documents', isDocument, files.withText).slice(0, MAX_DOCUMENTS);
}
/** Sentences in the release's documents that place a component at a path the repository lacks. */
function findBrokenPathClaims(snapshot) {
    // Files are looked up in the index; only folders and skipped paths need a set of their own.
    const files = fileIndex(snapshot);
    const known = new Set([...snapshot.directories, ...snapshot.skipped.map((s) => s.path)]);
    const exists = (path) => {
        if (path === '')
            return true;
        const bare = path.replace(/\/+$/, '');
        return files.byPath(bare) !== undefined || known.has(bare);
    };
    const isThere = (document, local) => {
        const inDocFolder = joinRepositoryPath(document, local);
        const fromRoot = joinRepositoryPath('', local);
        return (inDocFolder !== null && exists(inDocFolder)) || (fromRoot !== null && exists(fromRoot));
    };
    const out = [];
    for (const file of claimDocuments(files)) {
        const lines = blankFencedCode(file.text ?? '').split('\n');
        for (let i = 0; i < lines.length && out.length < MAX_CLAIMS; i++) {
            const text = lines[i];
            if (!/[`\]]/.test(text) || INSTRUCTION.test(text))
                continue;
            // Paths already judged as named files are not judged again for the line's first component.
            const named = new Set();
            for (const m of text.matchAll(NAMED_FILE)) {
                const written = m[2] ?? m[3];
                const component = COMPONENT_WORDS.find(([words]) => words.test(m[1]))?.[1];
                const local = component ? localPathOf(written, m[3] !== undefined) : null;
                if (!component || !local)
                    continue;
                named.add(written);
                if (!isThere(file.path, local))
                    out.push({ path: file.path, line: i + 1, target: local, component });
            }
            if (!PRESENCE.test(text))
                continue;
            const component = COMPONENT_WORDS.find(([words]) => words.test(text))?.[1];
            if (!component)
                continue;
            const targets = new Map();
            for (const m of text.matchAll(PLACE_TOKEN)) {
                const written = m[1] ?? m[2];
                const local = localPathOf(written, m[2] !== undefined);
                if (local && !named.has(written))
                    targets.set(written, local);
            }
            for (const m of text.matchAll(RELATIVE_LINK)) {
                const local = localPathOf(m[1], true);
                if (local && !named.has(m[1]))
                    targets.set(m[1], local);
            }
            for (const local of targets.values()) {
                if (isThere(file.path, local))
                    continue;
                out.push({ path: file.path, line: i + 1, target: local, component });
            }
        }
        if (out.length >= MAX_CLAIMS)
            break;
    }
    return out;
}
/** The report line for a broken claim. */
function brokenClaimWarning(claim) {
    return `\`${claim.path}:${claim.line}\` says \`${claim.target}\` holds ${claim.component}, but \`${claim.target}\` is not in the repository`;
}
const IN_THIS_REPOSITORY = /\b(released|published|provided|included|available|contained|shipped|stored)\b[^.;]{0,40}\b(in|within|from) this (repository|repo)\b|\bthis (repository|repo) (also )?(contains|includes|provides|ships|holds|releases)\b/i;
/** Components whose only evidence can be such a sentence; the others have files of their own. */
const CLAIMED_HERE = [
    [/\b(intermediate|training) checkpoints?\b/i, 'Model parameters (Intermediate)'],
    [/\b(model )?weights\b|\bfinal checkpoints?\b/i, 'Model parameters (Final)'],
    [/\bdata ?cards?\b|\bdataset cards?\b|\bdatasheets?\b/i, 'Data card'],
    [/\btraining data(sets?)?\b|\bdatasets?\b(?! cards?)/i, 'Datasets']
];
/** Sentences of the release's documents that say this repository holds a component. Whether the
 * claim holds is for the caller: it depends on what was found. */
function findRepositoryClaims(snapshot) {
    const out = [];
    for (const file of claimDocuments(fileIndex(snapshot))) {
        if (!/this repo/i.test(file.text ?? ''))
            continue;
        for (const sentence of sentencesOf(file.text ?? '', 1)) {
            const text = sentence.text.replace(/\s+/g, ' ');
            if (!IN_THIS_REPOSITORY.test(text) || /licen[cs]|\bnot\b|n't\b/i.test(text))
                continue;
            const components = CLAIMED_HERE.filter(([words]) => words.test(text)).map(([, name]) => name);
            if (components.length === 0)
                continue;
            out.push({ path: file.path, line: sentence.line, endLine: sentence.endLine, components });
            if (out.length >= MAX_CLAIMS)
                return out;
        }
    }
    return out;
}
/** The report line for a repository claim that nothing in the repository bears out. */
function repositoryClaimWarning(claim, component) {
    return `\`${claim.path}:${claim.line}\` says this repository holds ${component}, but none is in it`;
}

const RUNS_MODEL = /(\.generate\(|\bpipeline\(\s*["']|\bLLM\(|llama-cli|llama\.cpp|ollama run|\.predict\()/;
/** A code block in the model card that runs the model counts as (minimal) inference code. */
function usageExample(card) {
    // The deepest section holding the example names it best ("How to Get Started", not the title).
    const sections = [...card.sections].sort((a, b) => b.depth - a.depth);
    for (const section of sections) {
        const fence = /```[\w-]*\n([\s\S]*?)```/.exec(section.content);
        if (!fence || !RUNS_MODEL.test(fence[1]))
            continue;
        const offset = section.content.slice(0, fence.index).split('\n').length;
        return {
            name: 'Inference code',
            presence: 'in-repository',
            evidence: [
                {
                    path: card.path,
                    line: section.line + offset,
                    kind: 'content',
                    detail: `usage example in the model card under "${section.title}"`
                }
            ],
            locations: [card.path],
            notes: ['only a usage example in the model card']
        };
    }
    return null;
}
/** Components that document a model; without a model release they document nothing. */
const MODEL_DOCUMENTS = new Set([
    'Model card',
    'Data card',
    'Evaluation results',
    'Sample model outputs',
    'Technical report',
    'Research paper',
    'Datasets',
    'Model parameters (Intermediate)'
]);
const PUBLICATIONS = new Set([
    'Research paper',
    'Technical report'
]);
/**
 * A code library's papers (and the results they report): they are not counted for it (see
 * notCounted), so they are works its documents cite, and they are not looked up online (a
 * harness's task notes name a hundred benchmark papers; arXiv asks for one request every 3 s).
 */
function papersAsCitations(references) {
    return references.map((reference) => reference.role === 'own-release' &&
        reference.components.some((name) => PUBLICATIONS.has(name)) &&
        reference.components.every((name) => MODEL_DOCUMENTS.has(name))
        ? { ...reference, role: 'citation', components: [] }
        : reference);
}
/** Owner (lower-case) and, when the URL names one, repository of a GitHub URL. */
function githubRepository(url) {
    const linked = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/(?:([\w.-]+?)(?:\.git)?(?:[/#?]|$))?/i.exec(url ?? '');
    if (linked === null)
        return null;
    const owner = linked[1].toLowerCase();
    return linked[2] === undefined ? { owner } : { owner, name: linked[2].toLowerCase() };
}
/** Whether every link a finding cites (a line cut before its URL cites none) is to a GitHub
 * repository of another owner. */
function linksOnlyToOthers(finding, owner) {
    const urls = finding.evidence.flatMap((e) => (e.url ? [e.url] : []));
    return (urls.length > 0 &&
        urls.every((url) => {
            const linked = githubRepository(url);
            return linked !== null && linked.owner !== owner;
        }));
}
/**
 * Code said to be kept elsewhere, without the links to the repository itself ("see the README at
 * github.com/OWNER/NAME"): those point to nothing outside it. A finding left with no evidence goes.
 */
function withoutSelfLinks(findings, repository) {
    const self = repository.toLowerCase();
    const isSelf = (url) => {
        const linked = githubRepository(url);
        return linked?.name !== undefined && `${linked.owner}/${linked.name}` === self;
    };
    return findings.flatMap((f) => {
        if (!CODE_RULE_COMPONENTS.has(f.name) || f.presence !== 'by-reference')
            return [f];
        const evidence = f.evidence.filter((e) => !isSelf(e.url));
        if (evidence.length === f.evidence.length)
            return [f];
        return evidence.length > 0 ? [{ ...f, evidence }] : [];
    });
}
/** The same evidence said again on another line of the same file is shown once, at its first line. */
function mergeIdenticalEvidence(finding) {
    const seen = new Set();
    const evidence = finding.evidence.filter((e) => {
        const key = `${e.path}\u0000${e.kind}\u0000${e.detail}\u0000${e.url ?? ''}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return evidence.length === finding.evidence.length ? finding : { ...finding, evidence };
}
/**
 * A sentence that places a component at a path the repository lacks is no evidence of it; a
 * finding that rested only on such sentences is dropped.
 */
function withoutBrokenClaims(findings, claims, sections = [], cardPath) {
    if (claims.length === 0)
        return findings;
    // A card section that sends the reader to a missing file for the details ("the data card
    // (`DATA_CARD.md`) documents\u2026") is a summary of something that is not there.
    const sectionLine = (claim) => claim.path === cardPath ? sectionAt(sections, claim.line)?.line : undefined;
    return findings.flatMap((f) => {
        const evidence = f.evidence.filter((e) => !claims.some((c) => c.component === f.name &&
            c.path === e.path &&
            (c.line === e.line || (e.kind === 'section' && sectionLine(c) === e.line))));
        if (evidence.length === f.evidence.length)
            return [f];
        return evidence.length > 0 ? [{ ...f, evidence }] : [];
    });
}
/**
 * "Released in this repository: weights, intermediate checkpoints\u2026": where the sentence is the
 * only evidence of a component and nothing of it is in the repository, the claim is broken; the
 * sentence stops counting and the report says so.
 */
function withoutUnbornRepositoryClaims(findings, snapshot, warnings) {
    let out = findings;
    for (const claim of findRepositoryClaims(snapshot)) {
        for (const name of claim.components) {
            const finding = out.find((f) => f.name === name);
            if (finding?.presence === 'in-repository')
                continue;
            const inClaim = (e) => e.path === claim.path &&
                e.line !== undefined &&
                e.line >= claim.line &&
                e.line <= claim.endLine;
            // Evidence elsewhere (a Hub link, a download script) says where the thing is kept.
            if (finding && !finding.evidence.every(inClaim))
                continue;
            warnings.push(repositoryClaimWarning(claim, name));
            if (finding)
                out = out.filter((f) => f !== finding);
        }
    }
    return out;
}
/** Runs every detector over the snapshot. Pure. */
function detectComponents(snapshot, options = {}) {
    const context = detectionContext(snapshot);
    const card = context.card;
    const papers = findPaperReferences(context);
    const warnings = [...(card?.problems ?? [])];
    if (card?.rejected)
        warnings.push(`model card not counted: ${card.rejected}`);
    const usable = card?.qualifies ? card : null;
    const detectors = [
        detectArchitecture,
        detectWeights,
        detectModelCard,
        detectDataCard,
        (ctx) => detectPapers(ctx, papers),
        detectEvaluation,
        detectData,
        detectCode,
        detectMetadata
    ];
    const detected = detectors.flatMap((detect) => detect(context));
    const references = findReferences(snapshot, {
        ...(options.repository ? { repository: options.repository } : {}),
        // Metadata (base model, datasets) counts even in a card too thin to count as a model card.
        card,
        papers
    });
    const referenced = addReferencedComponents(detected, references);
    const withReferences = options.repository?.includes('/')
        ? withoutSelfLinks(referenced, options.repository)
        : referenced;
    if (usable && !withReferences.some((f) => f.name === 'Inference code')) {
        const example = usageExample(usable);
        if (example)
            withReferences.push(example);
    }
    // A card that says the training data is not released outranks links to data kept elsewhere
    // (ablation subsets, third-party sets named in passing); data shipped here still counts.
    const withheld = withheldTrainingData(context);
    const datasets = withReferences.findIndex((f) => f.name === 'Datasets');
    if (withheld && datasets !== -1 && withReferences[datasets].presence === 'by-reference') {
        withReferences.splice(datasets, 1);
        warnings.push(`Datasets: ${withheld.path}:${withheld.line} says the training data is not released; links to data elsewhere are not counted as the release's datasets`);
    }
    const subject = findSubject(snapshot, card, withReferences, references);
    const brokenClaims = findBrokenPathClaims(snapshot);
    for (const claim of brokenClaims)
        warnings.push(brokenClaimWarning(claim));
    // A code library releases no model: its README is a usage guide, not a model card, and the
    // papers, data and results it mentions document no model of its own.
    // A code library's links to other owners' frameworks name integrations, not code of its own.
    const owner = options.repository?.split('/')[0]?.toLowerCase();
    const notCounted = (f) => subject.release === 'none' &&
        (MODEL_DOCUMENTS.has(f.name) ||
            (CODE_RULE_COMPONENTS.has(f.name) &&
                f.presence === 'by-reference' &&
                owner !== undefined &&
                linksOnlyToOthers(f, owner)));
    const findings = withoutUnbornRepositoryClaims(withoutBrokenClaims(withReferences.filter((f) => !notCounted(f)).map(mergeIdenticalEvidence), brokenClaims, card?.sections, card?.path), snapshot, warnings);
    if (withReferences.some(notCounted))
        warnings.push(`no model release found: ${withReferences
            .filter(notCounted)
            .map((f) => f.name + (CODE_RULE_COMPONENTS.has(f.name) ? ' (links to other projects)' : ''))
            .join(', ')} not counted for a code library`);
    for (const f of context.files.weightOrPointer) {
        const problem = f.weight?.problem;
        if (problem && !f.lfs)
            warnings.push(`${f.path}: ${problem}`);
    }
    // A placeholder card's licence line still states the licence of the release.
    const license = card?.license;
    return {
        findings,
        modelCardLicense: license
            ? {
                path: license.path,
                raw: license.ids.length > 0 ? license.ids.join(' AND ') : license.raw,
                line: license.line,
                ...(license.name ? { name: license.name } : {}),
                ...(license.link ? { link: license.link } : {})
            }
            : null,
        claims: findOpennessClaims(context),
        references: subject.release === 'none' ? papersAsCitations(references) : references,
        subject,
        documentation: {
            modelCardSections: usable?.filledSections ?? [],
            fineTuned: (usable?.baseModels.length ?? 0) > 0
        },
        warnings
    };
}

/** A card on the Hub needs this much to count as documentation (as an in-repository card does). */
const CARD_MIN_WORDS = 150;
const CARD_MIN_SECTIONS = 3;
const MAX_BRANCHES_SHOWN = 3;
function key(kind, id, revision) {
    return `${kind}\n${id.toLowerCase()}\n${revision ?? ''}`;
}
function where(fact) {
    return fact.pinned ? `${fact.url} @ ${fact.pinned.slice(0, 12)}` : fact.url;
}
function remoteEvidence(reference, detail, fact) {
    const site = reference.evidence[0];
    return {
        path: site.path,
        ...(site.line ? { line: site.line } : {}),
        kind: 'remote',
        detail,
        url: fact.url
    };
}
function add(map, name, value) {
    const list = map.get(name) ?? [];
    list.push(value);
    map.set(name, list);
}
function cardCounts(fact) {
    return (fact.card !== undefined &&
        fact.card.words >= CARD_MIN_WORDS &&
        fact.card.sections.length >= CARD_MIN_SECTIONS);
}
/** Folds the hosts' answers into the findings and collects remote licences per component. */
function applyRemoteFacts(findings, references, facts) {
    const out = findings.map((f) => ({
        ...f,
        evidence: [...f.evidence],
        notes: [...(f.notes ?? [])]
    }));
    const licenses = new Map();
    const unverified = new Map();
    const byKey = new Map();
    for (const reference of references) {
        byKey.set(key(reference.kind, reference.id, reference.revision), reference);
        if (!byKey.has(key(reference.kind, reference.id)))
            byKey.set(key(reference.kind, reference.id), reference);
    }
    const finding = (name) => out.find((f) => f.name === name);
    const ensure = (name, evidence, note) => {
        const existing = finding(name);
        if (existing) {
            if (existing.presence === 'by-reference' && existing.evidence.length < 8)
                existing.evidence.push(evidence);
            return;
        }
        out.push({ name, presence: 'by-reference', evidence: [evidence], locations: [], notes: [note] });
    };
    for (const fact of facts) {
        const reference = byKey.get(key(fact.reference.kind, fact.reference.id, fact.reference.revision)) ??
            byKey.get(key(fact.reference.kind, fact.reference.id));
        if (!reference)
            continue;
        const components = new Set(reference.components);
        if (fact.unresolved && !fact.license) {
            for (const name of components)
                add(unverified, name, `${fact.unresolved.reason}: ${fact.unresolved.detail} (${fact.url})`);
            continue;
        }
        if (reference.role !== 'own-release') {
            // Code the release builds on: its licence speaks for the components it stands for, if any.
            for (const name of components)
                add(licenses, name, { fact, reference });
            continue;
        }
        if (fact.reference.kind === 'hf-model') {
            const branches = fact.checkpointBranches ?? [];
            if (branches.length > 0) {
                const count = fact.checkpointBranchCount ?? branches.length;
                const shown = branches
                    .slice(0, MAX_BRANCHES_SHOWN)
                    .map((b) => `\`${b}\``)
                    .join(', ');
                ensure('Model parameters (Intermediate)', remoteEvidence(reference, `${count} checkpoint branch(es) of \`${fact.reference.id}\` on the Hub: ${shown}${count > MAX_BRANCHES_SHOWN ? ', \u2026' : ''}`, fact), 'intermediate checkpoints are branches of the Hub repository');
                components.add('Model parameters (Intermediate)');
            }
            if (cardCounts(fact) && !finding('Model card')) {
                ensure('Model card', remoteEvidence(reference, `model card of \`${fact.reference.id}\` on the Hub: ${fact.card?.sections.length} sections, ${fact.card?.words} words`, fact), 'the model card is kept on the Hub');
                components.add('Model card');
            }
        }
        if (fact.reference.kind === 'hf-dataset' && cardCounts(fact)) {
            if (!finding('Data card') || finding('Data card')?.presence === 'by-reference') {
                ensure('Data card', remoteEvidence(reference, `dataset card of \`${fact.reference.id}\` on the Hub: ${fact.card?.sections.length} sections, ${fact.card?.words} words`, fact), 'the data card is the dataset card on the Hub');
                components.add('Data card');
            }
        }
        if (fact.gated) {
            for (const name of components) {
                const f = finding(name);
                const note = `access to \`${fact.reference.id}\` is gated on the Hub (${fact.gated === 'manual' ? 'manual approval' : 'automatic approval after accepting terms'})`;
                if (f && !f.notes?.includes(note))
                    f.notes = [...(f.notes ?? []), note];
            }
        }
        if (fact.unresolved?.reason === 'disabled') {
            for (const name of components) {
                const f = finding(name);
                if (f)
                    f.notes = [...(f.notes ?? []), `\`${fact.reference.id}\` is disabled on the host`];
            }
        }
        if (fact.license)
            for (const name of components)
                add(licenses, name, { fact, reference });
        else
            for (const name of components)
                add(unverified, name, `no licence stated at the host (${where(fact)})`);
    }
    return { findings: out, licenses, unverified };
}

/** Where each component usually lives, and what a reviewer expects it to hold. */
const SUGGESTED_FILE = {
    'Model architecture': {
        file: 'modeling.py (or config.json with `architectures`)',
        what: 'the code that defines the model architecture'
    },
    'Model parameters (Final)': {
        file: 'model.safetensors (or a link in README.md to the hosted weights)',
        what: 'the final trained weights'
    },
    'Technical report': {
        file: 'docs/technical-report.pdf (or an arXiv link in README.md)',
        what: 'a technical report on capabilities, training and usage'
    },
    'Evaluation results': {
        file: 'README.md front matter `model-index` (or eval/results.json)',
        what: 'evaluation results with benchmarks and metrics'
    },
    'Model card': {
        file: 'README.md (Hugging Face model card with front matter)',
        what: 'a model card: details, intended use, limitations, training and evaluation'
    },
    'Data card': {
        file: 'DATA_CARD.md',
        what: 'a data card covering sources, collection, selection, filtering and processing of the training data'
    },
    'Sample model outputs': { file: 'samples/', what: 'examples of model outputs' },
    'Training code': {
        file: 'train.py (or scripts/train.sh, or a link to the training repository)',
        what: 'the code used to train the model, with its configuration'
    },
    'Inference code': {
        file: 'inference.py (or a usage example in README.md)',
        what: 'code to run the model'
    },
    'Evaluation code': {
        file: 'eval/ (evaluation scripts or harness configuration)',
        what: 'the code used to evaluate the model'
    },
    'Evaluation data': {
        file: 'eval/data/ (or links to the benchmark datasets)',
        what: 'the data used for evaluation'
    },
    'Supporting libraries and tools': {
        file: 'requirements.txt (or pyproject.toml)',
        what: 'the libraries and tools used in development'
    },
    Datasets: {
        file: 'data/ (or dataset ids in the model card `datasets:`)',
        what: 'the training, validation and test datasets'
    },
    'Data preprocessing code': {
        file: 'data/preprocess.py',
        what: 'the code that cleans, filters, deduplicates and tokenises the data'
    },
    'Model parameters (Intermediate)': {
        file: 'checkpoints/step-*/ (or revision branches listed in README.md)',
        what: 'intermediate training checkpoints'
    },
    'Research paper': {
        file: 'README.md (arXiv or DOI link, with a BibTeX citation)',
        what: 'a research paper on the model'
    },
    'Model metadata': {
        file: 'configs/training.yaml',
        what: 'training configuration, hyperparameters and optimizer state'
    }
};
const CLASS_NAME = { 3: 'Class III', 2: 'Class II', 1: 'Class I' };
const OPEN_BY_TYPE = {
    code: 'Apache-2.0 or MIT',
    data: 'CDLA-Permissive-2.0 or CC-BY-4.0',
    document: 'CC-BY-4.0'
};
function disclosureFor(report, clause) {
    const suggestion = SUGGESTED_FILE[report.name];
    const type = componentDefinition(report.name).contentType;
    if (report.status === 'missing') {
        return {
            component: report.name,
            action: 'add',
            file: suggestion.file,
            what: `Add ${suggestion.what}`,
            clauses: [clause]
        };
    }
    if (report.status === 'unlicensed' && report.presence === 'by-reference') {
        // The thing lives elsewhere: its licence is stated where it lives, or in this repository's
        // words about it; a LICENSE file here would cover this repository, not it.
        const where = report.evidence.find((e) => e.url)?.url;
        const file = report.name.startsWith('Model parameters')
            ? 'README.md front matter `license:` (or LICENSE-MODEL, which governs hosted weights)'
            : 'a licence statement in README.md naming it (or the licence at its host)';
        return {
            component: report.name,
            action: 'license',
            file,
            what: `State the licence of ${suggestion.what}, kept outside the repository${where ? ` (${where})` : ''}: licence not stated in the repository`,
            clauses: [clause]
        };
    }
    if (report.status === 'unlicensed') {
        const file = type === 'code'
            ? 'LICENSE'
            : report.name.startsWith('Model parameters')
                ? 'README.md front matter `license:` (or LICENSE-MODEL)'
                : type === 'data'
                    ? 'DATA_LICENSE'
                    : 'LICENSE (or a licence statement covering documentation)';
        return {
            component: report.name,
            action: 'license',
            file,
            what: `State an open licence (e.g. ${OPEN_BY_TYPE[type]}) for ${suggestion.what}`,
            clauses: [clause]
        };
    }
    const current = report.license?.name ?? 'its current licence';
    // Open by the MOF list but not OSI-approved code (e.g. CC-BY-4.0 on code): OSAID asks for OSI terms.
    const target = report.status === 'open'
        ? 'an OSI-approved licence (e.g. Apache-2.0 or MIT)'
        : `an open licence (e.g. ${OPEN_BY_TYPE[type]})`;
    return {
        component: report.name,
        action: 'relicense',
        file: report.license?.path || 'LICENSE',
        what: `Relicense ${suggestion.what} from ${current} to ${target}`,
        clauses: [clause]
    };
}
/**
 * Ordered list: first what the next MOF class needs (most open class not yet reached), then what
 * OSAID conformance needs beyond that. A component needed by both appears once, with both clauses.
 */
function missingDisclosures(components, mofClass, osaid) {
    const byName = new Map(components.map((c) => [c.name, c]));
    const out = [];
    const index = new Map();
    const push = (report, clause) => {
        const existing = index.get(report.name);
        if (existing) {
            if (!existing.clauses.includes(clause))
                existing.clauses.push(clause);
            return;
        }
        const d = disclosureFor(report, clause);
        index.set(report.name, d);
        out.push(d);
    };
    const target = (mofClass === 0 ? 3 : mofClass - 1);
    if (target !== 0) {
        const needed = MOF_COMPONENTS.filter((c) => c.required && c.firstClass >= target);
        const trOrPaper = byName.get('Research paper')?.status === 'open';
        for (const def of needed) {
            const report = byName.get(def.name);
            if (report.status === 'open')
                continue;
            // A research paper stands in for the technical report (MOT rule).
            if (def.name === 'Technical report' && trOrPaper)
                continue;
            push(report, `MOF ${CLASS_NAME[target]}`);
        }
    }
    for (const req of osaid.requirements) {
        if (req.met)
            continue;
        for (const name of req.components) {
            const report = byName.get(name);
            if (termsSatisfied(report, req.id))
                continue;
            push(report, req.clause);
        }
    }
    return out;
}
function termsSatisfied(report, requirementId) {
    if (report.status !== 'open')
        return false;
    // Code must be under an OSI-approved licence; an open-data licence on code does not satisfy OSAID.
    const needsOsi = requirementId.startsWith('code') || requirementId === 'model-architecture';
    return !needsOsi || isOsiApproved(report.license?.spdx ?? null);
}

function datetime(params) {
    return _isoDateTime(ZodISODateTime, params);
}

/** Where a repository may keep its own MOF declaration, in the Model Openness Tool's format. */
const DECLARATION_FILES = [
    'mof.yml',
    '.mof.yml',
    'model_openness.yml',
    'mof.yaml',
    '.mof.yaml',
    'model_openness.yaml'
];
function findDeclaration(snapshot) {
    for (const name of DECLARATION_FILES) {
        const file = fileIndex(snapshot).byPath(name);
        if (!file)
            continue;
        if (file.text === undefined)
            return { path: name, record: null, error: 'could not be read' };
        const parsed = parseMotRecord(file.text);
        return parsed.ok
            ? { path: name, record: parsed.record }
            : { path: name, record: null, error: parsed.error };
    }
    return null;
}
function detectedLicense(c) {
    return c.license ? (c.license.spdx ?? c.license.name) : null;
}
/**
 * Each declared component against what the scanner found: a declared component that is not found,
 * a declared open licence that the files do not show, and components found but not declared.
 */
function compareDeclaration(record, components) {
    const declared = motRecordToMofInput(record).components;
    const byName = new Map(components.map((c) => [c.name, c]));
    const out = [];
    const seen = new Set();
    for (const d of declared) {
        if (seen.has(d.name))
            continue;
        seen.add(d.name);
        const found = byName.get(d.name);
        const license = d.license ?? null;
        const declaredOpen = isMotOpenLicense(license);
        const detected = detectedLicense(found);
        const under = license ? `under ${license}` : 'without a licence';
        let agrees = true;
        let message;
        if (found.status === 'missing') {
            agrees = false;
            message = `declares ${d.name} ${under}; no ${d.name.toLowerCase()} found`;
        }
        else if (declaredOpen && found.status !== 'open') {
            agrees = false;
            message = `declares ${d.name} ${under}; found it ${found.status === 'unlicensed' ? 'with no licence' : `under ${detected}`}`;
        }
        else if (!declaredOpen && found.status === 'open') {
            agrees = false;
            message = `declares ${d.name} ${under}; found it under the open licence ${detected}`;
        }
        else if (license && detected && license !== detected && found.license?.spdx !== license) {
            message = `declares ${d.name} ${under}; found it under ${detected}`;
        }
        else {
            message = `declares ${d.name} ${under}; found ${found.presence === 'by-reference' ? 'by reference' : 'in the repository'}${detected ? ` under ${detected}` : ''}`;
        }
        out.push({
            component: d.name,
            declaredLicense: license,
            detectedStatus: found.status,
            detectedLicense: detected,
            agrees,
            message
        });
    }
    for (const name of COMPONENT_NAMES) {
        const found = byName.get(name);
        if (seen.has(name) || !found || found.status === 'missing')
            continue;
        out.push({
            component: name,
            declaredLicense: null,
            detectedStatus: found.status,
            detectedLicense: detectedLicense(found),
            agrees: true,
            message: `${name} found but not declared`
        });
    }
    return out;
}

const VALUE = { open: 1, partial: 0.5, closed: 0 };
function present(r) {
    return r.status !== 'missing';
}
function label(r) {
    if (r.status === 'missing')
        return `${r.name} not found`;
    const licence = r.license ? (r.license.spdx ?? r.license.name) : 'no licence';
    return `${r.name} ${r.presence === 'by-reference' ? 'referenced' : 'present'} (${licence})`;
}
function sectionMatch(facts, pattern) {
    return facts.modelCardSections.filter((s) => pattern.test(s));
}
function isPeerReviewed(r) {
    return r.evidence.some((e) => /doi\.org|\bdoi\b|inproceedings|journal|booktitle|proceedings|acl ?anthology|openreview/i.test(`${e.detail} ${e.url ?? ''}`));
}
function dataSources(get) {
    const data = get('Datasets');
    const card = get('Data card');
    if (data.status === 'open')
        return ['open', label(data)];
    if (present(data) || present(card))
        return ['partial', [label(data), label(card)].join('; ')];
    return ['closed', 'no training data or data sources documented'];
}
function weights(get) {
    const w = get('Model parameters (Final)');
    if (w.status === 'open')
        return ['open', label(w)];
    if (present(w))
        return ['partial', `${label(w)}: available, not openly licensed`];
    return ['closed', 'no weights found'];
}
const OSAI_INDEX_DIMENSIONS = [
    {
        key: 'datasources_basemodel',
        title: 'Base Model Data',
        category: 'Availability',
        rate: (get, facts) => facts.fineTuned
            ? ['closed', 'fine-tuned from a base model whose training data is not documented here']
            : dataSources(get)
    },
    {
        key: 'datasources_endmodel',
        title: 'End User Model Data',
        category: 'Availability',
        rate: (get) => dataSources(get)
    },
    {
        key: 'weights_basemodel',
        title: 'Base Model Weights',
        category: 'Availability',
        rate: (get, facts) => facts.fineTuned
            ? ['partial', 'fine-tuned: the base model weights are published elsewhere']
            : weights(get)
    },
    {
        key: 'weights_endmodel',
        title: 'End User Model Weights',
        category: 'Availability',
        rate: (get) => weights(get)
    },
    {
        key: 'trainingcode',
        title: 'Training Code',
        category: 'Availability',
        rate: (get) => {
            const parts = [get('Training code'), get('Data preprocessing code')];
            const open = parts.filter((p) => p.status === 'open').length;
            if (open === 2)
                return ['open', parts.map(label).join('; ')];
            if (parts.some(present))
                return ['partial', parts.map(label).join('; ')];
            return ['closed', 'no training or data-processing code found'];
        }
    },
    {
        key: 'code',
        title: 'Code Documentation',
        category: 'Documentation',
        rate: (get, facts) => {
            const code = [
                'Training code',
                'Inference code',
                'Evaluation code',
                'Data preprocessing code',
                'Model architecture'
            ];
            const found = code.filter((n) => present(get(n)));
            const usage = sectionMatch(facts, /get(ting)? started|usage|how to use|quick ?start|inference|training procedure/i);
            if (found.length >= 4 && usage.length > 0)
                return [
                    'open',
                    `${found.length} code components, documented in: ${usage.slice(0, 3).join(', ')}`
                ];
            if (found.length > 0 || usage.length > 0)
                return [
                    'partial',
                    `${found.length} code component(s) found${usage.length ? `; usage documented in ${usage[0]}` : ''}`
                ];
            return ['closed', 'no code and no usage documentation'];
        }
    },
    {
        key: 'hardware_architecture',
        title: 'Hardware Architecture',
        category: 'Documentation',
        rate: (get, facts) => {
            const arch = get('Model architecture');
            const hw = sectionMatch(facts, /hardware|compute|infrastructure|technical specifications|training (setup|procedure)|environmental impact/i);
            if (present(arch) && hw.length > 0)
                return ['open', `${label(arch)}; training setup in: ${hw.slice(0, 3).join(', ')}`];
            if (present(arch) || hw.length > 0)
                return [
                    'partial',
                    present(arch)
                        ? `${label(arch)}; training hardware not documented`
                        : `training setup in ${hw[0]}; no architecture found`
                ];
            return ['closed', 'architecture and training setup not documented'];
        }
    },
    {
        key: 'preprint',
        title: 'Preprint',
        category: 'Documentation',
        rate: (get) => {
            const papers = [get('Research paper'), get('Technical report')].filter(present);
            return papers.length > 0
                ? ['open', papers.map(label).join('; ')]
                : ['closed', 'no preprint or technical report found'];
        }
    },
    {
        key: 'paper',
        title: 'Paper',
        category: 'Documentation',
        rate: (get) => {
            const paper = get('Research paper');
            if (present(paper) && isPeerReviewed(paper))
                return ['open', `${label(paper)} with a DOI or venue`];
            return [
                'closed',
                present(paper)
                    ? 'no peer-reviewed publication (only a preprint)'
                    : 'no peer-reviewed paper found'
            ];
        }
    },
    {
        key: 'modelcard',
        title: 'Model Card',
        category: 'Documentation',
        rate: (get, facts) => {
            const card = get('Model card');
            if (!present(card))
                return ['closed', 'no model card with real content'];
            const covered = [
                /training/i,
                /evaluat|results|benchmark/i,
                /uses?|intended|limitations|bias|risks/i,
                /architecture|model details|technical/i
            ].filter((p) => sectionMatch(facts, p).length > 0);
            return covered.length >= 3
                ? [
                    'open',
                    `model card covers ${covered.length} of 4 areas (training, evaluation, use and limits, architecture)`
                ]
                : [
                    'partial',
                    `model card covers ${covered.length} of 4 areas (training, evaluation, use and limits, architecture)`
                ];
        }
    },
    {
        key: 'datasheet',
        title: 'Datasheet',
        category: 'Documentation',
        rate: (get) => {
            const card = get('Data card');
            if (!present(card))
                return ['closed', 'no datasheet or data card'];
            const standalone = card.evidence.some((e) => e.kind === 'file' ||
                /datasheet|croissant|data card|dataset card|training content summary/i.test(e.detail));
            return standalone
                ? ['open', label(card)]
                : ['partial', `${label(card)}: a section of the model card, not a datasheet`];
        }
    },
    {
        key: 'licenses',
        title: 'Licenses',
        category: 'Access',
        rate: (get) => {
            const all = [
                get('Model parameters (Final)'),
                get('Training code'),
                get('Datasets'),
                get('Model architecture')
            ];
            const presentParts = all.filter(present);
            if (presentParts.length > 0 &&
                presentParts.every((p) => p.status === 'open') &&
                get('Model parameters (Final)').status === 'open') {
                return ['open', 'weights, code and data found are all under open licences'];
            }
            const open = presentParts.filter((p) => p.status === 'open');
            if (open.length >= 2)
                return ['partial', `openly licensed: ${open.map((p) => p.name).join(', ')}`];
            return [
                'closed',
                presentParts.length === 0
                    ? 'nothing licensed found'
                    : 'weights, code and data are not openly licensed'
            ];
        }
    }
];
function evaluateOsaiIndex(components, facts) {
    const byName = new Map(components.map((c) => [c.name, c]));
    const get = (name) => byName.get(name) ?? {
        name,
        status: 'missing',
        presence: 'missing',
        license: null,
        evidence: [],
        notes: []
    };
    const dimensions = OSAI_INDEX_DIMENSIONS.map((rule) => {
        const [cls, reason] = rule.rate(get, facts);
        return { key: rule.key, title: rule.title, category: rule.category, class: cls, reason };
    });
    const score = dimensions.reduce((sum, d) => sum + VALUE[d.class], 0) / dimensions.length;
    return { dimensions, score: Math.round(score * 1000) / 1000 };
}

const OSAID_REQUIREMENTS = [
    {
        id: 'data-information',
        group: 'Data Information',
        title: 'Data information: sources, scope, provenance, selection and processing of the training data',
        components: ['Data card'],
        match: 'any',
        terms: 'osd-conformant',
        clause: 'OSAID 1.0, Data Information'
    },
    {
        id: 'code-data-processing',
        group: 'Code',
        title: 'Code used to process and filter the data',
        components: ['Data preprocessing code'],
        match: 'all',
        terms: 'osi-approved',
        clause: 'OSAID 1.0, Code (data processing and filtering)'
    },
    {
        id: 'code-training',
        group: 'Code',
        title: 'Code used for training, validation and testing',
        components: ['Training code', 'Evaluation code'],
        match: 'all',
        terms: 'osi-approved',
        clause: 'OSAID 1.0, Code (training, validation and testing)'
    },
    {
        id: 'code-inference',
        group: 'Code',
        title: 'Code used for inference',
        components: ['Inference code'],
        match: 'all',
        terms: 'osi-approved',
        clause: 'OSAID 1.0, Code (inference)'
    },
    {
        id: 'code-supporting-libraries',
        group: 'Code',
        title: 'Supporting libraries and tools (if used)',
        components: ['Supporting libraries and tools'],
        match: 'all',
        terms: 'osi-approved',
        onlyIfUsed: true,
        clause: 'OSAID 1.0, Code (supporting libraries such as tokenizers)'
    },
    {
        id: 'model-architecture',
        group: 'Model',
        title: 'Model architecture',
        components: ['Model architecture'],
        match: 'all',
        terms: 'osi-approved',
        clause: 'OSAID 1.0, Code (model architecture)'
    },
    {
        id: 'model-parameters',
        group: 'Model',
        title: 'Model parameters, including weights',
        components: ['Model parameters (Final)'],
        match: 'all',
        terms: 'osd-conformant',
        clause: 'OSAID 1.0, Parameters'
    }
];
function termsMet(report, terms) {
    if (report.status !== 'open' || report.license === null)
        return false;
    // Code needs an OSI-approved licence; documents and parameters need OSD-conformant terms,
    // which the open-data and open-content licences of the MOF open list provide.
    return terms === 'osi-approved' ? isOsiApproved(report.license.spdx) : true;
}
function describe$2(report, terms) {
    if (report.status === 'missing')
        return `${report.name}: not found`;
    if (report.license === null)
        return `${report.name}: present, no licence found`;
    if (report.status === 'restricted')
        return `${report.name}: under ${report.license.name}, which is not open`;
    if (terms === 'osi-approved' && !isOsiApproved(report.license.spdx)) {
        return `${report.name}: under ${report.license.spdx ?? report.license.name}, which is not an OSI-approved licence`;
    }
    const where = report.presence === 'by-reference' ? ' (by reference)' : '';
    return `${report.name}: under ${report.license.spdx ?? report.license.name}${where}`;
}
function evaluateOsaid(components) {
    const byName = new Map(components.map((c) => [c.name, c]));
    const requirements = OSAID_REQUIREMENTS.map((rule) => {
        const reports = rule.components.map((n) => byName.get(n));
        const ok = reports.map((r) => termsMet(r, rule.terms));
        let met = rule.match === 'all' ? ok.every(Boolean) : ok.some(Boolean);
        let reason = reports.map((r) => describe$2(r, rule.terms)).join('; ');
        if (!met && rule.onlyIfUsed && reports.every((r) => r.status === 'missing')) {
            met = true;
            reason = 'none found; required only if used';
        }
        return {
            id: rule.id,
            group: rule.group,
            title: rule.title,
            met,
            reason,
            components: rule.components,
            clause: rule.clause
        };
    });
    return { conformant: requirements.every((r) => r.met), requirements };
}

/** Claims of full openness ask for more than the OSAID: the MOF's open-science class. */
const STRONG_CLAIM = /fully|truly|100\s*%|completely|open[- ]science/i;
/** A licence by its human name ("the Llama 3 Community License"), never a raw LicenseRef id. */
function licenceLabel(report) {
    if (!report.license)
        return 'a licence not stated here';
    const { name, spdx } = report.license;
    return name && !/^LicenseRef-/.test(name) ? name : (spdx ?? 'a licence not stated here');
}
/** Words that name a model: "GLM-4", "Llama-2-7B", "Yi-1.5". */
const MODEL_NAME = /\b[A-Za-z][A-Za-z]*(?:[-.][A-Za-z]*)*[-.]?\d+(?:\.\d+)?(?:[-.][A-Za-z0-9]+)*\b/g;
/** Whether a claim names models, none of which is the release's own. */
function aboutAnotherModel(text, subject) {
    const own = subject.map((s) => s.toLowerCase());
    const named = [...text.matchAll(MODEL_NAME)]
        .map((m) => m[0].toLowerCase())
        .filter((n) => /[a-z]{2,}/.test(n) && !/^(v?\d|top\d|x\d)/.test(n));
    if (named.length === 0 || own.length === 0)
        return false;
    return named.every((n) => !own.some((o) => o.includes(n) || n.includes(o)));
}
/** Accurate wording, by what is open: the distinction the OSI's definition draws. */
function accurateWording(components) {
    const get = (name) => components.find((c) => c.name === name);
    const weights = get('Model parameters (Final)');
    const code = ['Training code', 'Inference code', 'Model architecture']
        .map(get)
        .filter((c) => c?.status === 'open');
    if (weights?.status === 'open')
        return `"open weights" (the weights are under ${licenceLabel(weights)}; training data information and code are not all open)`;
    if (weights?.status === 'restricted')
        return `"weights available under ${licenceLabel(weights)}" (not an open licence)`;
    if (weights?.status === 'unlicensed')
        return weights.presence === 'by-reference'
            ? '"weights available" (their licence is not stated in the repository)'
            : '"weights available" (no licence is stated for them)';
    if (code.length > 0)
        return '"open-source code" (the model weights are not released here)';
    return '"publicly available" (no open weights or code are released here)';
}
function detectOpenWashing(claims, components, osaid, mofClass, 
/** Names and ids of the release's own models: claims about other models are not its claims. */
subject = []) {
    if (claims.length === 0)
        return [];
    const failed = osaid.requirements.filter((r) => !r.met);
    // Restriction or absence is evidence; a component kept elsewhere whose licence is merely not
    // stated here is not, so a claim that fails only on those is "not verifiable".
    const unresolvedOnly = failed.every((r) => r.components.every((name) => {
        const c = components.find((x) => x.name === name);
        return c?.status === 'unlicensed' && c.presence === 'by-reference';
    }));
    const suggestion = accurateWording(components);
    const flags = [];
    for (const claim of claims) {
        if (aboutAnotherModel(claim.text, subject))
            continue;
        const strong = STRONG_CLAIM.test(claim.phrase);
        let problem = null;
        if (!osaid.conformant) {
            problem = `not Open Source AI under OSAID 1.0: ${failed.map((r) => r.title.split(':')[0].toLowerCase()).join('; ')} not met`;
        }
        else if (strong && mofClass !== 1) {
            problem = `"${claim.phrase}" asks for a complete release, but the MOF class is ${mofClass === 0 ? 'Unclassified' : `Class ${'I'.repeat(mofClass)}`}, not Class I (Open Science)`;
        }
        if (problem === null)
            continue;
        flags.push({
            path: claim.path,
            line: claim.line,
            phrase: claim.phrase,
            excerpt: claim.text.slice(0, 200),
            problem: !osaid.conformant && unresolvedOnly
                ? `not verifiable from the repository: ${failed.map((r) => r.title.split(':')[0].toLowerCase()).join('; ')} kept elsewhere with no licence stated here`
                : problem,
            suggestion: osaid.conformant
                ? '"Open Source AI (OSAID 1.0)"; reserve "fully open" for a Class I release'
                : suggestion,
            verdict: !osaid.conformant && unresolvedOnly ? 'not-verifiable' : 'not-borne-out'
        });
    }
    return flags;
}

/**
 * Licence statements in the repository's own words: "the code and the model weights are released
 * under Apache 2.0", "use of the weights is subject to the Model License", a table that maps each
 * model to its licence, "- **License:** \u2026" in a model card, a NOTICE that names a licence. Each is
 * evidence like a licence file, scoped to the components its words name.
 */
const MAX_FILES$1 = 200;
const MAX_STATEMENTS = 200;
const MAX_QUOTE = 200;
/** Documents whose prose can state licences: READMEs, cards, docs, NOTICE files. */
function isStatementSource(file) {
    if (file.text === undefined || isVendored(file.path))
        return false;
    const name = baseName$1(file.path);
    // A README deep in a package speaks of that package (a task's dataset, a vendored tool), not of
    // the release: only the root, one folder down (docs/, model_cards/) and model folders count.
    const depth = segmentCount(file.path) - 1;
    if (depth > 1 && !/(^|\/)(models|checkpoints|weights)\/[^/]+\/[^/]+$/i.test(file.path))
        return false;
    if (/^(notice)(\.(md|txt))?$/i.test(name))
        return true;
    if (/^(contributing|code_of_conduct|security|changelog|history)\b/i.test(name))
        return false;
    return isMarkdownPath(file.path) || /^readme(\.(txt|rst))?$/i.test(name);
}
/** A verb phrase that gives a licence to something. */
const GRANT = /\b(?:(?:is|are|be|been|being)\s+)?(?:licen[cs]ed|released|available|distributed|made\s+available|provided|published|open[- ]sourced|shared|governed|covered|offered)\b[^.;:]{0,60}?\b(?:under|by|with)\b|\bsubject\s+to\b|\bfalls?\s+under\b|\buse\s+of\b[^.;]{0,80}?\b(?:is\s+)?(?:subject\s+to|governed\s+by)\b|\b(?:following|this|the\s+same)\s+licen[cs]e\s+appl(?:y|ies)\s+to\b|\bunder\s+the\s+terms\s+of\b|\brequires?\s+(?:adherence|compliance|conformity)\s+(?:to|with)\b|\bmust\s+(?:comply|adhere)\s+(?:with|to)\b|\b(?:agree|accept)\w*\b[^.]{0,80}?\bterms\s+of\b/i;
/** A "License: X" label line (model cards, metadata lists). */
const LABEL = /^[\s>*+-]*(?:(?:\*\*|__)\s*licen[cs]e\s*:?\s*(?:\*\*|__)\s*:?|licen[cs]e\s*:)\s*(?:\*\*|__)?\s*(.{2,160})$/i;
/** Words that name what a statement is about. */
const SCOPE_WORDS = [
    [
        'weights',
        /\b(weights?|checkpoints?|parameters|models?|model\s+files|pre-?trained\s+models?|ckpts?)\b/i
    ],
    ['data', /\b(data|datasets?|corpus|corpora|training\s+data|annotations)\b/i],
    ['code', /\b(code|source\s+code|software|implementation|scripts?|codebase|library)\b/i],
    ['documents', /\b(paper|report|documentation|docs|model\s+card|text\s+content)\b/i]
];
const WHOLE = /\b(this\s+(repository|repo|project|work)|everything|all\s+(content|material)s?|the\s+repository)\b/i;
const ACCEPTABLE_USE_POLICY = 'LicenseRef-acceptable-use-policy';
const LINK$1 = /\[((?:[^[\]\n]|\\\[|\\\]|\[[^[\]\n]*\]){1,200})\]\(\s*<?([^()\s<>]{1,500})>?\s*\)/g;
function fromName(raw) {
    const text = raw
        .replace(/[`*_]/g, '')
        .replace(/\\([[\]])/g, '$1')
        .trim();
    if (text.length < 2 || text.length > 160)
        return null;
    const normal = normalizeLicenseId(text);
    if (normal.known && normal.spdx)
        return { spdx: normal.spdx, name: normal.name, known: true };
    // Shorter and shorter prefixes: "Apache 2.0 license, see LICENSE for details". A lone word
    // only counts when it is a licence's usual short name ("MIT"), not a word that happens to be
    // an SPDX id ("FAIR" in "FAIR Non-Commercial Research License" is not the Fair licence).
    const words = text.split(/\s+/);
    for (let n = Math.min(words.length - 1, 10); n >= 1; n--) {
        const prefix = words
            .slice(0, n)
            .join(' ')
            .replace(/[,.;:]+$/, '');
        if (n === 1 &&
            !/^(mit|isc|apache[- ]?2(\.0)?|bsd-\d-clause|[a-z]+-\d(\.\d)?[\w.-]*)$/i.test(prefix))
            continue;
        const next = words[n]?.toLowerCase() ?? '';
        // "FAIR Non-Commercial \u2026": the words after the prefix still name the licence.
        if (/^(non-?commercial|research|community|model|custom|proprietary)/.test(next))
            continue;
        const p = normalizeLicenseId(prefix);
        if (p.known && p.spdx)
            return { spdx: p.spdx, name: p.name, known: true };
    }
    // "a custom commercial license": named as custom terms, so not an open licence.
    const custom = /\b(custom|proprietary|bespoke)\b[^.,;]{0,40}?\blicen[cs]e\b/i.exec(text);
    if (custom)
        return { spdx: null, name: custom[0].slice(0, 80), known: false };
    // A named licence we do not know ("the Yi Series Models Community License Agreement").
    const named = /\b((?:[A-Z0-9][\w.+\-[\]]*\s+){0,8}(?:Community\s+|Research\s+|Non-?Commercial\s+|Model\s+|Open\s+|Public\s+)*(?:Licen[cs]e|Agreement)(?:\s+Agreement)?(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2}(?:\s+Models?)?)?)(?![\w-])/.exec(text);
    if (named && !/^(the\s+)?(licen[cs]e|agreement)$/i.test(named[1].trim())) {
        return { spdx: null, name: named[1].trim().slice(0, 120), known: false };
    }
    return null;
}
function resolveRelative(fromFile, target) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#'))
        return null;
    return joinRepositoryPath(fromFile, target.split('#')[0].split('?')[0]);
}
/** Licences named in a sentence: links to licence files or URLs first, then names in the words. */
function candidates(sentence, path, lookup) {
    const out = [];
    for (const m of sentence.matchAll(LINK$1)) {
        const [, text, target] = m;
        const local = resolveRelative(path, target);
        const linked = local !== null ? lookup(local) : null;
        if (linked) {
            out.push({
                license: { ...linked, name: linked.known ? linked.name : plainInline(text) },
                at: m.index
            });
            continue;
        }
        const byUrl = local === null ? licenseFromUrl(target) : null;
        const byName = fromName(plainInline(text));
        const license = byUrl ?? byName;
        if (license)
            out.push({ license: { ...license, ...(local === null ? { url: target } : {}) }, at: m.index });
    }
    if (out.length > 0)
        return out;
    const plain = plainInline(sentence);
    const after = /\b(?:under|subject\s+to|governed\s+by|terms\s+of|by)\s+(?:the\s+)?(.{2,160})/i.exec(plain);
    if (after) {
        const license = fromName(after[1].replace(/\s*[(.;:].*$/, ''));
        if (license)
            out.push({ license, at: after.index });
    }
    return out;
}
function scopesOf(words, context) {
    const found = SCOPE_WORDS.filter(([, re]) => re.test(words)).map(([scope]) => scope);
    if (found.length > 0)
        return found;
    if (WHOLE.test(words))
        return ['all'];
    const fromContext = SCOPE_WORDS.filter(([, re]) => re.test(context)).map(([scope]) => scope);
    return fromContext.length > 0 && fromContext.length < 3 ? fromContext : ['all'];
}
function quote(text) {
    const plain = text.replace(/\s+/g, ' ').trim();
    return plain.length > MAX_QUOTE ? plain.slice(0, MAX_QUOTE - 1) + '\u2026' : plain;
}
/** Model names and Hub ids a table row or sentence names ("FLUX.1 [dev]", "org/model"). */
function modelNames(cells) {
    const out = new Set();
    for (const cell of cells) {
        for (const m of cell.matchAll(/huggingface\.co\/([\w.-]+\/[\w.-]+)/g))
            out.add(m[1]);
    }
    const first = cells[0]?.replace(/[`*]/g, '').trim();
    if (first)
        out.add(first);
    return [...out];
}
function fromTables(file, body, firstLine, lookup, out) {
    const raw = body.split('\n');
    for (const table of markdownTables(body, firstLine)) {
        const column = table.header.findIndex((h) => /licen[cs]e/i.test(h));
        if (column === -1)
            continue;
        for (let r = 0; r < table.rows.length; r++) {
            const row = table.rows[r];
            const line = table.line + 2 + r;
            // The rendered cell loses the link target: read it from the raw row.
            const rawRow = raw[line - firstLine] ?? '';
            const rawCells = rawRow.split('|').slice(1, -1);
            const cell = rawCells[column] ?? row[column] ?? '';
            const found = candidates(cell, file.path, lookup);
            const license = found[0]?.license ?? fromName(row[column] ?? '');
            if (!license)
                continue;
            out.push({
                scopes: ['weights'],
                license,
                models: modelNames(rawCells.length > 0 ? rawCells : row),
                path: file.path,
                line,
                quote: quote(row.join(' | ')),
                form: 'table'
            });
        }
    }
}
/** Every licence statement in the repository's documents. Pure. */
function findLicenseStatements(snapshot, lookup) {
    const out = [];
    const files = fileIndex(snapshot).withText.filter(isStatementSource).slice(0, MAX_FILES$1);
    for (const file of files) {
        const isNotice = /^notice/i.test(baseName$1(file.path));
        const doc = readMarkdown(file);
        const firstLine = doc.frontMatter.bodyStartLine;
        fromTables(file, doc.body, firstLine, lookup, out);
        const isCard = /model[_-]?card|^readme/i.test(baseName$1(file.path)) || /model_cards?\//i.test(file.path);
        let recent = [];
        for (const sentence of sentencesOf(doc.body, firstLine)) {
            if (out.length >= MAX_STATEMENTS)
                return out;
            const before = recent.filter((r) => sentence.line - r.line <= 3);
            recent = [...before.slice(-3), sentence];
            const headings = headingPath(doc.sections, sentence.line);
            const label = LABEL.exec(sentence.text);
            const grant = GRANT.exec(sentence.text);
            const licenseHeading = headings.some((h) => /licen[cs]/i.test(h));
            // "See the [LICENSE](\u2026) file" under a Licence heading points to the licence that applies.
            const pointer = !label && !grant && licenseHeading && /\b(see|refer\s+to|read)\b/i.test(sentence.text);
            if (!label && !grant && !pointer && !(isNotice && /licen[cs]e/i.test(sentence.text)))
                continue;
            // Contributor agreements and "you agree that your contributions \u2026" are not grants.
            if (/\bcontribut(ions?|ors?|ing)\b|\bCLA\b/i.test(sentence.text))
                continue;
            const named = label
                ? candidates(label[1], file.path, lookup).concat((() => {
                    const l = fromName(plainInline(label[1]));
                    return l ? [{ license: l, at: 0 }] : [];
                })())
                : candidates(sentence.text, file.path, lookup).filter((c) => !pointer || c.license.known);
            // An acceptable-use policy named beside the licence adds rules to it; it is not a second licence.
            const found = named.length > 1 ? named.filter((c) => c.license.spdx !== ACCEPTABLE_USE_POLICY) : named;
            if (found.length === 0)
                continue;
            const subjectWords = label
                ? ''
                : sentence.text.slice(0, Math.max(grant?.index ?? 0, found[0].at) + 1);
            const context = [...headings, baseName$1(file.path)].join(' ');
            let scopes;
            if (label) {
                // A "License:" line in a model card is the model's licence.
                scopes = isCard && /model/i.test(context + file.path) ? ['weights'] : scopesOf('', context);
            }
            else if (pointer) {
                // "Our weights are licensed for research and commercial use. See the LICENSE file."
                const section = headings.join('\n');
                const lead = before
                    .filter((r) => headingPath(doc.sections, r.line).join('\n') === section)
                    .map((r) => r.text)
                    .join(' ');
                scopes = scopesOf(subjectWords, lead);
            }
            else {
                scopes = scopesOf(subjectWords, licenseHeading ? context : '');
            }
            // One sentence may give several scopes different licences: "code under MIT, weights under X".
            if (found.length > 1 && !label) {
                for (let i = 0; i < found.length; i++) {
                    const from = i === 0 ? 0 : found[i - 1].at;
                    const words = sentence.text.slice(from, found[i].at + 1);
                    const own = SCOPE_WORDS.filter(([, re]) => re.test(words)).map(([s]) => s);
                    out.push({
                        scopes: own.length > 0 ? own : scopes,
                        license: found[i].license,
                        models: [],
                        path: file.path,
                        line: sentence.line,
                        quote: quote(sentence.text),
                        form: 'sentence'
                    });
                }
                continue;
            }
            out.push({
                scopes,
                license: found[0].license,
                models: [],
                path: file.path,
                line: sentence.line,
                quote: quote(sentence.text),
                form: label ? 'label' : isNotice ? 'notice' : 'sentence'
            });
        }
    }
    return dedupe(out);
}
function dedupe(statements) {
    const seen = new Set();
    return statements.filter((s) => {
        const key = `${s.path}:${s.line}:${s.scopes.join(',')}:${s.license.spdx ?? s.license.name}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

/**
 * Licences declared in code headers and package metadata. Text only: manifests are read with
 * regular expressions or JSON.parse, never executed (setup.py included).
 */
const MAX_SCAN_CHARS = 256 * 1024;
const MAX_HEADERS$1 = 50;
const MAX_VALUE = 200;
const MAX_LINES = 20_000;
/** What may follow the tag: an expression, then perhaps a comment closer. */
const SPDX_HEADER = /SPDX-License-Identifier:[ \t]*([^\r\n]*)/g;
const COMMENT_CLOSER = /\s*(?:\*\/|-->|--%>|\*\)|#}|%}|-}|"""|''')\s*$/;
const EXPRESSION_CHARS = /^[A-Za-z0-9().+:\- ]+$/;
/** `SPDX-License-Identifier:` lines (at most 50, from the first 256 KB). */
function spdxHeaderDeclarations(text) {
    if (typeof text !== 'string')
        return [];
    const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
    const out = [];
    let line = 1;
    let counted = 0;
    for (const m of scanned.matchAll(SPDX_HEADER)) {
        for (let i = scanned.indexOf('\n', counted); i !== -1 && i < m.index; i = scanned.indexOf('\n', i + 1)) {
            line++;
            counted = i + 1;
        }
        const value = m[1].replace(COMMENT_CLOSER, '').trim();
        // Quotes, braces and the like mean the tag sits inside code or a string, not a declaration.
        if (value !== '' && value.length <= MAX_VALUE && EXPRESSION_CHARS.test(value)) {
            out.push({ spdx: value, line });
            if (out.length >= MAX_HEADERS$1)
                break;
        }
    }
    return out;
}
/** A licence named in a comment header: "\u2026 according to the terms of the X License Agreement." */
const HEADER_STATEMENT = /^\s*(?:#|\/\/|\*|\/\*|--|;)[^\n]*?\b(?:under|according to the terms of|governed by|subject to|licensed under)\s+(?:the\s+)?([A-Z][\w .+-]{1,80}?(?:License|Licence)(?:\s+Agreement)?(?:,?\s+Version\s+\d+(?:\.\d+)*)?)/m;
/** The licence a code file's comment header names in words, as written (from the first 2 KB). */
function headerLicenseStatement(text) {
    if (typeof text !== 'string')
        return null;
    const m = HEADER_STATEMENT.exec(text.slice(0, 2048));
    return m ? m[1].trim() : null;
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
function clean(value) {
    const v = value.trim();
    return v === '' || v.length > MAX_VALUE ? null : v;
}
// ---------------------------------------------------------------------------------------------
// package.json
function packageJson(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return null;
    const record = data;
    const keyLine = (key) => {
        const at = text.search(new RegExp(`"${key}"\\s*:`));
        return at === -1 ? 1 : lineOf(text, at);
    };
    const typeOf = (v) => {
        if (typeof v === 'string')
            return clean(v);
        // The old object form: {"type": "MIT", "url": "\u2026"}.
        if (typeof v === 'object' && v !== null && typeof v.type === 'string') {
            return clean(v.type);
        }
        return null;
    };
    const license = typeOf(record.license);
    if (license) {
        const see = /^SEE LICEN[CS]E IN (.+)$/i.exec(license);
        return { raw: license, line: keyLine('license'), ...(see ? { file: see[1].trim() } : {}) };
    }
    // The older `licenses: [{type}]` array; several entries are alternatives.
    if (Array.isArray(record.licenses)) {
        const types = record.licenses
            .slice(0, 10)
            .map(typeOf)
            .filter((t) => t !== null);
        if (types.length > 0)
            return { raw: types.join(' OR '), line: keyLine('licenses') };
    }
    return null;
}
const TOML_TABLE = /^\s*\[\s*([A-Za-z0-9_.\-" ]+?)\s*\]\s*(?:#.*)?$/;
const TOML_STRING = String.raw `"((?:[^"\\]|\\.)*)"|'([^']*)'`;
function tomlString(text) {
    const m = new RegExp(`^\\s*(?:${TOML_STRING})`).exec(text);
    if (!m)
        return null;
    return (m[1] ?? m[2] ?? '').replace(/\\(["\\])/g, '$1');
}
/** `key = value` lines of the given tables (values still in TOML syntax). */
function tomlKeys(text, tables, keys) {
    const found = new Map();
    let table = '';
    const lines = text.split(/\r?\n/, MAX_LINES);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const header = TOML_TABLE.exec(line);
        if (header) {
            table = header[1].replace(/["\s]/g, '');
            continue;
        }
        if (!tables.includes(table))
            continue;
        const kv = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.*)$/.exec(line);
        if (!kv || !keys.includes(kv[1]) || found.has(kv[1]))
            continue;
        let value = kv[2];
        // A multi-line array (pyproject classifiers): read on to the closing bracket.
        if (/^\[/.test(value) && !/\]\s*(?:#.*)?$/.test(value)) {
            for (let j = i + 1; j < lines.length && j < i + 500; j++) {
                value += '\n' + lines[j];
                if (/^\s*\]/.test(lines[j]))
                    break;
            }
        }
        found.set(kv[1], { value, line: i + 1 });
    }
    return found;
}
function inlineTableString(value, key) {
    const m = new RegExp(`^\\s*\\{[^}]*\\b${key}\\s*=\\s*(?:${TOML_STRING})`).exec(value);
    return m ? (m[1] ?? m[2] ?? '') : null;
}
const CLASSIFIER = /["']License\s*::\s*(?:OSI Approved\s*::\s*)?([^"'\n]+?)\s*["']/g;
/** The first "License :: \u2026" trove classifier's licence name ("MIT License"). */
function classifierLicense(text) {
    for (const m of text.matchAll(CLASSIFIER)) {
        const name = clean(m[1].replace(/^OSI Approved$/i, ''));
        if (name)
            return { raw: name, offset: m.index };
    }
    return null;
}
function pyproject(text) {
    const keys = tomlKeys(text, ['project', 'tool.poetry'], ['license', 'classifiers']);
    const license = keys.get('license');
    let file;
    if (license) {
        const direct = tomlString(license.value);
        if (direct !== null && clean(direct))
            return { raw: clean(direct), line: license.line };
        const textValue = inlineTableString(license.value, 'text');
        if (textValue !== null && clean(textValue))
            return { raw: clean(textValue), line: license.line };
        file = inlineTableString(license.value, 'file') ?? undefined;
    }
    const classifiers = keys.get('classifiers');
    if (classifiers) {
        const found = classifierLicense(classifiers.value);
        if (found) {
            const line = classifiers.line + lineOf(classifiers.value, found.offset) - 1;
            return { raw: found.raw, line, ...(file ? { file } : {}) };
        }
    }
    if (license && file)
        return { raw: `SEE LICENSE IN ${file}`, line: license.line, file };
    return null;
}
function cargoToml(text) {
    const keys = tomlKeys(text, ['package', 'workspace.package'], ['license', 'license-file']);
    const license = keys.get('license');
    const direct = license ? tomlString(license.value) : null;
    if (license && direct !== null && clean(direct))
        return { raw: clean(direct), line: license.line };
    const licenseFile = keys.get('license-file');
    const file = licenseFile ? tomlString(licenseFile.value) : null;
    if (licenseFile && file)
        return { raw: `SEE LICENSE IN ${file}`, line: licenseFile.line, file };
    return null;
}
// ---------------------------------------------------------------------------------------------
// setup.cfg and setup.py
function setupCfg(text) {
    let section = '';
    const lines = text.split(/\r?\n/, MAX_LINES);
    for (let i = 0; i < lines.length; i++) {
        const header = /^\s*\[([^\]]+)\]/.exec(lines[i]);
        if (header) {
            section = header[1].trim().toLowerCase();
            continue;
        }
        if (section !== 'metadata')
            continue;
        const kv = /^\s*license\s*[=:]\s*(.*?)\s*$/.exec(lines[i]);
        if (kv && clean(kv[1]))
            return { raw: clean(kv[1]), line: i + 1 };
    }
    const found = classifierLicenseCfg(text);
    return found ? { raw: found.raw, line: lineOf(text, found.offset) } : null;
}
/** setup.cfg lists classifiers unquoted, one per line. */
function classifierLicenseCfg(text) {
    const m = /^[ \t]*License\s*::\s*(?:OSI Approved\s*::\s*)?(.+?)\s*$/m.exec(text);
    if (!m)
        return null;
    const raw = clean(m[1]);
    return raw ? { raw, offset: m.index } : null;
}
function setupPy(text) {
    const m = /\blicense\s*=\s*(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')/.exec(text);
    if (m) {
        const raw = clean(m[1] ?? m[2] ?? '');
        if (raw)
            return { raw, line: lineOf(text, m.index) };
    }
    const found = classifierLicense(text);
    return found ? { raw: found.raw, line: lineOf(text, found.offset) } : null;
}
const READERS = new Map(Object.entries({
    'package.json': packageJson,
    'pyproject.toml': pyproject,
    'setup.cfg': setupCfg,
    'setup.py': setupPy,
    'cargo.toml': cargoToml
}));
/**
 * The licence a package manifest declares (package.json, pyproject.toml, setup.cfg, setup.py,
 * Cargo.toml), or null for other files and manifests without one.
 */
function packageMetadataLicense(path, text) {
    if (typeof path !== 'string' || typeof text !== 'string')
        return null;
    const reader = READERS.get(baseName$1(path).toLowerCase());
    if (!reader)
        return null;
    return reader(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text);
}

const NOT_A_LICENSE = /^(notice|patents|copyright|authors)([._-]|$)/i;
function scopeOfComponent(name) {
    if (name === 'Model parameters (Final)' || name === 'Model parameters (Intermediate)')
        return 'weights';
    const type = componentDefinition(name).contentType;
    return type === 'code' ? 'code' : type === 'data' ? 'data' : 'documents';
}
/** Identifies every licence-like file and collects declared licences. Pure: reads only the snapshot. */
function collectLicenseContext(snapshot, inputs = {}) {
    const files = [];
    const packages = [];
    // Only files with text count: the index's list of them, in the snapshot's order.
    const withText = fileIndex(snapshot).withText;
    for (let i = 0; i < withText.length; i++) {
        const file = withText[i];
        if (file.text === undefined || isVendoredFile(file))
            continue;
        const name = baseName$1(file.path);
        if (isLicenseLikeName(file.path) && !NOT_A_LICENSE.test(name)) {
            files.push(...licenseFileEntries(file.path, file.text));
            continue;
        }
        const pkg = packageMetadataLicense(file.path, file.text);
        if (pkg)
            packages.push({ raw: pkg.raw, path: file.path, line: pkg.line, source: 'package-metadata' });
    }
    let modelCard = null;
    const card = inputs.modelCardLicense;
    if (card) {
        modelCard = {
            raw: card.raw,
            path: card.path,
            source: 'model-card',
            ...(card.line ? { line: card.line } : {}),
            ...(card.name ? { name: card.name } : {})
        };
        // `license: other` with `license_link: LICENSE.md` points at a file whose text decides.
        if (card.link && !/^https?:/i.test(card.link)) {
            const target = card.link.replace(/^\.?\//, '');
            const linked = files.find((f) => f.path === target ||
                f.path === `${dirName(card.path) ? dirName(card.path) + '/' : ''}${target}`);
            if (linked && normalizeLicenseId(card.raw).spdx === null) {
                modelCard = {
                    raw: linked.identification.spdx ?? card.raw,
                    path: linked.path,
                    source: 'model-card',
                    name: card.name ?? linked.identification.name
                };
            }
        }
    }
    const byPath = new Map(files.filter((f) => !f.governs).map((f) => [f.path, f]));
    const statements = findLicenseStatements(snapshot, (path) => {
        const file = byPath.get(path);
        if (!file)
            return null;
        const { spdx, name, kind, restrictsUse } = file.identification;
        return {
            spdx,
            name: kind === 'unknown' ? `licence in ${baseName$1(path)}` : name,
            known: spdx !== null,
            path,
            ...(restrictsUse ? { restrictsUse } : {})
        };
    });
    // A pointer file that links to a well-known licence states that licence for its scope.
    for (const file of files) {
        if (!file.pointer)
            continue;
        const stated = licenseFromUrl(file.pointer);
        if (stated)
            statements.push({
                scopes: [file.scope],
                license: { ...stated, url: file.pointer },
                models: [],
                path: file.path,
                line: 1,
                quote: file.pointer.slice(0, 200),
                form: 'pointer'
            });
    }
    return {
        files,
        modelCard,
        packages,
        headerDeclarations: collectHeaderDeclarations(snapshot),
        directories: new Set(snapshot.directories),
        overrides: inputs.overrides ?? {},
        statements,
        remote: inputs.remote ?? new Map(),
        unverified: inputs.unverified ?? new Map()
    };
}
function fromDeclared(declared, contentType) {
    const normal = normalizeLicenseId(declared.raw);
    const spdx = normal.spdx;
    return {
        spdx,
        name: declared.name ?? normal.name,
        path: declared.path,
        source: declared.source,
        open: isOpenLicense(spdx),
        typeAppropriate: isTypeAppropriate(spdx, contentType),
        contentType
    };
}
function fromFile(file, contentType) {
    const { spdx, name } = file.identification;
    const restricted = file.identification.restrictsUse === true;
    return {
        spdx,
        // A custom licence's name says what it is based on and what was added; keep it.
        name: spdx === null && file.identification.kind === 'unknown' && !name.startsWith('Custom licence')
            ? `Unrecognised licence text (${baseName$1(file.path)})`
            : name,
        path: file.path,
        source: 'license-file',
        open: !restricted && isOpenLicense(spdx),
        typeAppropriate: isTypeAppropriate(spdx, contentType),
        contentType
    };
}
/** A root file that only points to other licence files ("see LICENSE-CODE and LICENSE-MODEL"). */
function isPointerOnly(file, all) {
    if (file.pointer || file.template)
        return true;
    return file.identification.kind === 'unknown' && all.some((o) => o !== file && o.scope !== 'all');
}
/** The nearest licence file of a scope, from a folder up to the root. */
function nearestFile(ctx, folder, accept, stopBeforeRoot = false) {
    let dir = folder;
    for (;;) {
        if (stopBeforeRoot && dir === '')
            return null;
        const here = ctx.files.filter((f) => (f.governs ?? dirName(f.path)) === dir &&
            !f.usePolicy &&
            accept(f) &&
            !isPointerOnly(f, ctx.files));
        if (here.length > 0)
            return here.sort((a, b) => (a.path < b.path ? -1 : 1))[0];
        if (dir === '')
            return null;
        dir = dirName(dir);
    }
}
function commonFolder(paths, directories) {
    if (paths.length === 0)
        return '';
    const folderOf = (p) => (directories.has(p) ? p : dirName(p));
    let common = folderOf(paths[0]).split('/');
    for (const p of paths.slice(1)) {
        const parts = folderOf(p).split('/');
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    return common.join('/');
}
function withUsePolicy(license, policies) {
    if (policies.length === 0)
        return license;
    const policy = policies[0];
    return {
        ...license,
        spdx: license.spdx ? `${license.spdx} AND LicenseRef-acceptable-use-policy` : null,
        name: `${license.name} + acceptable-use policy (${baseName$1(policy.path)})`,
        open: false
    };
}
/** Which statement scopes speak of a component ("the code \u2026", "the weights \u2026", "the data \u2026"). */
function statementScopesOf(name, presence) {
    switch (name) {
        case 'Model parameters (Final)':
        case 'Model parameters (Intermediate)':
            return ['weights'];
        case 'Datasets':
        case 'Evaluation data':
            return ['data'];
        case 'Data card':
            // A dataset card kept with the data shares its licence; one in this repository is a document.
            return presence === 'by-reference' ? ['data', 'documents'] : ['documents'];
        case 'Model metadata':
            return [];
        default:
            return componentDefinition(name).contentType === 'code' ? ['code'] : ['documents'];
    }
}
function fromRemote(candidate, contentType) {
    const { fact } = candidate;
    const spdx = fact.license?.spdx ?? null;
    return {
        spdx,
        name: fact.license?.name ?? 'unknown',
        path: null,
        source: 'remote',
        url: fact.url,
        ...(fact.pinned ? { pinned: fact.pinned } : {}),
        fetchedAt: fact.fetchedAt,
        open: isOpenLicense(spdx),
        typeAppropriate: isTypeAppropriate(spdx, contentType),
        contentType
    };
}
function fromStatement(statement, contentType) {
    const { spdx, name, known, restrictsUse } = statement.license;
    return {
        spdx,
        name,
        path: statement.path,
        line: statement.line,
        quote: statement.quote,
        source: 'statement',
        open: known && restrictsUse !== true && isOpenLicense(spdx),
        typeAppropriate: isTypeAppropriate(spdx, contentType),
        contentType
    };
}
/** Resolutions that disagree: the least open governs, and a note names every licence. */
function combine(candidates) {
    const distinct = new Map();
    for (const c of candidates) {
        const key = c.spdx ?? c.name.toLowerCase();
        if (!distinct.has(key))
            distinct.set(key, c);
    }
    const all = [...distinct.values()];
    if (all.length === 0)
        return null;
    if (all.length === 1)
        return { license: all[0] };
    const governing = all.find((c) => !c.open) ?? all[0];
    const named = all.map((c) => `${c.name} (${c.path ?? 'policy'}${c.line ? `:${c.line}` : ''})`);
    return {
        license: governing,
        note: `licences differ within the release: ${named.join('; ')}; the least open governs this component`
    };
}
function statementLicense(ctx, finding, contentType, includeWhole) {
    const name = finding.name;
    const scopes = statementScopesOf(name, finding.presence);
    // "The training data is \u2026" does not speak of the evaluation data, nor the reverse.
    const aboutOtherData = (s) => (name === 'Evaluation data' && /\btrain/i.test(s.quote) && !/\beval/i.test(s.quote)) ||
        (name === 'Datasets' && /\beval/i.test(s.quote) && !/\btrain/i.test(s.quote));
    const scoped = ctx.statements.filter((s) => s.scopes.some((scope) => scopes.includes(scope)) && !aboutOtherData(s));
    const chosen = scoped.length > 0 || !includeWhole
        ? scoped
        : ctx.statements.filter((s) => s.scopes.includes('all'));
    // The statements nearest the root speak for the release; a sub-project's docs speak for it.
    const depth = (s) => segmentCount(s.path);
    const nearest = Math.min(...chosen.map(depth));
    return combine(chosen.filter((s) => depth(s) === nearest).map((s) => fromStatement(s, contentType)));
}
function resolveWithNotes(finding, ctx) {
    const def = componentDefinition(finding.name);
    const contentType = def.contentType;
    const override = ctx.overrides[finding.name];
    if (override) {
        return {
            license: fromDeclared({ raw: override.license, path: override.path ?? '', source: 'policy' }, contentType),
            notes: []
        };
    }
    const scope = scopeOfComponent(finding.name);
    const isWeights = scope === 'weights';
    const usePolicies = isWeights ? ctx.files.filter((f) => f.usePolicy) : [];
    const weightsPolicy = (l) => isWeights ? withUsePolicy(l, usePolicies) : l;
    const stated = (includeWhole) => {
        const s = statementLicense(ctx, finding, contentType, includeWhole);
        return s ? { license: weightsPolicy(s.license), notes: s.note ? [s.note] : [] } : null;
    };
    if (finding.presence === 'by-reference') {
        const remote = combine((ctx.remote.get(finding.name) ?? []).map((c) => fromRemote(c, contentType)));
        const local = resolveByReferenceLocally(finding, ctx, contentType, weightsPolicy, stated);
        if (remote) {
            // The host's own statement governs what the host distributes; say when the repository
            // tells a different story.
            const notes = remote.note ? [remote.note] : [];
            const said = local.license;
            if (said && (said.spdx ?? said.name) !== (remote.license.spdx ?? remote.license.name))
                notes.push(`the repository states ${said.name} (${said.path ?? 'policy'}${said.line ? `:${said.line}` : ''}); the host states ${remote.license.name}`);
            return { license: weightsPolicy(remote.license), notes: [...notes, ...local.notes] };
        }
        if (!local.license) {
            const why = ctx.unverified.get(finding.name) ?? [];
            return {
                license: null,
                notes: why.slice(0, 2).map((w) => `licence not verifiable online: ${w}`)
            };
        }
        return local;
    }
    return resolveInRepository(finding, ctx, contentType, scope, weightsPolicy, stated);
}
function resolveByReferenceLocally(finding, ctx, contentType, weightsPolicy, stated) {
    const isWeights = scopeOfComponent(finding.name) === 'weights';
    {
        // What lives elsewhere is governed by what the repository says of it: a licence file for
        // that kind of component (LICENSE-MODEL, a model folder's licence), the model card, or prose.
        // The repository-wide LICENSE covers the repository's own files, not hosted artifacts.
        if (isWeights) {
            const files = ctx.files.filter((f) => f.scope === 'weights' && !f.usePolicy && !f.pointer && !isVendored(f.path));
            const fromFiles = combine(files.map((f) => fromFile(f, contentType)));
            if (fromFiles)
                return {
                    license: weightsPolicy(fromFiles.license),
                    notes: fromFiles.note ? [fromFiles.note] : []
                };
            if (ctx.modelCard)
                return { license: weightsPolicy(fromDeclared(ctx.modelCard, contentType)), notes: [] };
        }
        return stated(false) ?? { license: null, notes: [] };
    }
}
function resolveInRepository(finding, ctx, contentType, scope, weightsPolicy, stated) {
    const isWeights = scope === 'weights';
    const folder = commonFolder(finding.locations, ctx.directories);
    const specific = nearestFile(ctx, folder, (f) => f.scope === scope);
    if (specific)
        return { license: weightsPolicy(fromFile(specific, contentType)), notes: [] };
    if (isWeights) {
        const local = nearestFile(ctx, folder, (f) => f.scope === 'all', true);
        if (local)
            return { license: weightsPolicy(fromFile(local, contentType)), notes: [] };
        if (ctx.modelCard)
            return { license: weightsPolicy(fromDeclared(ctx.modelCard, contentType)), notes: [] };
    }
    if (scope === 'code') {
        // SPDX headers in the component's own files are the most specific statement for code.
        const headers = new Set();
        let headerPath = '';
        for (const file of ctx.headerDeclarations) {
            if (finding.locations.includes(file.path)) {
                headers.add(file.spdx);
                headerPath ||= file.path;
            }
        }
        if (headers.size === 1) {
            return {
                license: fromDeclared({ raw: [...headers][0], path: headerPath, source: 'spdx-header' }, contentType),
                notes: []
            };
        }
    }
    // A statement that names this kind of component ranks above the repository-wide licence,
    // unless it names the same licence: then the licence file is the stronger evidence.
    const scopedStatement = stated(false);
    const general = nearestFile(ctx, folder, (f) => f.scope === 'all');
    const fromGeneral = general ? weightsPolicy(fromFile(general, contentType)) : null;
    if (scopedStatement && !(fromGeneral?.spdx && fromGeneral.spdx === scopedStatement.license?.spdx))
        return scopedStatement;
    if (fromGeneral)
        return { license: fromGeneral, notes: [] };
    const whole = stated(true);
    if (whole)
        return whole;
    if (scope === 'code' && ctx.packages.length > 0)
        return { license: fromDeclared(ctx.packages[0], contentType), notes: [] };
    if (ctx.modelCard)
        return { license: weightsPolicy(fromDeclared(ctx.modelCard, contentType)), notes: [] };
    if (ctx.packages.length > 0)
        return { license: fromDeclared(ctx.packages[0], contentType), notes: [] };
    return { license: null, notes: [] };
}
function statusOf(license) {
    if (license === null)
        return 'unlicensed';
    return license.open ? 'open' : 'restricted';
}
/** The statement that licenses a component, as a line of its evidence. */
function statementEvidence(license) {
    if (license.source !== 'statement' || !license.path)
        return null;
    return {
        path: license.path,
        ...(license.line ? { line: license.line } : {}),
        kind: 'statement',
        detail: `licence statement: "${license.quote ?? license.name}"`
    };
}
/** The host's answer that licenses a component, as the first line of its evidence. */
function hostEvidence(license, candidates) {
    if (license.source !== 'remote')
        return null;
    const candidate = candidates.find((c) => c.fact.url === license.url);
    const site = candidate?.reference.evidence[0];
    if (!candidate || !site)
        return null;
    const pinned = license.pinned ? ` at \`${license.pinned.slice(0, 12)}\`` : '';
    const when = license.fetchedAt ? `, fetched ${license.fetchedAt.slice(0, 10)}` : '';
    return {
        path: site.path,
        ...(site.line ? { line: site.line } : {}),
        kind: 'remote',
        detail: `licence at the host: ${license.name} (\`${candidate.fact.reference.id}\`${pinned}${when})`,
        ...(license.url ? { url: license.url } : {})
    };
}
/** One report line per MOF component, in MOF order, with status and governing licence. */
function resolveComponents(findings, ctx) {
    const byName = new Map(findings.map((f) => [f.name, f]));
    return COMPONENT_NAMES.map((name) => {
        const finding = byName.get(name);
        if (!finding)
            return {
                name,
                status: 'missing',
                presence: 'missing',
                license: null,
                evidence: [],
                notes: []
            };
        const { license, notes: licenseNotes } = resolveWithNotes(finding, ctx);
        const notes = [...(finding.notes ?? []), ...licenseNotes];
        if (license && license.open && !license.typeAppropriate) {
            notes.push(`${license.spdx} is open but not the type-appropriate licence for ${license.contentType} (MOF recommends one)`);
        }
        if (!license && finding.presence === 'by-reference')
            notes.push('licence not stated in the repository; it lives with the referenced artifact');
        const evidence = [...finding.evidence];
        const fromStatement = license ? statementEvidence(license) : null;
        if (fromStatement)
            evidence.splice(Math.min(1, evidence.length), 0, fromStatement);
        const fromHost = license ? hostEvidence(license, ctx.remote.get(name) ?? []) : null;
        if (fromHost)
            evidence.unshift(fromHost);
        return {
            name,
            status: statusOf(license),
            presence: finding.presence,
            license,
            evidence,
            notes
        };
    });
}
/** SPDX-License-Identifier lines in code files, for code components. */
function collectHeaderDeclarations(snapshot) {
    const out = [];
    const withText = fileIndex(snapshot).withText;
    for (let i = 0; i < withText.length; i++) {
        const file = withText[i];
        if (file.text === undefined || isVendoredFile(file))
            continue;
        const first = spdxHeaderDeclarations(file.text.slice(0, 4096))[0];
        if (first) {
            out.push({ path: file.path, spdx: first.spdx });
            continue;
        }
        // A header that names a licence we know in words counts like an SPDX tag.
        const named = headerLicenseStatement(file.text);
        if (named && normalizeLicenseId(named).known)
            out.push({ path: file.path, spdx: named });
    }
    return out;
}

/** Bumped on any change that removes or renames a field; additions keep the version. */
const SCHEMA_VERSION = 2;

/** What MOT sees for a component: its licence string (exact SPDX id or other text), or none. */
function motLicense(c) {
    if (!c.license)
        return null;
    return c.license.spdx ?? c.license.name;
}
/**
 * The pure core after detection and resolution: findings and the hosts' facts in, the full report
 * out. Deterministic for a given snapshot and set of facts.
 */
function assessDetection(snapshot, detection, resolution, options) {
    const applied = applyRemoteFacts(detection.findings, detection.references, resolution.facts);
    const overrides = Object.fromEntries(Object.entries(options.policy.licenses ?? {}).map(([name, o]) => [
        name,
        { license: o.license, ...(o.path ? { path: o.path } : {}) }
    ]));
    const licenseContext = collectLicenseContext(snapshot, {
        modelCardLicense: detection.modelCardLicense,
        overrides,
        remote: applied.licenses,
        unverified: applied.unverified
    });
    const components = resolveComponents(applied.findings, licenseContext);
    const mof = evaluateMof({
        components: components
            .filter((c) => c.status !== 'missing')
            .map((c) => ({
            name: c.name,
            license: motLicense(c),
            // One rule for "open": the status the component table shows decides the class too.
            open: c.status === 'open',
            typeAppropriate: c.license?.typeAppropriate ?? false
        }))
    });
    const osaid = evaluateOsaid(components);
    const osaiIndex = evaluateOsaiIndex(components, detection.documentation);
    const score = computeScore(components);
    const disclosures = missingDisclosures(components, mof.class, osaid);
    const claims = detection.claims;
    const openWashing = detectOpenWashing(claims, components, osaid, mof.class, [
        ...detection.subject.names,
        ...detection.subject.ids,
        ...detection.subject.ids.map((id) => id.split('/')[1] ?? id),
        options.repository.split('/').pop() ?? options.repository
    ]);
    const declaration = findDeclaration(snapshot);
    const declared = declaration?.record ? compareDeclaration(declaration.record, components) : [];
    const files = fileIndex(snapshot);
    const weightFiles = files.weightOrPointer.filter((f) => f.weight !== undefined);
    const parameterCount = weightFiles.reduce((sum, f) => sum + (f.weight?.parameterCount ?? 0), 0);
    const warnings = [...detection.warnings];
    if (declaration?.error)
        warnings.push(`${declaration.path}: ${declaration.error}`);
    return {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: 'model-openness', version: VERSION },
        repository: options.repository,
        subject: detection.subject,
        score: score.score,
        scoreLines: score.lines,
        mof: { class: mof.class, label: mof.label, progress: mof.progress, warnings: mof.warnings },
        osaid,
        osaiIndex,
        components,
        missingDisclosures: disclosures,
        openWashing,
        references: detection.references,
        resolution,
        declared,
        declarationPath: declaration?.path ?? null,
        licenses: licenseContext.files.map((f) => ({
            path: f.path,
            spdx: f.identification.spdx,
            name: f.identification.name,
            kind: f.usePolicy ? 'use-policy' : f.identification.kind,
            scope: f.scope
        })),
        inventory: {
            files: snapshot.stats.filesSeen,
            directories: snapshot.stats.directoriesSeen,
            weightFiles: weightFiles.length,
            lfsPointers: files.weightOrPointer.filter((f) => f.lfs !== undefined).length,
            parameterCount: parameterCount > 0 ? parameterCount : null,
            bytesRead: snapshot.stats.bytesRead,
            maxBytesReadPerWeight: snapshot.stats.maxBytesReadPerWeight,
            ignoredFiles: snapshot.stats.ignoredFiles,
            textFilesNotRead: snapshot.stats.textFilesNotRead,
            skipped: snapshot.skipped,
            partial: snapshot.partial ?? null
        },
        warnings
    };
}

/** A policy file that cannot be used; the message is one line naming the key and the problem. */
class PolicyError extends Error {
}
const DEFAULT_POLICY_PATH = '.github/model-openness.yml';
const POLICY_CAP = 256 * 1024;
/** A value from the file for a message: one line, at most about 60 characters. */
function quotedInput(input) {
    const text = JSON.stringify(input) ?? String(input);
    return text.length > 62 ? `${text.slice(0, 60)}\u2026` : text;
}
/**
 * MOF classes as numbers or roman numerals; `none` turns the gate off. Every schema here is built on
 * first use (z.lazy): zod builds each schema's methods as it creates it, and a run without a policy
 * file or a `require-mof-class` setting needs none of them.
 */
const mofClassGate = lazy(() => union([
    literal(1),
    literal(2),
    literal(3),
    _enum(['1', '2', '3', 'I', 'II', 'III', 'Class I', 'Class II', 'Class III', 'none', ''])
], {
    error: () => 'expected 1, 2, 3 (or I, II, III), or none'
})
    .transform((v) => {
    const text = String(v).replace(/^Class /, '');
    const map = { '1': 1, '2': 2, '3': 3, I: 1, II: 2, III: 3 };
    return map[text] ?? null;
}));
const scoreGate = lazy(() => number({ error: () => 'expected a number from 0 to 100' })
    .min(0, 'expected a number from 0 to 100')
    .max(100, 'expected a number from 0 to 100'));
const policySchema = lazy(() => {
    const componentName = _enum(COMPONENT_NAMES, {
        error: (issue) => `unknown component ${quotedInput(issue.input)}; use one of the 17 MOF names, e.g. "Model card"`
    });
    const licenseOverride = strictObject({
        license: string({ error: () => 'expected an SPDX id or licence name' })
            .min(1)
            .max(200),
        path: string().max(500).optional(),
        reason: string().max(500).optional()
    }, { error: () => 'expected a mapping with license (and optionally path and reason)' });
    return strictObject({
        'fail-under': scoreGate.optional(),
        'require-mof-class': mofClassGate.optional(),
        'require-osaid': boolean({ error: () => 'expected true or false' }).optional(),
        'fail-on-regression': boolean({ error: () => 'expected true or false' }).optional(),
        require: array(componentName, { error: () => 'expected a list of MOF component names' })
            .max(17)
            .optional(),
        ignore: array(string({ error: () => 'expected a gitignore-style pattern' })
            .min(1, 'expected a non-empty gitignore-style pattern')
            .max(500, 'a pattern is limited to 500 characters'), {
            error: () => 'expected a list of gitignore-style patterns'
        })
            .max(1000)
            .optional(),
        licenses: partialRecord(componentName, licenseOverride, {
            error: () => 'expected a mapping from MOF component names to licence overrides'
        })
            .optional()
    }, { error: () => 'expected a mapping of settings such as fail-under and require' });
});
const EMPTY_POLICY = {};
/** A key from the file as it can be shown on one line: control characters escaped, length capped. */
function shownKey(key) {
    const text = JSON.stringify(String(key)).slice(1, -1);
    return text.length > 60 ? `${text.slice(0, 60)}\u2026` : text;
}
/** One line: where in the file, and what is wrong. */
function formatZodError(error, source) {
    const issue = error.issues[0];
    const key = issue.path.length > 0
        ? issue.path
            .map((p) => (typeof p === 'number' ? `[${p}]` : shownKey(p)))
            .join('.')
            .replace(/\.\[/g, '[')
        : null;
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.slice(0, 5);
        const more = issue.keys.length > keys.length ? ` and ${issue.keys.length - keys.length} more` : '';
        // Keys under licenses: are component names; elsewhere they are settings.
        message =
            issue.path.length === 1 && issue.path[0] === 'licenses'
                ? `unknown component ${keys.map((k) => `"${shownKey(k)}"`).join(', ')}${more}; use one of the 17 MOF names, e.g. "Model card"`
                : `unknown key ${keys.map((k) => `'${shownKey(k)}'`).join(', ')}${more}`;
    }
    return `${source}: ${key ? `'${key}': ` : ''}${message.split('\n')[0]}`;
}
/** Parses and validates policy text. Throws PolicyError with a one-line message. */
function parsePolicy(text, source = DEFAULT_POLICY_PATH) {
    // Duplicate keys are an error: a second `fail-under:` silently loosening the first is a trap.
    const doc = distExports.parseDocument(text, { logLevel: 'silent', prettyErrors: false });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const offset = yamlError.pos[0];
        const line = text.slice(0, offset).split('\n').length;
        if (yamlError.code === 'DUPLICATE_KEY') {
            const key = /^\s*([^:\n]{1,60})/.exec(text.slice(offset, offset + 200))?.[1]?.trim();
            throw new PolicyError(`${source}: ${key ? `'${key}': ` : ''}duplicate key (line ${line})`);
        }
        throw new PolicyError(`${source}: invalid YAML at line ${line}: ${yamlError.message.split('\n')[0]}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new PolicyError(`${source}: ${error instanceof Error ? error.message.split('\n')[0] : 'unreadable YAML'}`);
    }
    if (data === null || data === undefined)
        return EMPTY_POLICY;
    const parsed = policySchema.safeParse(data);
    if (!parsed.success)
        throw new PolicyError(formatZodError(parsed.error, source));
    return parsed.data;
}
/**
 * Reads the policy file: an explicit path must exist; the default path is optional. The file is
 * part of the scanned (untrusted) checkout, so it is read like any other: no links, capped.
 */
async function loadPolicyFile(repoDir, explicitPath) {
    const path = explicitPath ?? join(repoDir, DEFAULT_POLICY_PATH);
    const shown = explicitPath
        ? relative(process.cwd(), explicitPath) || explicitPath
        : DEFAULT_POLICY_PATH;
    let handle;
    try {
        handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (!explicitPath && (code === 'ENOENT' || code === 'ENOTDIR'))
            return EMPTY_POLICY;
        throw new PolicyError(`${shown}: cannot read the policy file (${code ?? 'error'})`);
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new PolicyError(`${shown}: not a regular file`);
        if (info.size > POLICY_CAP)
            throw new PolicyError(`${shown}: larger than ${POLICY_CAP / 1024} KiB`);
        const buf = Buffer.alloc(info.size);
        let filled = 0;
        while (filled < buf.length) {
            const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return parsePolicy(buf.subarray(0, filled).toString('utf8'), shown);
    }
    finally {
        await handle.close();
    }
}

/** Flags can tighten the policy file, never loosen it: the stricter of each gate applies. */
function combineGates(requested, policy) {
    const classes = [requested.requireMofClass ?? null, policy['require-mof-class'] ?? null].filter((c) => c !== null);
    return {
        failUnder: Math.max(requested.failUnder ?? 0, policy['fail-under'] ?? 0),
        // Class I is the most open, so the smallest number is the strictest requirement.
        requireMofClass: classes.length > 0 ? Math.min(...classes) : null,
        requireOsaid: requested.requireOsaid === true || policy['require-osaid'] === true,
        failOnRegression: requested.failOnRegression === true || policy['fail-on-regression'] === true,
        require: [...(policy.require ?? [])]
    };
}
function regressionReason(changes) {
    if (changes.mofFrom !== changes.mofTo)
        return `MOF ${mofClassName(changes.mofFrom)} \u2192 ${mofClassName(changes.mofTo)}`;
    if (changes.scoreTo < changes.scoreFrom)
        return `score ${changes.scoreFrom} \u2192 ${changes.scoreTo}`;
    if (changes.osaidFrom && !changes.osaidTo)
        return 'no longer conforms to OSAID 1.0';
    const lost = changes.lost.filter((c) => c.from === 'open').map((c) => `${c.name} ${c.to}`);
    return lost.length > 0 ? `no longer open: ${lost.join(', ')}` : 'openness dropped';
}
/**
 * The gates the report does not meet, one entry each. `changes` is the comparison with the base
 * commit; without one (the CLI, or a run with no base) the regression gate cannot fail.
 */
function evaluateGates(report, gates, changes = null) {
    const failures = [];
    if (report.score < gates.failUnder)
        failures.push({
            gate: 'fail-under',
            message: `score ${report.score} is below ${gates.failUnder}`
        });
    if (gates.requireMofClass !== null &&
        (report.mof.class === 0 || report.mof.class > gates.requireMofClass)) {
        failures.push({
            gate: 'require-mof-class',
            message: `MOF ${mofClassName(report.mof.class)} does not reach the required ${mofClassName(gates.requireMofClass)}`
        });
    }
    if (gates.requireOsaid && !report.osaid.conformant)
        failures.push({
            gate: 'require-osaid',
            message: 'the release does not conform to OSAID 1.0'
        });
    for (const name of gates.require) {
        const c = report.components.find((x) => x.name === name);
        const status = c?.status ?? 'missing';
        if (status !== 'open')
            failures.push({ gate: 'require', message: `required component ${name} is ${status}` });
    }
    if (gates.failOnRegression && changes?.regression)
        failures.push({
            gate: 'fail-on-regression',
            message: `openness regressed (${regressionReason(changes)})`
        });
    return failures;
}

/**
 * model-openness.lock.json: every fact the hosts gave about a release's references, pinned to
 * what was seen (URL, commit, ETag, licence, gate, checkpoints, when). `resolve: lock` answers from
 * it alone; an online run compares live answers with it and reports drift. The format is
 * versioned and documented in docs/lock-file.md; serialisation is deterministic (sorted keys and
 * entries) so a committed lock diffs cleanly.
 */
const LOCK_FILE_NAME = 'model-openness.lock.json';
const LOCK_VERSION = 1;
/** Largest lock file read, in bytes. */
const MAX_LOCK_BYTES = 16 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const REFERENCE_KINDS = [
    'hf-model',
    'hf-dataset',
    'arxiv',
    'doi',
    'github',
    'submodule',
    'url',
    'cloud-storage',
    'magnet',
    'download-script'
];
const UNRESOLVED_REASONS = [
    'offline',
    'not-found',
    'gated',
    'disabled',
    'rate-limited',
    'timed-out',
    'malformed',
    'http-error',
    'budget',
    'unsupported'
];
/** Reasons that say something about this run, not about the reference: never locked. */
const TRANSIENT = new Set([
    'offline',
    'rate-limited',
    'timed-out',
    'http-error',
    'budget'
]);
const text = (max) => string().max(max);
/** Built on first use (z.lazy): most runs read no lock file, and zod builds each schema as it is created. */
const lockSchema = lazy(() => {
    const factSchema = object({
        reference: object({ kind: _enum(REFERENCE_KINDS), id: text(500), revision: text(200).optional() })
            .strict(),
        url: text(4096),
        pinned: text(200).optional(),
        fetchedAt: datetime(),
        license: object({
            spdx: text(500).nullable(),
            name: text(500),
            raw: text(1000),
            from: _enum(['card-data', 'tag', 'license-file', 'host']).optional()
        })
            .strict()
            .optional(),
        gated: _enum(['auto', 'manual']).optional(),
        checkpointBranches: array(text(200)).max(5000).optional(),
        checkpointBranchCount: number().int().nonnegative().optional(),
        canonicalId: text(500).optional(),
        card: object({
            sections: array(text(300)).max(500),
            words: number().int().nonnegative(),
            license: text(300).optional()
        })
            .strict()
            .optional(),
        files: array(text(1000)).max(5000).optional(),
        parameterCount: number().int().nonnegative().optional(),
        architectures: array(text(300)).max(50).optional(),
        unresolved: object({ reason: _enum(UNRESOLVED_REASONS), detail: text(1000) })
            .strict()
            .optional()
    })
        .strict();
    return object({
        version: literal(LOCK_VERSION),
        generator: text(100),
        entries: array(factSchema).max(MAX_ENTRIES)
    })
        .strict();
});
function keyOf(reference) {
    return `${reference.kind}\n${reference.id}\n${reference.revision ?? ''}`;
}
function compareReferences(a, b) {
    const x = a.reference;
    const y = b.reference;
    return cmp(x.kind, y.kind) || cmp(x.id, y.id) || cmp(x.revision ?? '', y.revision ?? '');
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Whether a fact belongs in a lock: resolved, or unresolved for a lasting reason (not found, gated \u2026). */
function isLockable(fact) {
    return !fact.unresolved || !TRANSIENT.has(fact.unresolved.reason);
}
/** Canonical JSON: keys sorted at every level, undefined dropped. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const item = value[key];
            if (item !== undefined)
                out[key] = canonical(item);
        }
        return out;
    }
    return value;
}
function sameExceptTime(a, b) {
    return (JSON.stringify(canonical({ ...a, fetchedAt: '' })) ===
        JSON.stringify(canonical({ ...b, fetchedAt: '' })));
}
/**
 * A lock from a run's facts. Facts unresolved for a transient reason (offline, timed out,
 * rate-limited, budget, HTTP error) keep the previous lock's entry when there is one and are
 * otherwise left out. An entry that did not change keeps its previous `fetchedAt`, so a lock
 * rewritten without drift is byte-identical.
 */
function buildLock(facts, previous) {
    const before = new Map((previous?.entries ?? []).map((entry) => [keyOf(entry.reference), entry]));
    const entries = new Map();
    for (const fact of facts) {
        const key = keyOf(fact.reference);
        const old = before.get(key);
        if (!isLockable(fact)) {
            if (old)
                entries.set(key, structuredClone(old));
            continue;
        }
        entries.set(key, structuredClone(old && sameExceptTime(old, fact) ? old : fact));
    }
    return {
        version: LOCK_VERSION,
        generator: `model-openness ${VERSION}`,
        entries: [...entries.values()].sort(compareReferences)
    };
}
/** The lock as committed text: sorted keys and entries, two-space indent, final newline. */
function serializeLock(lock) {
    const sorted = { ...lock, entries: [...lock.entries].sort(compareReferences) };
    return `${JSON.stringify(canonical(sorted), null, 2)}\n`;
}
function issuePath(path) {
    let out = '';
    for (const part of path)
        out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
    return out || '(top level)';
}
/**
 * Reads and checks a lock file's text. Hostile input gets one clear line, never an exception:
 * size capped, JSON checked, version checked, every field typed and capped.
 */
function parseLock(source) {
    const size = typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength;
    if (size > MAX_LOCK_BYTES)
        return {
            ok: false,
            error: `${LOCK_FILE_NAME} is larger than ${MAX_LOCK_BYTES / 1024 / 1024} MiB`
        };
    const content = typeof source === 'string' ? source : Buffer.from(source).toString('utf8');
    let json;
    try {
        json = JSON.parse(content.replace(/^\uFEFF/, ''));
    }
    catch {
        return { ok: false, error: `${LOCK_FILE_NAME} is not valid JSON` };
    }
    if (!json || typeof json !== 'object' || Array.isArray(json))
        return { ok: false, error: `${LOCK_FILE_NAME} is not a JSON object` };
    const version = json.version;
    if (version !== LOCK_VERSION) {
        const shown = typeof version === 'number' && Number.isInteger(version) ? String(version) : 'none';
        return {
            ok: false,
            error: `${LOCK_FILE_NAME} has format version ${shown}; this model-openness reads version ${LOCK_VERSION}`
        };
    }
    const parsed = lockSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // The message can quote keys from the file: keep it on one line, without control characters.
        const message = issue.message
            .replace(/\s+/g, ' ')
            // eslint-disable-next-line no-control-regex
            .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
            .slice(0, 120);
        return { ok: false, error: `${LOCK_FILE_NAME}: ${issuePath(issue.path)}: ${message}` };
    }
    const keys = new Set();
    for (const [index, entry] of parsed.data.entries.entries()) {
        const key = keyOf(entry.reference);
        if (keys.has(key))
            return { ok: false, error: `${LOCK_FILE_NAME}: entries[${index}]: duplicate reference` };
        keys.add(key);
    }
    return { ok: true, lock: parsed.data };
}
/**
 * Reads and checks a lock file from disk: a missing file says so (`missing: true`), a symlink or
 * anything but a regular file is refused, the size is checked before reading.
 */
async function readLockFile(path) {
    let info;
    try {
        info = await lstat(path);
    }
    catch {
        return { ok: false, error: `${LOCK_FILE_NAME} not found`, missing: true };
    }
    if (!info.isFile())
        return {
            ok: false,
            error: `${LOCK_FILE_NAME} is not a regular file (symlinks are not followed)`
        };
    if (info.size > MAX_LOCK_BYTES)
        return {
            ok: false,
            error: `${LOCK_FILE_NAME} is larger than ${MAX_LOCK_BYTES / 1024 / 1024} MiB`
        };
    let handle;
    try {
        // O_NOFOLLOW: a link swapped in after the lstat above is still refused.
        handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
        const buffer = Buffer.alloc(Math.min(info.size, MAX_LOCK_BYTES + 1));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return parseLock(buffer.subarray(0, bytesRead));
    }
    catch {
        return { ok: false, error: `${LOCK_FILE_NAME} could not be read` };
    }
    finally {
        await handle?.close().catch(() => undefined);
    }
}
/** Writes the lock's canonical text atomically (a temporary file renamed into place). */
async function writeLockFile(path, lock) {
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
        await writeFile(temporary, serializeLock(lock), { flag: 'wx' });
        await rename(temporary, path);
    }
    catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
}
/**
 * Facts for `references` from the lock alone (no network). A reference the lock does not hold
 * comes back unresolved (`offline`, "not in the lock file"). Without `references`, every entry.
 */
function factsFromLock(lock, references) {
    if (!references)
        return lock.entries.map((entry) => structuredClone(entry));
    const byKey = new Map(lock.entries.map((entry) => [keyOf(entry.reference), entry]));
    return references.map((reference) => {
        const entry = byKey.get(keyOf(reference));
        if (entry)
            return structuredClone(entry);
        const fact = {
            reference: reference.revision === undefined
                ? { kind: reference.kind, id: reference.id }
                : { kind: reference.kind, id: reference.id, revision: reference.revision },
            url: reference.url ?? '',
            fetchedAt: new Date(0).toISOString(),
            unresolved: { reason: 'offline', detail: `not in ${LOCK_FILE_NAME}` }
        };
        return fact;
    });
}
/** One difference between the lock and what a host says now. Strings are remote data: escape them. */
function describe$1(reference) {
    const kind = {
        'hf-model': 'the Hub model',
        'hf-dataset': 'the Hub dataset',
        arxiv: 'the arXiv paper',
        doi: 'the DOI',
        github: 'the GitHub repository',
        submodule: 'the submodule'
    };
    const at = reference.revision ? `@${reference.revision}` : '';
    return `${kind[reference.kind] ?? reference.kind} ${reference.id}${at}`;
}
function licenseLabel(license) {
    if (!license)
        return 'none';
    return license.spdx ?? (license.raw || license.name);
}
function availability(fact) {
    return fact.unresolved ? fact.unresolved.reason : 'available';
}
/**
 * What changed between the lock and live facts. Live facts unresolved for a transient reason
 * (timed out, rate-limited, offline \u2026) are not compared: they say nothing about the host.
 */
function diffLock(lock, liveFacts) {
    const locked = new Map(lock.entries.map((entry) => [keyOf(entry.reference), entry]));
    const drift = [];
    const seen = new Set();
    for (const live of liveFacts) {
        const key = keyOf(live.reference);
        seen.add(key);
        const old = locked.get(key);
        const what = describe$1(live.reference);
        if (!isLockable(live))
            continue;
        if (!old) {
            drift.push({
                reference: live.reference,
                field: 'added',
                message: `${what} is not in the lock`
            });
            continue;
        }
        const push = (field, before, after, message) => {
            drift.push({ reference: live.reference, field, before, after, message });
        };
        if (availability(old) !== availability(live))
            push('availability', availability(old), availability(live), `${what} was ${availability(old)} at lock time and is ${availability(live)} now`);
        const oldLicense = licenseLabel(old.license);
        const newLicense = licenseLabel(live.license);
        if (oldLicense !== newLicense)
            push('license', oldLicense, newLicense, `the licence of ${what} changed from ${oldLicense} to ${newLicense} since the lock`);
        const oldGate = old.gated ?? 'not gated';
        const newGate = live.gated ?? 'not gated';
        if (oldGate !== newGate)
            push('gated', oldGate, newGate, `the access gate of ${what} changed from ${oldGate} to ${newGate} since the lock`);
        if ((old.canonicalId ?? '') !== (live.canonicalId ?? ''))
            push('canonicalId', old.canonicalId ?? live.reference.id, live.canonicalId ?? live.reference.id, `${what} now answers as ${live.canonicalId ?? live.reference.id}`);
        const oldBranches = (old.checkpointBranches ?? []).join('\n');
        const newBranches = (live.checkpointBranches ?? []).join('\n');
        if (old.checkpointBranches && live.checkpointBranches && oldBranches !== newBranches) {
            const before = old.checkpointBranchCount ?? old.checkpointBranches.length;
            const after = live.checkpointBranchCount ?? live.checkpointBranches.length;
            push('checkpointBranches', String(before), String(after), `the checkpoint branches of ${what} changed (${before} at lock time, ${after} now)`);
        }
        if (old.pinned && live.pinned && old.pinned !== live.pinned)
            push('pinned', old.pinned, live.pinned, `${what} moved from ${old.pinned} to ${live.pinned} since the lock`);
    }
    for (const [key, entry] of locked)
        if (!seen.has(key))
            drift.push({
                reference: entry.reference,
                field: 'removed',
                message: `${describe$1(entry.reference)} is in the lock but no longer referenced`
            });
    return drift;
}

/**
 * A local cache of remote answers for repeated runs. One JSON file per request, named by the
 * SHA-256 of the request key (the URL, which carries the revision when one is pinned, and the
 * `Accept` header). Entries older than the TTL are ignored; unreadable or malformed entries are
 * ignored too, so a damaged cache only costs a request. Writes go to a temporary file that is
 * renamed into place, so a reader never sees half an entry.
 */
const DEFAULT_CACHE_TTL_MS = 24 * 60 * 60 * 1000;
const DEFAULT_MAX_ENTRY_BYTES = 8 * 1024 * 1024;
const ENTRY_VERSION = 1;
const entrySchema = lazy(() => object({
    version: literal(ENTRY_VERSION),
    key: string(),
    url: string().max(4096),
    status: number().int().min(100).max(599),
    headers: record(string(), string().max(4096)),
    text: string(),
    storedAt: number().finite()
}));
/** The default cache directory (not created until something is stored). */
function defaultCacheDir(env = process.env) {
    const xdg = env.XDG_CACHE_HOME;
    const base = xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache');
    return join(base, 'model-openness');
}
function entryName(key) {
    return `${createHash('sha256').update(key).digest('hex')}.json`;
}
async function readCapped(path, maxBytes) {
    // Never follow a symlink planted in the cache directory.
    const info = await lstat(path).catch(() => undefined);
    if (!info || !info.isFile() || info.size > maxBytes)
        return undefined;
    const handle = await open(path, 'r').catch(() => undefined);
    if (!handle)
        return undefined;
    try {
        const buffer = Buffer.alloc(Math.min(info.size, maxBytes));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        await handle.close().catch(() => undefined);
    }
}
/** A cache of JSON files in a directory. */
function createFileCache(options = {}) {
    const dir = options.dir ?? defaultCacheDir();
    const ttlMs = options.ttlMs ?? DEFAULT_CACHE_TTL_MS;
    const maxEntryBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
    return {
        dir,
        async get(key, now) {
            const text = await readCapped(join(dir, entryName(key)), maxEntryBytes);
            if (text === undefined)
                return undefined;
            let json;
            try {
                json = JSON.parse(text);
            }
            catch {
                return undefined;
            }
            const parsed = entrySchema.safeParse(json);
            // A hash collision or a copied file must not answer for another key.
            if (!parsed.success || parsed.data.key !== key)
                return undefined;
            const entry = parsed.data;
            if (entry.storedAt > now || now - entry.storedAt >= ttlMs)
                return undefined;
            return {
                url: entry.url,
                status: entry.status,
                headers: entry.headers,
                text: entry.text,
                storedAt: entry.storedAt
            };
        },
        async set(key, value) {
            const body = JSON.stringify({ version: ENTRY_VERSION, key, ...value });
            if (Buffer.byteLength(body) > maxEntryBytes)
                return;
            const target = join(dir, entryName(key));
            const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
            try {
                await mkdir(dir, { recursive: true, mode: 0o700 });
                await writeFile(temporary, body, { mode: 0o600, flag: 'wx' });
                await rename(temporary, target);
            }
            catch {
                await unlink(temporary).catch(() => undefined);
            }
        }
    };
}

/** Shared pieces of the resolvers: their context, hostile-text helpers and fact builders. */
const DEFAULT_ENDPOINTS = {
    hub: 'https://huggingface.co',
    github: 'https://api.github.com',
    arxiv: 'https://oaipmh.arxiv.org/oai',
    zenodo: 'https://zenodo.org',
    doi: 'https://doi.org'
};
/**
 * Remote text made safe to keep as one line: line breaks and tabs become spaces, other control
 * and bidirectional-override characters are dropped, length capped. (Markdown escaping is the
 * report's job; this only keeps a value from breaking lines or reordering text.)
 */
function cleanText(value, max = 300) {
    return (value
        .replace(/[\t\n\r\u2028\u2029]+/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
        .slice(0, max));
}
/** A JSON array of which only the strings are kept, each cleaned and capped. */
function stringList(maxItems, maxLength) {
    return array(unknown()).transform((items) => items
        .filter((item) => typeof item === 'string')
        .slice(0, maxItems)
        .map((item) => cleanText(item, maxLength)));
}
/**
 * The fields of the Hub's repository info that the resolver and the Hub scan both read: the id,
 * the commit, and whether the repository is disabled or gated. Anything malformed but the id reads
 * as absent.
 */
function hubRepoFields() {
    return {
        id: string().min(1).max(300),
        sha: string()
            .regex(/^[0-9a-f]{40}$/)
            .optional()
            .catch(undefined),
        disabled: boolean().optional().catch(undefined),
        gated: union([literal(false), literal('auto'), literal('manual')])
            .optional()
            .catch(undefined)
    };
}
/** JSON text \u2192 the schema's value, or null when it is not JSON or does not fit. */
function parseJson(text, schema) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return null;
    }
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : null;
}
function trimSlash(base) {
    return base.replace(/\/+$/, '');
}
function factReference(kind, id, revision) {
    return revision === undefined ? { kind, id } : { kind, id, revision };
}
function unresolvedFact(reference, url, fetchedAt, reason, detail) {
    return { reference, url, fetchedAt, unresolved: { reason, detail: cleanText(detail, 300) } };
}
function failureFact(reference, failure, fetchedAt) {
    return unresolvedFact(reference, failure.url, fetchedAt, failure.reason, failure.detail);
}
/** ISO time of the client's clock. */
function isoNow(http) {
    return new Date(http.clock.now()).toISOString();
}
/** ISO time of an answer: when the host gave it (cached answers keep their time), else now. */
function answeredAt(http, outcome) {
    return new Date(outcome.kind === 'response' ? outcome.receivedAt : http.clock.now()).toISOString();
}

/**
 * arXiv licences from OAI-PMH (`verb=GetRecord`, `metadataPrefix=arXiv`): the `<license>` URL of
 * the record. The format is small and fixed, so it is read with bounded patterns instead of an
 * XML parser; a document type declaration is refused, entities other than XML's five predefined
 * ones and character references are never expanded.
 */
const MAX_RECORD_BYTES$1 = 1024 * 1024;
const NEW_STYLE = /^\d{4}\.\d{4,5}$/;
const OLD_STYLE = /^[a-z][a-z-]{0,30}(?:\.[A-Z]{2})?\/\d{7}$/;
const ARXIV_NONEXCLUSIVE = 'LicenseRef-arxiv-nonexclusive';
const ARXIV_ASSUMED = 'LicenseRef-arxiv-assumed-1991-2003';
/** arXiv's licence URIs (arxiv-base `LICENSES`) by host and path without scheme or trailing slash. */
const ARXIV_LICENSES = new Map(Object.entries({
    'arxiv.org/licenses/nonexclusive-distrib/1.0': {
        spdx: ARXIV_NONEXCLUSIVE,
        name: 'arXiv.org perpetual, non-exclusive license to distribute'
    },
    'arxiv.org/licenses/assumed-1991-2003': {
        spdx: ARXIV_ASSUMED,
        name: 'arXiv assumed licence (1991\u20132003): distribution by arXiv only'
    },
    'creativecommons.org/licenses/publicdomain': {
        spdx: 'CC0-1.0',
        name: 'Creative Commons Public Domain Declaration'
    },
    'creativecommons.org/publicdomain/zero/1.0': {
        spdx: 'CC0-1.0',
        name: 'Creative Commons Zero v1.0 Universal'
    }
}));
/** A bare arXiv id (`2304.01373`, `hep-th/9901001`) without its version suffix, or null. */
function arxivIdWithoutVersion(id) {
    const bare = id
        .trim()
        .replace(/^arxiv:/i, '')
        .replace(/v\d{1,3}$/, '');
    return NEW_STYLE.test(bare) || OLD_STYLE.test(bare) ? bare : null;
}
function arxivRecordUrl(ctx, id) {
    const query = `verb=GetRecord&identifier=${encodeURIComponent(`oai:arXiv.org:${id}`)}&metadataPrefix=arXiv`;
    return `${trimSlash(ctx.endpoints.arxiv)}?${query}`;
}
function decodeXmlText(text) {
    return text.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (_, entity) => {
        switch (entity) {
            case 'amp':
                return '&';
            case 'lt':
                return '<';
            case 'gt':
                return '>';
            case 'quot':
                return '"';
            case 'apos':
                return "'";
        }
        const code = entity.startsWith('#x')
            ? parseInt(entity.slice(2), 16)
            : parseInt(entity.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
}
/** A licence URI as arXiv records it \u2192 SPDX id (or `LicenseRef-arxiv-\u2026`) and name. */
function arxivLicense(uri) {
    if (uri === null)
        return {
            spdx: ARXIV_ASSUMED,
            name: ARXIV_LICENSES.get('arxiv.org/licenses/assumed-1991-2003').name
        };
    const key = uri
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/(?:legalcode|deed\.[a-z-]+)$/, '')
        .replace(/\/+$/, '');
    const known = ARXIV_LICENSES.get(key);
    if (known)
        return known;
    const cc = /^creativecommons\.org\/licenses\/(by(?:-(?:nc|nd|sa)){0,2})\/(\d\.\d)$/.exec(key);
    if (cc) {
        const normalized = normalizeLicenseId(`cc-${cc[1]}-${cc[2]}`);
        if (normalized.known && normalized.spdx)
            return { spdx: normalized.spdx, name: normalized.name };
    }
    return { spdx: null, name: cleanText(uri, 200) };
}
/** Reads the parts of an OAI-PMH answer we need, or says why it cannot. */
function readOaiRecord(xml) {
    if (/<!DOCTYPE|<!ENTITY/i.test(xml))
        return { kind: 'malformed', detail: 'the answer declares a document type (refused)' };
    if (!/<OAI-PMH[\s>]/.test(xml))
        return { kind: 'malformed', detail: 'not an OAI-PMH answer' };
    const error = /<error\s+code\s*=\s*["']([A-Za-z]{1,40})["']\s*>([^<]{0,500})<\/error>/.exec(xml);
    if (error)
        return {
            kind: 'error',
            code: error[1],
            message: cleanText(decodeXmlText(error[2]).trim(), 200)
        };
    const metadata = /<metadata>([\s\S]{0,1000000}?)<\/metadata>/.exec(xml);
    if (!/<GetRecord>/.test(xml) || !metadata)
        return { kind: 'malformed', detail: 'no GetRecord metadata in the answer' };
    const license = /<(?:[A-Za-z][\w-]{0,20}:)?license(?:\s[^>]{0,200})?>([^<]{0,2000})<\/(?:[A-Za-z][\w-]{0,20}:)?license>/.exec(metadata[1]);
    const datestamp = /<datestamp>([^<]{1,40})<\/datestamp>/.exec(xml);
    const result = {
        kind: 'record',
        license: license ? cleanText(decodeXmlText(license[1]).trim(), 500) || null : null
    };
    if (datestamp)
        result.datestamp = cleanText(datestamp[1].trim(), 40);
    return result;
}
/** Resolves the licence of one of the release's own arXiv papers. Never throws. */
async function resolveArxivPaper(ctx, id, revision) {
    const reference = factReference('arxiv', id, revision);
    const bare = arxivIdWithoutVersion(id);
    if (!bare)
        return unresolvedFact(reference, '', isoNow(ctx.http), 'malformed', 'not an arXiv identifier');
    const response = await ctx.http.get(arxivRecordUrl(ctx, bare), {
        accept: 'text/xml, application/xml',
        maxBytes: MAX_RECORD_BYTES$1
    });
    const fetchedAt = answeredAt(ctx.http, response);
    if (response.kind === 'failure')
        return failureFact(reference, response, fetchedAt);
    if (response.status !== 200)
        return unresolvedFact(reference, response.url, fetchedAt, response.status === 404 ? 'not-found' : 'http-error', `HTTP ${response.status}`);
    const record = readOaiRecord(response.text);
    if (record.kind === 'malformed')
        return unresolvedFact(reference, response.url, fetchedAt, 'malformed', record.detail);
    if (record.kind === 'error')
        return unresolvedFact(reference, response.url, fetchedAt, record.code === 'idDoesNotExist' ? 'not-found' : 'http-error', `OAI-PMH error ${record.code}: ${record.message}`);
    const license = arxivLicense(record.license);
    const fact = {
        reference,
        url: response.url,
        fetchedAt,
        license: {
            spdx: license.spdx,
            name: license.name,
            raw: record.license ?? '(no <license> element: assumed non-exclusive)',
            from: 'host'
        }
    };
    if (record.datestamp)
        fact.pinned = record.datestamp;
    return fact;
}

function abortError(signal) {
    return signal.reason ?? new Error('aborted');
}
const systemClock = {
    now: () => Date.now(),
    sleep(ms, signal) {
        return new Promise((resolve, reject) => {
            if (signal?.aborted) {
                reject(abortError(signal));
                return;
            }
            const onAbort = () => {
                clearTimeout(timer);
                reject(abortError(signal));
            };
            const timer = setTimeout(() => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
            }, Math.max(0, ms));
            signal?.addEventListener('abort', onAbort, { once: true });
        });
    },
    setTimer(ms, callback) {
        const timer = setTimeout(callback, Math.max(0, ms));
        return () => clearTimeout(timer);
    }
};

/**
 * DOIs cited for the release's data or papers. Zenodo DOIs (`10.5281/zenodo.N`) are read from
 * Zenodo's REST API (`/api/records/N`, `metadata.license.id`); other DOIs through doi.org content
 * negotiation (DataCite JSON `rightsList`, or CSL-JSON `license` from Crossref).
 */
const DOI = /^10\.\d{4,9}\/[^\s"<>]{1,200}$/;
const ZENODO_DOI = /^10\.5281\/zenodo\.(\d{1,12})$/i;
const MAX_RECORD_BYTES = 2 * 1024 * 1024;
function isDoi(id) {
    return DOI.test(id);
}
const licenseRef = lazy(() => union([string().max(200), object({ id: string().max(200) })]));
const zenodoSchema = lazy(() => object({
    id: union([number(), string().max(50)])
        .optional()
        .catch(undefined),
    revision: number().int().optional().catch(undefined),
    updated: string().max(50).optional().catch(undefined),
    metadata: object({
        license: licenseRef.nullable().optional().catch(undefined),
        access_right: string().max(50).optional().catch(undefined)
    })
}));
const rightsSchema = lazy(() => array(unknown()).transform((items) => items
    .filter((item) => !!item && typeof item === 'object')
    .slice(0, 20)
    .map((item) => ({
    rights: typeof item.rights === 'string' ? cleanText(item.rights, 200) : undefined,
    rightsUri: typeof item.rightsUri === 'string' ? cleanText(item.rightsUri, 500) : undefined,
    rightsIdentifier: typeof item.rightsIdentifier === 'string'
        ? cleanText(item.rightsIdentifier, 100)
        : undefined
}))));
const doiMetadataSchema = lazy(() => object({
    rightsList: rightsSchema.optional().catch(undefined),
    license: array(unknown())
        .transform((items) => items
        .map((item) => item && typeof item === 'object' && typeof item.URL === 'string'
        ? cleanText(item.URL, 500)
        : null)
        .filter((url) => url !== null)
        .slice(0, 20))
        .optional()
        .catch(undefined),
    version: union([string().max(50), number()])
        .optional()
        .catch(undefined)
}));
function encodeDoi(doi) {
    return doi.split('/').map(encodeURIComponent).join('/');
}
function doiUrl(ctx, doi) {
    const zenodo = ZENODO_DOI.exec(doi);
    if (zenodo)
        return `${trimSlash(ctx.endpoints.zenodo)}/api/records/${zenodo[1]}`;
    return `${trimSlash(ctx.endpoints.doi)}/${encodeDoi(doi)}`;
}
function fromIdentifier(raw) {
    const normalized = normalizeLicenseId(raw.replace(/-license$/i, ''));
    const direct = normalizeLicenseId(raw);
    const best = direct.known ? direct : normalized;
    return {
        spdx: best.known ? best.spdx : null,
        name: cleanText(best.name, 200),
        raw: cleanText(raw, 200),
        from: 'host'
    };
}
function fromUri(uri) {
    const mapped = arxivLicense(uri);
    return { spdx: mapped.spdx, name: mapped.name, raw: cleanText(uri, 300), from: 'host' };
}
async function resolveZenodo(ctx, reference, url) {
    const response = await ctx.http.get(url, { maxBytes: MAX_RECORD_BYTES });
    const fetchedAt = answeredAt(ctx.http, response);
    if (response.kind === 'failure')
        return failureFact(reference, response, fetchedAt);
    if (response.status === 404 || response.status === 410)
        return unresolvedFact(reference, response.url, fetchedAt, 'not-found', `HTTP ${response.status}: record not found`);
    if (response.status !== 200)
        return unresolvedFact(reference, response.url, fetchedAt, 'http-error', `HTTP ${response.status}`);
    const record = parseJson(response.text, zenodoSchema);
    if (!record)
        return unresolvedFact(reference, response.url, fetchedAt, 'malformed', 'Zenodo answered with JSON of an unexpected shape');
    const fact = { reference, url: response.url, fetchedAt };
    const pinned = record.revision !== undefined ? `revision ${record.revision}` : record.updated;
    if (pinned)
        fact.pinned = cleanText(pinned, 60);
    const license = record.metadata.license;
    const id = typeof license === 'string' ? license : license?.id;
    if (id)
        fact.license = fromIdentifier(id);
    else if (record.metadata.access_right && record.metadata.access_right !== 'open')
        fact.license = {
            spdx: null,
            name: `Zenodo access: ${cleanText(record.metadata.access_right, 40)}`,
            raw: cleanText(record.metadata.access_right, 40),
            from: 'host'
        };
    return fact;
}
/** Resolves a DOI's licence (Zenodo records directly, others via doi.org). Never throws. */
async function resolveDoi(ctx, id, revision) {
    const reference = factReference('doi', id, revision);
    const doi = id.trim().replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '');
    if (!isDoi(doi))
        return unresolvedFact(reference, '', isoNow(ctx.http), 'malformed', 'not a DOI');
    const url = doiUrl(ctx, doi);
    if (ZENODO_DOI.test(doi))
        return resolveZenodo(ctx, reference, url);
    const response = await ctx.http.get(url, {
        accept: 'application/vnd.datacite.datacite+json, application/vnd.citationstyles.csl+json;q=0.9',
        maxBytes: MAX_RECORD_BYTES
    });
    const fetchedAt = answeredAt(ctx.http, response);
    if (response.kind === 'failure')
        return failureFact(reference, response, fetchedAt);
    if (response.status === 404)
        return unresolvedFact(reference, response.url, fetchedAt, 'not-found', 'HTTP 404: DOI not found');
    if (response.status === 406)
        return unresolvedFact(reference, response.url, fetchedAt, 'unsupported', 'the registrar offers no machine-readable metadata');
    if (response.status !== 200)
        return unresolvedFact(reference, response.url, fetchedAt, 'http-error', `HTTP ${response.status}`);
    const metadata = parseJson(response.text, doiMetadataSchema);
    if (!metadata)
        return unresolvedFact(reference, response.url, fetchedAt, 'malformed', 'the DOI metadata is not JSON of the expected shape');
    const fact = { reference, url: response.url, fetchedAt };
    const etag = response.headers['etag'];
    if (metadata.version !== undefined)
        fact.pinned = cleanText(String(metadata.version), 60);
    else if (etag)
        fact.pinned = cleanText(etag, 100);
    const rights = metadata.rightsList?.[0];
    if (rights?.rightsIdentifier)
        fact.license = fromIdentifier(rights.rightsIdentifier);
    else if (rights?.rightsUri)
        fact.license = fromUri(rights.rightsUri);
    else if (metadata.license?.[0])
        fact.license = fromUri(metadata.license[0]);
    else if (rights?.rights)
        fact.license = { ...fromIdentifier(rights.rights), raw: rights.rights };
    return fact;
}

/**
 * GitHub repository licences through REST: `GET /repos/{o}/{r}/license[?ref=\u2026]`. GitHub detects
 * the licence with Licensee; when it cannot (`NOASSERTION`), the file's text (base64 `content`)
 * is identified here. A 404 means a missing repository or one without a licence file; one more
 * call (`GET /repos/{o}/{r}`) tells the two apart.
 */
const GITHUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const MAX_LICENSE_BYTES$1 = 512 * 1024;
const MAX_CONTENT_CHARS = 400_000;
function isGitHubRepoId(id) {
    return GITHUB_NAME.test(id) && !id.endsWith('/.') && !id.endsWith('/..');
}
const licenseSchema = lazy(() => object({
    sha: string().max(100).optional().catch(undefined),
    path: string().max(500).optional().catch(undefined),
    content: string().max(MAX_CONTENT_CHARS).optional().catch(undefined),
    encoding: string().max(20).optional().catch(undefined),
    license: object({
        key: string().max(100).nullable().optional().catch(undefined),
        name: string().max(200).nullable().optional().catch(undefined),
        spdx_id: string().max(100).nullable().optional().catch(undefined)
    })
        .nullable()
        .optional()
        .catch(undefined)
}));
const GITHUB_HEADERS_ACCEPT = 'application/vnd.github+json';
/** The REST URL for a repository's licence (what offline mode and the lock report). */
function githubLicenseUrl(ctx, id, ref) {
    const [owner, name] = id.split('/');
    const url = `${trimSlash(ctx.endpoints.github)}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/license`;
    return ref ? `${url}?ref=${encodeURIComponent(ref)}` : url;
}
function decodeContent(content, encoding) {
    if (!content || (encoding && encoding !== 'base64'))
        return null;
    const compact = content.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
        return null;
    return Buffer.from(compact, 'base64').toString('utf8');
}
function errorFact$1(reference, response, fetchedAt) {
    if (response.status === 401)
        return unresolvedFact(reference, response.url, fetchedAt, 'http-error', 'HTTP 401: the GitHub token was refused');
    if (response.status === 403)
        return unresolvedFact(reference, response.url, fetchedAt, 'http-error', 'HTTP 403: access refused');
    return unresolvedFact(reference, response.url, fetchedAt, 'http-error', `HTTP ${response.status}`);
}
/** Resolves a GitHub repository's licence, at `ref` when one is pinned. Never throws. */
async function resolveGitHubRepo(ctx, kind, id, ref) {
    const reference = factReference(kind, id, ref);
    if (!isGitHubRepoId(id))
        return unresolvedFact(reference, '', isoNow(ctx.http), 'unsupported', 'not a GitHub owner/name');
    const url = githubLicenseUrl(ctx, id, ref);
    const response = await ctx.http.get(url, {
        accept: GITHUB_HEADERS_ACCEPT,
        maxBytes: MAX_LICENSE_BYTES$1
    });
    const fetchedAt = answeredAt(ctx.http, response);
    if (response.kind === 'failure')
        return failureFact(reference, response, fetchedAt);
    if (response.status === 404) {
        const [owner, name] = id.split('/');
        const repoUrl = `${trimSlash(ctx.endpoints.github)}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
        const repo = await ctx.http.get(repoUrl, { accept: GITHUB_HEADERS_ACCEPT });
        if (repo.kind === 'response' && repo.status === 200) {
            // The repository exists and GitHub sees no licence file: resolved, without a licence.
            const fact = { reference, url: response.url, fetchedAt };
            if (ref)
                fact.pinned = ref;
            return fact;
        }
        return unresolvedFact(reference, response.url, fetchedAt, 'not-found', 'HTTP 404: repository not found or private');
    }
    if (response.status !== 200)
        return errorFact$1(reference, response, fetchedAt);
    const answer = parseJson(response.text, licenseSchema);
    if (!answer)
        return unresolvedFact(reference, response.url, fetchedAt, 'malformed', 'GitHub answered with JSON of an unexpected shape');
    const fact = { reference, url: response.url, fetchedAt };
    const pinned = ref ?? answer.sha ?? response.headers['etag'];
    if (pinned)
        fact.pinned = cleanText(pinned, 100);
    const spdxId = answer.license?.spdx_id ?? null;
    const path = cleanText(answer.path ?? 'LICENSE', 200);
    if (spdxId && spdxId !== 'NOASSERTION') {
        const normalized = normalizeLicenseId(spdxId);
        fact.license = {
            spdx: normalized.known ? normalized.spdx : null,
            name: cleanText(answer.license?.name ?? normalized.name, 200),
            raw: cleanText(spdxId, 100),
            from: 'host'
        };
        return fact;
    }
    // NOASSERTION: GitHub saw a licence file it could not name; read the text ourselves.
    const text = decodeContent(answer.content, answer.encoding);
    const identified = text === null ? null : identifyLicenseText(text);
    fact.license = identified?.spdx
        ? {
            spdx: identified.spdx,
            name: cleanText(identified.name, 200),
            raw: `${path} (GitHub: NOASSERTION)`,
            from: 'license-file'
        }
        : {
            spdx: null,
            name: 'Licence file not recognised',
            raw: `${path} (GitHub: NOASSERTION)`,
            from: 'license-file'
        };
    return fact;
}

const DEFAULT_USER_AGENT = `model-openness/${VERSION} (openness resolver)`;
const DEFAULT_BUDGET_MS = 120_000;
const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;
const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
const MAX_HEADERS = 100;
const MAX_HEADER_VALUE = 2000;
const MAX_URL = 4096;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUSES = new Set([408, 500, 502, 503, 504]);
/** `RateLimit: "api";r=0;t=55` (draft-ietf-httpapi-ratelimit-headers-09), as the Hub sends it. */
function parseRateLimit(value) {
    if (!value)
        return null;
    const match = /"(\w+)"\s*;\s*r\s*=\s*(\d{1,9})\s*;\s*t\s*=\s*(\d{1,9})/.exec(value.slice(0, 500));
    return match ? { remaining: Number(match[2]), resetSeconds: Number(match[3]) } : null;
}
/** `Retry-After` as delay seconds or an HTTP date \u2192 ms to wait from `now`, or null. */
function parseRetryAfter(value, now) {
    if (!value)
        return null;
    const text = value.trim().slice(0, 100);
    if (/^\d{1,9}$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isFinite(date) ? Math.max(0, date - now) : null;
}
/** How long the server asks us to wait before the next request, or null when it does not say. */
function requestedWaitMs(headers, now) {
    const retryAfter = parseRetryAfter(headers['retry-after'], now);
    if (retryAfter !== null)
        return retryAfter;
    const rate = parseRateLimit(headers['ratelimit']);
    if (rate && rate.remaining === 0)
        return (rate.resetSeconds + 1) * 1000;
    // GitHub's primary limit: remaining 0 and the reset as epoch seconds.
    if (headers['x-ratelimit-remaining'] === '0' &&
        /^\d{1,12}$/.test(headers['x-ratelimit-reset'] ?? ''))
        return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now);
    return null;
}
class Gate {
    concurrency;
    minIntervalMs;
    active = 0;
    nextStart = 0;
    blockedUntil = 0;
    /** Set when the host asked for a longer wait than a run gives it: until when, and its answer. */
    refusal = null;
    waiting = [];
    constructor(concurrency, minIntervalMs) {
        this.concurrency = concurrency;
        this.minIntervalMs = minIntervalMs;
    }
    async enter() {
        if (this.active < this.concurrency) {
            this.active++;
            return;
        }
        await new Promise((resolve) => this.waiting.push(resolve));
    }
    leave() {
        const next = this.waiting.shift();
        if (next)
            next();
        else
            this.active--;
    }
}
function startsWithBase(url, base) {
    if (url.origin !== base.origin)
        return false;
    const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    return basePath === '/' || url.pathname === base.pathname || url.pathname.startsWith(basePath);
}
function headerRecord(headers) {
    const record = {};
    let count = 0;
    headers.forEach((value, name) => {
        if (count++ < MAX_HEADERS)
            record[name.toLowerCase()] = value.slice(0, MAX_HEADER_VALUE);
    });
    return record;
}
/** Headers the resolvers read; nothing else (cookies and the like) is written to the cache. */
const CACHED_HEADERS = [
    'content-type',
    'etag',
    'x-repo-commit',
    'x-error-code',
    'x-error-message',
    'link'
];
function cachedHeaders(headers) {
    const kept = {};
    for (const name of CACHED_HEADERS)
        if (name in headers)
            kept[name] = headers[name];
    return kept;
}
/**
 * A field of a thrown value, read without `instanceof`: errors from another realm (a VM context,
 * a test runner's sandbox) are not instances of this realm's Error.
 */
function fieldOf(value, name) {
    return typeof value === 'object' && value !== null
        ? value[name]
        : undefined;
}
/** The system or undici error code under a failed fetch (`fetch failed` wraps it as the cause). */
function networkErrorCode(error) {
    const cause = fieldOf(error, 'cause');
    const code = fieldOf(cause, 'code');
    if (typeof code === 'string')
        return code;
    // Node tries each address of a host in turn and reports the failures together.
    const errors = fieldOf(cause, 'errors');
    const first = Array.isArray(errors) ? fieldOf(errors[0], 'code') : undefined;
    return typeof first === 'string' ? first : undefined;
}
/**
 * Codes that say the host could not be reached at all, whatever was asked of it: its name does
 * not resolve, nothing listens, no route, or no connection within undici's connect timeout.
 */
const HOST_UNREACHABLE = new Set([
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ETIMEDOUT',
    'UND_ERR_CONNECT_TIMEOUT'
]);
/** A certificate the runtime does not trust: asking again gets the same certificate. */
const CERTIFICATE_ERROR = /^(CERT_|UNABLE_TO_(GET|VERIFY)_|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_)/;
/**
 * What a failed fetch says about its host. A host that cannot be reached, or whose certificate
 * is refused, fails every other request of the run the same way, so it is asked only once.
 */
function describeNetworkFailure(error) {
    const code = networkErrorCode(error);
    if (code !== undefined && CERTIFICATE_ERROR.test(code))
        return { retryable: false, hostUnreachable: true };
    return { retryable: true, hostUnreachable: code !== undefined && HOST_UNREACHABLE.has(code) };
}
/** The message of the error under a failed fetch (`getaddrinfo ENOTFOUND host`), or ''. */
function causeText(error) {
    const message = fieldOf(fieldOf(error, 'cause'), 'message');
    return typeof message === 'string' ? message.slice(0, 200) : '';
}
function errorText(error) {
    const cause = causeText(error);
    const ownMessage = fieldOf(error, 'message');
    const message = typeof ownMessage === 'string' ? ownMessage : String(error);
    return (cause ? `${message} (${cause})` : message).slice(0, 200);
}
/** One client per resolution run: it owns the deadline, the gates and the cache. */
class HttpClient {
    clock;
    deadline;
    options;
    credentials;
    scopes;
    gates = new Map();
    /** Origins that could not be reached in this run, with why; they are not asked again. */
    unreachable = new Map();
    /** Origins one request is retrying after it could not reach them; settled when it is done. */
    probes = new Map();
    cache;
    /** Requests actually sent (not served from the cache). */
    requestCount = 0;
    /** Body bytes read from the network (what a byte cap is checked against). */
    bytesReceived = 0;
    constructor(options = {}) {
        this.clock = options.clock ?? systemClock;
        this.deadline = this.clock.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
        this.options = {
            timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
            maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
            maxRetryWaitMs: options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS,
            maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
            defaultConcurrency: options.defaultConcurrency ?? 4,
            userAgent: options.userAgent ?? DEFAULT_USER_AGENT
        };
        this.credentials = [];
        for (const credential of options.credentials ?? []) {
            const base = safeUrl(credential.base);
            if (base && credential.authorization)
                this.credentials.push({ base, authorization: credential.authorization });
        }
        this.scopes = [];
        for (const policy of options.scopes ?? []) {
            const base = safeUrl(policy.base);
            if (base)
                this.scopes.push({ base, policy });
        }
        // Longest base first, so a narrower scope wins.
        this.scopes.sort((a, b) => b.base.href.length - a.base.href.length);
        this.cache = options.cache;
    }
    /** Milliseconds left of the overall budget. */
    remainingMs() {
        return this.deadline - this.clock.now();
    }
    /** GET with every rule above. Never throws. */
    async get(url, request = {}) {
        const first = safeUrl(url);
        if (!first)
            return {
                kind: 'failure',
                reason: 'malformed',
                detail: 'not an http(s) URL',
                url: url.slice(0, MAX_URL)
            };
        const accept = request.accept ?? 'application/json';
        const cacheKey = `${accept}\n${first.href}`;
        const cacheable = request.cache !== false && !request.range && !request.binary;
        if (this.cache && cacheable) {
            const hit = await this.cache.get(cacheKey, this.clock.now()).catch(() => undefined);
            if (hit)
                return {
                    kind: 'response',
                    status: hit.status,
                    url: hit.url,
                    headers: hit.headers,
                    text: hit.text,
                    truncated: false,
                    redirected: hit.url !== first.href,
                    fromCache: true,
                    receivedAt: hit.storedAt
                };
        }
        let current = first;
        let crossedOrigin = false;
        for (let redirects = 0;; redirects++) {
            const authorization = crossedOrigin ? undefined : this.authorizationFor(current);
            const attempt = await this.withRetries(current, accept, authorization, request);
            if (attempt.kind === 'failure')
                return {
                    kind: 'failure',
                    reason: attempt.reason,
                    detail: attempt.detail,
                    url: current.href
                };
            const location = attempt.headers['location'];
            if (REDIRECTS.has(attempt.status) && location) {
                if (redirects >= this.options.maxRedirects)
                    return {
                        kind: 'failure',
                        reason: 'http-error',
                        detail: `more than ${this.options.maxRedirects} redirects`,
                        url: current.href,
                        status: attempt.status
                    };
                const next = safeUrl(location, current);
                if (!next)
                    return {
                        kind: 'failure',
                        reason: 'malformed',
                        detail: 'redirect to a URL that is not http(s)',
                        url: current.href,
                        status: attempt.status
                    };
                if (next.origin !== first.origin)
                    crossedOrigin = true;
                current = next;
                continue;
            }
            const response = {
                kind: 'response',
                status: attempt.status,
                url: current.href,
                headers: attempt.headers,
                text: attempt.text,
                truncated: attempt.truncated,
                redirected: redirects > 0,
                fromCache: false,
                receivedAt: this.clock.now()
            };
            if (attempt.bytes)
                response.bytes = attempt.bytes;
            if (this.cache &&
                cacheable &&
                attempt.status >= 200 &&
                attempt.status < 300 &&
                !attempt.truncated)
                await this.cache
                    .set(cacheKey, {
                    url: current.href,
                    status: attempt.status,
                    headers: cachedHeaders(attempt.headers),
                    text: attempt.text,
                    storedAt: this.clock.now()
                })
                    .catch(() => undefined);
            return response;
        }
    }
    authorizationFor(url) {
        let best;
        for (const credential of this.credentials)
            if (startsWithBase(url, credential.base) &&
                (!best || credential.base.href.length > best.base.href.length))
                best = credential;
        return best?.authorization;
    }
    /**
     * The host a URL's requests are limited as: its scope (longest base first), else its origin;
     * '' for a URL that is not http(s). Each has its own gate; callers group work by it too.
     */
    hostKey(url) {
        const parsed = safeUrl(url);
        return parsed ? this.scopeOf(parsed).key : '';
    }
    scopeOf(url) {
        const scope = this.scopes.find((s) => startsWithBase(url, s.base));
        return scope
            ? { key: `scope:${scope.base.href}`, policy: scope.policy }
            : { key: `origin:${url.origin}` };
    }
    gateFor(url) {
        const { key, policy } = this.scopeOf(url);
        let gate = this.gates.get(key);
        if (!gate) {
            gate = new Gate(Math.max(1, policy?.concurrency ?? this.options.defaultConcurrency), Math.max(0, policy?.minIntervalMs ?? 0));
            this.gates.set(key, gate);
        }
        return gate;
    }
    async withRetries(url, accept, authorization, request) {
        const gate = this.gateFor(url);
        const origin = url.origin;
        // Set while this request is the one finding out whether its host can be reached.
        let endProbe;
        try {
            for (let attempt = 0;; attempt++) {
                // Another request is retrying a host it could not reach: its verdict decides this one.
                const probe = endProbe ? undefined : this.probes.get(origin);
                if (probe)
                    await probe;
                const result = await this.once(gate, url, accept, authorization, request, endProbe !== undefined);
                if (result.kind === 'deferred') {
                    // Not asked, so not counted as an attempt: the next turn waits for the probing request.
                    attempt--;
                    continue;
                }
                if (result.kind === 'failure') {
                    if (!result.retryable || attempt >= this.options.maxRetries) {
                        // Retried and still unreachable: the rest of the run does not wait for it again.
                        if (result.unreachable !== undefined && !this.unreachable.has(origin))
                            this.unreachable.set(origin, { reason: result.reason, cause: result.unreachable });
                        return result;
                    }
                    if (result.unreachable !== undefined && !endProbe) {
                        // Requests in flight at once all fail; one retries, the others wait for it.
                        if (this.probes.has(origin))
                            continue;
                        this.probes.set(origin, new Promise((resolve) => (endProbe = resolve)));
                    }
                    const waited = await this.pause(this.backoffMs(attempt));
                    if (waited)
                        return waited;
                    continue;
                }
                const now = this.clock.now();
                const rate = parseRateLimit(result.headers['ratelimit']);
                if (rate && rate.remaining === 0)
                    gate.blockedUntil = Math.max(gate.blockedUntil, now + (rate.resetSeconds + 1) * 1000);
                // GitHub signals its primary limit with 403 and remaining 0, its secondary limit with 403
                // and Retry-After.
                const limited = result.status === 429 ||
                    (result.status === 403 &&
                        (result.headers['x-ratelimit-remaining'] === '0' || 'retry-after' in result.headers));
                if (limited) {
                    const wait = requestedWaitMs(result.headers, now) ?? this.backoffMs(attempt);
                    if (attempt >= this.options.maxRetries)
                        return {
                            kind: 'failure',
                            reason: 'rate-limited',
                            detail: `HTTP ${result.status} after ${attempt + 1} attempts`,
                            retryable: false
                        };
                    // Whether this request waits or gives up, the host's other requests wait as long.
                    gate.blockedUntil = Math.max(gate.blockedUntil, now + wait);
                    if (wait > this.options.maxRetryWaitMs) {
                        const detail = `HTTP ${result.status}; the host asks to wait ${Math.ceil(wait / 1000)} s`;
                        // Asking again before then would only be refused (and GitHub may block a client
                        // that keeps asking): the run's other requests to the host are not sent.
                        gate.refusal = { until: now + wait, detail };
                        return { kind: 'failure', reason: 'rate-limited', detail, retryable: false };
                    }
                    if (now + wait >= this.deadline)
                        return {
                            kind: 'failure',
                            reason: 'budget',
                            detail: `rate-limited; waiting ${Math.ceil(wait / 1000)} s would exceed the resolution budget`,
                            retryable: false
                        };
                    continue;
                }
                if (RETRY_STATUSES.has(result.status)) {
                    if (attempt >= this.options.maxRetries)
                        return {
                            kind: 'failure',
                            reason: 'http-error',
                            detail: `HTTP ${result.status} after ${attempt + 1} attempts`,
                            retryable: false
                        };
                    const wait = requestedWaitMs(result.headers, now) ?? this.backoffMs(attempt);
                    const waited = await this.pause(Math.min(wait, this.options.maxRetryWaitMs));
                    if (waited)
                        return waited;
                    continue;
                }
                return result;
            }
        }
        finally {
            if (endProbe) {
                this.probes.delete(origin);
                endProbe();
            }
        }
    }
    backoffMs(attempt) {
        return Math.min(1000 * 2 ** attempt, 8000);
    }
    /** Sleeps `ms`, or reports `budget` when that would pass the deadline. */
    async pause(ms) {
        if (this.clock.now() + ms >= this.deadline)
            return {
                kind: 'failure',
                reason: 'budget',
                detail: 'the resolution budget ran out while retrying',
                retryable: false
            };
        await this.clock.sleep(ms);
        return null;
    }
    /**
     * Whether a request may go to its host now: not while the host's answer to an earlier request
     * of the run asks for a longer wait than the run gives it, not when the host could not be
     * reached earlier in the run, nor, unless `probing`, while another request is retrying it
     * (`deferred`: the gate is left for that request, and this one waits for its verdict).
     */
    beforeAsking(gate, url, probing) {
        const refusal = gate.refusal;
        if (refusal && refusal.until > this.clock.now())
            return {
                kind: 'failure',
                reason: 'rate-limited',
                detail: `not asked: ${url.host} asked earlier in this run to wait (${refusal.detail})`,
                retryable: false
            };
        const known = this.unreachable.get(url.origin);
        if (known)
            return {
                kind: 'failure',
                reason: known.reason,
                // The first failure, which the report lists too, says it in full; here only its cause.
                detail: `not asked: ${url.host} could not be reached earlier in this run (${known.cause})`,
                retryable: false
            };
        return !probing && this.probes.has(url.origin) ? { kind: 'deferred' } : null;
    }
    async once(gate, url, accept, authorization, request, probing) {
        await gate.enter();
        try {
            // Asked after the gate and again after the host's spacing: a request queued behind one
            // that could not reach the host neither waits its turn nor asks.
            const early = this.beforeAsking(gate, url, probing);
            if (early)
                return early;
            const start = Math.max(gate.nextStart, gate.blockedUntil);
            const wait = start - this.clock.now();
            if (wait > 0) {
                if (this.clock.now() + wait >= this.deadline)
                    return {
                        kind: 'failure',
                        reason: 'budget',
                        detail: 'the resolution budget ran out while waiting for the host',
                        retryable: false
                    };
                await this.clock.sleep(wait);
                const late = this.beforeAsking(gate, url, probing);
                if (late)
                    return late;
            }
            const remaining = this.remainingMs();
            if (remaining <= 0)
                return {
                    kind: 'failure',
                    reason: 'budget',
                    detail: 'the resolution budget ran out',
                    retryable: false
                };
            gate.nextStart = this.clock.now() + gate.minIntervalMs;
            const limitedByBudget = remaining < this.options.timeoutMs;
            const timeout = Math.min(this.options.timeoutMs, remaining);
            const controller = new AbortController();
            const cancelTimer = this.clock.setTimer(timeout, () => controller.abort());
            const headers = { accept, 'user-agent': this.options.userAgent };
            if (authorization)
                headers.authorization = authorization;
            if (request.range)
                headers.range = `bytes=${request.range.start}-${request.range.end}`;
            try {
                this.requestCount++;
                const response = await fetch(url, {
                    method: 'GET',
                    headers,
                    redirect: 'manual',
                    signal: controller.signal
                });
                const record = headerRecord(response.headers);
                const body = await readBody(response, request.maxBytes ?? this.options.maxBytes, request.oversize ?? 'fail', request.binary === true, (n) => (this.bytesReceived += n));
                if (body === 'too-large')
                    return {
                        kind: 'failure',
                        reason: 'malformed',
                        detail: `the answer is larger than ${request.maxBytes ?? this.options.maxBytes} bytes`,
                        retryable: false
                    };
                return {
                    kind: 'response',
                    status: response.status,
                    headers: record,
                    text: body.text,
                    ...(body.bytes ? { bytes: body.bytes } : {}),
                    truncated: body.truncated
                };
            }
            catch (error) {
                if (controller.signal.aborted)
                    return limitedByBudget
                        ? {
                            kind: 'failure',
                            reason: 'budget',
                            detail: 'the resolution budget ran out during the request',
                            retryable: false
                        }
                        : {
                            kind: 'failure',
                            reason: 'timed-out',
                            detail: `no answer within ${Math.round(timeout / 1000)} s`,
                            retryable: false
                        };
                const { retryable, hostUnreachable } = describeNetworkFailure(error);
                const detail = errorText(error);
                return {
                    kind: 'failure',
                    reason: 'http-error',
                    detail,
                    retryable,
                    ...(hostUnreachable ? { unreachable: causeText(error) || detail } : {})
                };
            }
            finally {
                cancelTimer();
            }
        }
        finally {
            gate.leave();
        }
    }
}
function safeUrl(text, base) {
    if (typeof text !== 'string' || text.length > MAX_URL)
        return null;
    try {
        const url = new URL(text, base);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return null;
        if (url.username || url.password)
            return null;
        return url;
    }
    catch {
        return null;
    }
}
async function readBody(response, maxBytes, oversize, binary, received) {
    const declared = Number(response.headers.get('content-length'));
    if (oversize === 'fail' && Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return 'too-large';
    }
    if (!response.body)
        return binary
            ? { text: '', bytes: new Uint8Array(0), truncated: false }
            : { text: '', truncated: false };
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    let truncated = false;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        received(value.byteLength);
        if (total + value.byteLength > maxBytes) {
            if (oversize === 'fail') {
                await reader.cancel().catch(() => undefined);
                return 'too-large';
            }
            chunks.push(value.subarray(0, maxBytes - total));
            total = maxBytes;
            truncated = true;
            await reader.cancel().catch(() => undefined);
            break;
        }
        chunks.push(value);
        total += value.byteLength;
    }
    const joined = Buffer.concat(chunks, total);
    if (binary)
        return { text: '', bytes: new Uint8Array(joined.buffer, joined.byteOffset, total), truncated };
    const text = new TextDecoder('utf-8', { fatal: false }).decode(joined);
    return { text, truncated };
}

/**
 * Hugging Face Hub models and datasets: `/api/{models|datasets}/{id}[/revision/{rev}]`, the
 * model's `/refs` for checkpoint branches, and the card and LICENSE through `/resolve/`. The
 * Hub's licence ids are not SPDX; they go through the project's normalizer, and `other` is settled
 * from `license_name` or the LICENSE file's text.
 */
const MAX_FILES = 1000;
const MAX_CHECKPOINTS = 1000;
const MAX_CARD_BYTES = 512 * 1024;
const MAX_LICENSE_BYTES = 256 * 1024;
const MAX_SECTIONS = 100;
/** `org/name` or a legacy name without an org; the Hub's own character set. */
const HUB_ID = /^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
/**
 * Checkpoint branch names: `step1000` (Pythia), `stage1-step140000-tokens294B` (OLMo), `ckpt_000`
 * (LLM360), `global_step500`, `checkpoint-500`, `iter_0001000` (Megatron).
 */
const CHECKPOINT_BRANCH = /(^|[-_])(step|ckpt|checkpoint|iter)[-_]?\d+/i;
function isHubId(id) {
    return HUB_ID.test(id) && !id.includes('..') && !id.includes('--');
}
const licenseValue = lazy(() => union([string(), array(unknown())])
    .transform((value) => (typeof value === 'string'
    ? [value]
    : value.filter((v) => typeof v === 'string'))
    .slice(0, 20)
    .map((v) => cleanText(v, 200))));
/** The string `key` of each item that is an object and has one, in order; other items are dropped. */
function stringsAt(items, key) {
    const out = [];
    for (const item of items) {
        const value = item && typeof item === 'object' ? item[key] : null;
        if (typeof value === 'string')
            out.push(value);
    }
    return out;
}
const cardDataSchema = lazy(() => object({
    license: licenseValue.optional().catch(undefined),
    license_name: string().max(500).optional().catch(undefined),
    license_link: string().max(2000).optional().catch(undefined)
}));
const repoInfoSchema = lazy(() => object({
    ...hubRepoFields(),
    tags: stringList(2000, 300).optional().catch(undefined),
    cardData: cardDataSchema.nullable().optional().catch(undefined),
    siblings: array(unknown())
        .transform((items) => stringsAt(items, 'rfilename').map((name) => cleanText(name, 500)))
        .optional()
        .catch(undefined),
    safetensors: object({ total: number().int().nonnegative().max(1e16) })
        .nullable()
        .optional()
        .catch(undefined),
    config: object({ architectures: stringList(20, 200).optional().catch(undefined) })
        .nullable()
        .optional()
        .catch(undefined)
}));
const refsSchema = lazy(() => object({
    branches: array(unknown())
        .transform((items) => stringsAt(items, 'name')
        .filter((name) => name.length <= 200)
        .map((name) => cleanText(name, 200)))
        .catch([])
}));
function apiBase(ctx, type) {
    return `${trimSlash(ctx.endpoints.hub)}/api/${type}s`;
}
function encodeId(id) {
    return id.split('/').map(encodeURIComponent).join('/');
}
/** The API URL for a repository (what offline mode and the lock report). */
function hubApiUrl(ctx, type, id, revision) {
    const base = `${trimSlash(ctx.endpoints.hub)}/api/${type}s/${encodeId(id)}`;
    return revision ? `${base}/revision/${encodeURIComponent(revision)}` : base;
}
function fileUrl(ctx, type, id, revision, path) {
    const prefix = type === 'dataset' ? 'datasets/' : '';
    const encodedPath = path.split('/').map(encodeURIComponent).join('/');
    return `${trimSlash(ctx.endpoints.hub)}/${prefix}${encodeId(id)}/resolve/${encodeURIComponent(revision)}/${encodedPath}`;
}
/** The repository id in an API URL the Hub redirected to (`/api/models/{id}[/revision/\u2026]`). */
function idFromApiUrl(ctx, type, url) {
    const base = `${apiBase(ctx, type)}/`;
    if (!url.startsWith(base))
        return null;
    const rest = url.slice(base.length).split('?')[0].split('/revision/')[0];
    try {
        const id = rest.split('/').map(decodeURIComponent).join('/');
        return isHubId(id) ? id : null;
    }
    catch {
        return null;
    }
}
/** Why an error answer means the repository cannot be read. */
function errorFact(reference, response, fetchedAt) {
    const code = response.headers['x-error-code'] ?? '';
    const message = cleanText(response.headers['x-error-message'] ?? '', 200);
    const status = response.status;
    const say = (reason, detail) => unresolvedFact(reference, response.url, fetchedAt, reason, detail);
    if (code === 'GatedRepo')
        return say('gated', `HTTP ${status}: access is gated${message ? ` (${message})` : ''}`);
    if (status === 403 && /disabled/i.test(message))
        return say('disabled', `HTTP 403: ${message}`);
    if (code === 'RevisionNotFound')
        return say('not-found', `HTTP ${status}: revision not found`);
    if (status === 401 && /invalid credentials/i.test(message))
        return say('http-error', 'HTTP 401: the Hub token was refused');
    // The Hub answers 401 for missing and private repositories alike.
    if (status === 401 || status === 404 || status === 410 || code === 'RepoNotFound')
        return say('not-found', `HTTP ${status}: repository not found or private${code ? ` (${cleanText(code, 50)})` : ''}`);
    return say('http-error', `HTTP ${status}${message ? `: ${message}` : ''}`);
}
function normalizeAll(values) {
    const normalized = values.map((value) => normalizeLicenseId(value));
    if (normalized.length === 1)
        return normalized[0];
    const known = normalized.length > 0 && normalized.every((n) => n.known && n.spdx);
    return {
        spdx: known ? normalized.map((n) => n.spdx).join(' AND ') : null,
        name: normalized
            .map((n) => n.name)
            .join('; ')
            .slice(0, 300),
        known
    };
}
/** The declared licence from card metadata or tags (`other` settled from `license_name` when it names one). */
function declaredLicense(info) {
    const card = info.cardData ?? undefined;
    const fromCard = card?.license ?? [];
    const fromTags = (info.tags ?? [])
        .filter((tag) => tag.startsWith('license:'))
        .map((tag) => tag.slice('license:'.length));
    const values = fromCard.length > 0 ? fromCard : fromTags;
    if (values.length === 0)
        return undefined;
    const from = fromCard.length > 0 ? 'card-data' : 'tag';
    const raw = values.join(', ');
    const placeholder = values.every((v) => v.trim().toLowerCase() === 'other');
    if (placeholder && card?.license_name) {
        const named = normalizeLicenseId(card.license_name);
        const link = card.license_link ? ` (license_link: ${cleanText(card.license_link, 200)})` : '';
        return {
            spdx: named.known ? named.spdx : null,
            name: cleanText(named.name, 200),
            raw: cleanText(`${raw}; license_name: ${card.license_name}${link}`, 500),
            from
        };
    }
    const normalized = normalizeAll(values);
    return {
        spdx: normalized.known ? normalized.spdx : null,
        name: cleanText(normalized.name, 300),
        raw,
        from
    };
}
/** The LICENSE file to read when metadata does not settle the licence. */
function licenseFilePath(info) {
    const files = new Set(info.siblings ?? []);
    const link = info.cardData?.license_link;
    if (link && !/^[a-z]+:/i.test(link)) {
        const path = link.replace(/^\.?\//, '');
        if (files.has(path))
            return path;
    }
    for (const candidate of [
        'LICENSE',
        'LICENSE.md',
        'LICENSE.txt',
        'LICENCE',
        'license',
        'LICENSE.MD'
    ])
        if (files.has(candidate))
            return candidate;
    return null;
}
async function readCard(ctx, type, id, revision) {
    const response = await ctx.http.get(fileUrl(ctx, type, id, revision, 'README.md'), {
        accept: 'text/plain, text/markdown, */*',
        maxBytes: MAX_CARD_BYTES,
        oversize: 'truncate'
    });
    if (response.kind !== 'response' || response.status !== 200)
        return undefined;
    const front = splitFrontMatter(response.text);
    const headings = sections(front.body, front.bodyStartLine)
        .slice(0, MAX_SECTIONS)
        .map((section) => cleanText(section.title, 200));
    const data = front.data ?? {};
    const license = data.license;
    const cardLicense = typeof license === 'string'
        ? cleanText(license, 200)
        : Array.isArray(license)
            ? cleanText(license.filter((v) => typeof v === 'string').join(', '), 200)
            : undefined;
    const card = {
        sections: headings,
        words: substantiveWords(front.body)
    };
    if (cardLicense)
        card.license = cardLicense;
    return card;
}
async function readLicenseFile(ctx, type, id, revision, path) {
    const response = await ctx.http.get(fileUrl(ctx, type, id, revision, path), {
        accept: 'text/plain, */*',
        maxBytes: MAX_LICENSE_BYTES,
        oversize: 'truncate'
    });
    if (response.kind !== 'response' || response.status !== 200)
        return undefined;
    const identified = identifyLicenseText(response.text);
    if (!identified.spdx)
        return undefined;
    return {
        spdx: identified.spdx,
        name: cleanText(identified.name, 200),
        raw: `${cleanText(path, 100)} on the Hub`,
        from: 'license-file'
    };
}
async function readCheckpointBranches(ctx, id) {
    const response = await ctx.http.get(`${apiBase(ctx, 'model')}/${encodeId(id)}/refs`);
    if (response.kind !== 'response' || response.status !== 200)
        return undefined;
    const refs = parseJson(response.text, refsSchema);
    if (!refs)
        return undefined;
    const names = refs.branches.filter((name) => name !== 'main' && CHECKPOINT_BRANCH.test(name));
    const unique = [...new Set(names)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    return { names: unique.slice(0, MAX_CHECKPOINTS), count: unique.length };
}
/** Resolves one Hub model or dataset. Never throws. */
async function resolveHubRepo(ctx, type, id, revision) {
    const reference = factReference(type === 'model' ? 'hf-model' : 'hf-dataset', id, revision);
    const apiUrl = isHubId(id) ? hubApiUrl(ctx, type, id, revision) : '';
    if (!apiUrl)
        return unresolvedFact(reference, '', isoNow(ctx.http), 'malformed', 'not a Hugging Face repository id');
    const response = await ctx.http.get(apiUrl);
    const fetchedAt = answeredAt(ctx.http, response);
    if (response.kind === 'failure')
        return failureFact(reference, response, fetchedAt);
    if (response.status !== 200)
        return errorFact(reference, response, fetchedAt);
    const info = parseJson(response.text, repoInfoSchema);
    if (!info)
        return unresolvedFact(reference, response.url, fetchedAt, 'malformed', 'the Hub answered with JSON of an unexpected shape');
    const fact = { reference, url: response.url, fetchedAt };
    const redirectedId = response.redirected ? idFromApiUrl(ctx, type, response.url) : null;
    const answeredId = isHubId(info.id) ? info.id : null;
    const canonical = redirectedId ?? answeredId ?? id;
    if (canonical.toLowerCase() !== id.toLowerCase())
        fact.canonicalId = canonical;
    const pinned = info.sha ?? cleanText(response.headers['etag'] ?? '', 100);
    if (pinned)
        fact.pinned = pinned;
    if (info.gated === 'auto' || info.gated === 'manual')
        fact.gated = info.gated;
    if (info.siblings)
        fact.files = info.siblings.slice(0, MAX_FILES);
    if (info.safetensors)
        fact.parameterCount = info.safetensors.total;
    if (info.config?.architectures && info.config.architectures.length > 0)
        fact.architectures = info.config.architectures;
    // Files are read at the commit the metadata describes, so all facts pin to one revision.
    const fileRevision = info.sha ?? revision ?? 'main';
    let license = declaredLicense(info);
    const files = new Set(info.siblings ?? []);
    if (!info.disabled && (!license || !license.spdx)) {
        const path = licenseFilePath(info);
        const fromFile = path
            ? await readLicenseFile(ctx, type, canonical, fileRevision, path)
            : undefined;
        if (fromFile)
            license = license ? { ...fromFile, raw: `${license.raw}; ${fromFile.raw}` } : fromFile;
    }
    if (license)
        fact.license = license;
    if (ctx.readCards && !info.disabled && files.has('README.md')) {
        const card = await readCard(ctx, type, canonical, fileRevision);
        if (card)
            fact.card = card;
    }
    if (type === 'model' && !info.disabled) {
        const branches = await readCheckpointBranches(ctx, canonical);
        if (branches) {
            fact.checkpointBranches = branches.names;
            if (branches.count > branches.names.length)
                fact.checkpointBranchCount = branches.count;
        }
    }
    if (info.disabled)
        fact.unresolved = {
            reason: 'disabled',
            detail: 'the Hub has disabled this repository; its files cannot be downloaded'
        };
    return fact;
}

/** Whether a reference is resolved online: the release's own things and the code it depends on. */
function isResolvable(reference) {
    if (reference.role === 'citation')
        return false;
    if (reference.role === 'own-release')
        return true;
    return reference.kind === 'github' || reference.kind === 'submodule';
}
function referenceKey(reference) {
    return `${reference.kind}\n${reference.id}\n${reference.revision ?? ''}`;
}
/** The resolvable references, without duplicates, in their first order. */
function selectReferences(references) {
    const seen = new Set();
    const selected = [];
    for (const reference of references) {
        if (!isResolvable(reference))
            continue;
        const key = referenceKey(reference);
        if (seen.has(key))
            continue;
        seen.add(key);
        selected.push(reference);
    }
    return selected;
}
function httpUrl(value) {
    if (!value)
        return undefined;
    try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Endpoints from explicit options, then `HF_ENDPOINT`, `GITHUB_API_URL`, `ARXIV_OAI_URL`, `ZENODO_URL`, `DOI_RESOLVER_URL`. */
function resolveEndpoints(explicit = {}, env = process.env) {
    return {
        hub: httpUrl(explicit.hub) ?? httpUrl(env.HF_ENDPOINT) ?? DEFAULT_ENDPOINTS.hub,
        github: httpUrl(explicit.github) ?? httpUrl(env.GITHUB_API_URL) ?? DEFAULT_ENDPOINTS.github,
        arxiv: httpUrl(explicit.arxiv) ?? httpUrl(env.ARXIV_OAI_URL) ?? DEFAULT_ENDPOINTS.arxiv,
        zenodo: httpUrl(explicit.zenodo) ?? httpUrl(env.ZENODO_URL) ?? DEFAULT_ENDPOINTS.zenodo,
        doi: httpUrl(explicit.doi) ?? httpUrl(env.DOI_RESOLVER_URL) ?? DEFAULT_ENDPOINTS.doi
    };
}
/** The URL a reference would be read from (offline facts and unsupported kinds report it). */
function referenceUrl(reference, endpoints) {
    const ctx = { endpoints };
    switch (reference.kind) {
        case 'hf-model':
            return isHubId(reference.id) ? hubApiUrl(ctx, 'model', reference.id, reference.revision) : '';
        case 'hf-dataset':
            return isHubId(reference.id)
                ? hubApiUrl(ctx, 'dataset', reference.id, reference.revision)
                : '';
        case 'github':
        case 'submodule':
            return isGitHubRepoId(reference.id)
                ? githubLicenseUrl(ctx, reference.id, reference.revision)
                : '';
        case 'arxiv': {
            const bare = arxivIdWithoutVersion(reference.id);
            return bare ? arxivRecordUrl(ctx, bare) : '';
        }
        case 'doi':
            return isDoi(reference.id) ? doiUrl(ctx, reference.id) : '';
        default:
            return cleanText(reference.url ?? reference.id, 2000);
    }
}
function makeCache(option) {
    if (!option)
        return undefined;
    if (option === true)
        return createFileCache();
    if ('get' in option && 'set' in option)
        return option;
    return createFileCache(option);
}
async function resolveOne(ctx, reference) {
    switch (reference.kind) {
        case 'hf-model':
            return resolveHubRepo(ctx, 'model', reference.id, reference.revision);
        case 'hf-dataset':
            return resolveHubRepo(ctx, 'dataset', reference.id, reference.revision);
        case 'github':
        case 'submodule':
            return resolveGitHubRepo(ctx, reference.kind, reference.id, reference.revision);
        case 'arxiv':
            return resolveArxivPaper(ctx, reference.id, reference.revision);
        case 'doi':
            return resolveDoi(ctx, reference.id, reference.revision);
        default:
            return unresolvedFact(factReference(reference.kind, reference.id, reference.revision), referenceUrl(reference, ctx.endpoints), new Date(ctx.http.clock.now()).toISOString(), 'unsupported', `${reference.kind} references are not resolved online`);
    }
}
/**
 * The selected references' indices, grouped by the host each is read from (`hostOf`: the
 * HttpClient's own grouping of its limits), in input order.
 */
function queuesByHost(selected, hostOf) {
    const queues = new Map();
    selected.forEach((reference, index) => {
        const host = hostOf(reference);
        const queue = queues.get(host);
        if (queue)
            queue.push(index);
        else
            queues.set(host, [index]);
    });
    return [...queues.values()];
}
/**
 * Resolves the release's own references (and code dependencies) to what their hosts say. One
 * fact per distinct resolvable reference, in input order. Never throws.
 */
async function resolveReferences(references, options) {
    const selected = selectReferences(references);
    const env = options.env ?? process.env;
    const clock = options.clock ?? systemClock;
    const endpoints = resolveEndpoints(options.endpoints, env);
    if (options.mode === 'lock') {
        if (!options.lock)
            return selected.map((reference) => unresolvedFact(factReference(reference.kind, reference.id, reference.revision), referenceUrl(reference, endpoints), new Date(clock.now()).toISOString(), 'offline', 'lock mode without a lock file'));
        return factsFromLock(options.lock, selected);
    }
    if (options.mode === 'offline') {
        const fetchedAt = new Date(clock.now()).toISOString();
        return selected.map((reference) => unresolvedFact(factReference(reference.kind, reference.id, reference.revision), referenceUrl(reference, endpoints), fetchedAt, 'offline', 'offline mode: no request was made'));
    }
    const hubToken = options.tokens?.hub ?? env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN ?? '';
    const githubToken = options.tokens?.github ?? env.GITHUB_TOKEN ?? '';
    const credentials = [];
    if (hubToken)
        credentials.push({ base: endpoints.hub, authorization: `Bearer ${hubToken}` });
    if (githubToken)
        credentials.push({ base: endpoints.github, authorization: `Bearer ${githubToken}` });
    const scopes = [
        { base: endpoints.hub, concurrency: 4 },
        { base: endpoints.github, concurrency: 4 },
        // arXiv's terms: one request every three seconds, a single connection at a time.
        { base: endpoints.arxiv, concurrency: 1, minIntervalMs: 3000 },
        { base: endpoints.zenodo, concurrency: 2 },
        { base: endpoints.doi, concurrency: 2 }
    ];
    const http = new HttpClient({
        clock,
        budgetMs: options.budgetMs,
        timeoutMs: options.timeoutMs,
        maxRetries: options.maxRetries,
        maxRetryWaitMs: options.maxRetryWaitMs,
        credentials,
        scopes,
        cache: makeCache(options.cache)
    });
    const ctx = { http, endpoints, readCards: options.readCards ?? true };
    const facts = new Array(selected.length);
    const resolveAt = async (index) => {
        const reference = selected[index];
        try {
            facts[index] = await resolveOne(ctx, reference);
        }
        catch (error) {
            facts[index] = unresolvedFact(factReference(reference.kind, reference.id, reference.revision), referenceUrl(reference, endpoints), new Date(clock.now()).toISOString(), 'http-error', `internal error: ${error instanceof Error ? error.message : String(error)}`);
        }
    };
    // One queue per host, each with its own workers: a host that must be asked slowly (arXiv, one
    // request every 3 s) does not hold up the references kept on the others.
    const perHost = Math.max(1, options.concurrency ?? 4);
    const workers = [];
    for (const queue of queuesByHost(selected, (r) => http.hostKey(referenceUrl(r, endpoints)))) {
        let next = 0;
        const worker = async () => {
            while (next < queue.length)
                await resolveAt(queue[next++]);
        };
        for (let i = 0; i < Math.min(perHost, queue.length); i++)
            workers.push(worker());
    }
    await Promise.all(workers);
    options.onRequestCount?.(http.requestCount);
    return facts;
}

var ignore$1 = {exports: {}};

var hasRequiredIgnore;

function requireIgnore () {
	if (hasRequiredIgnore) return ignore$1.exports;
	hasRequiredIgnore = 1;
	(function (module) {
		// A simple implementation of make-array
		function makeArray (subject) {
		  return Array.isArray(subject)
		    ? subject
		    : [subject]
		}

		const UNDEFINED = undefined;
		const EMPTY = '';
		const SPACE = ' ';
		const ESCAPE = '\\';

		// The characters that carry a meaning of their own inside a regular
		//   expression, so a literal one has to be escaped before it is emitted.
		const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
		const BOM = '\uFEFF';
		// A run of two or more asterisks is a globstar (#175)
		const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
		const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
		const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
		const REGEX_SPLITALL_CRLF = /\r?\n/g;

		// Invalid:
		// - /foo,
		// - ./foo,
		// - ../foo,
		// - .
		// - ..
		// Valid:
		// - .foo
		const DOUBLE_SLASH = '//';
		const SLASH_CODE = 47;
		const DOT_CODE = 46;


		const SLASH = '/';

		// Do not use ternary expression here, since "istanbul ignore next" is buggy
		let TMP_KEY_IGNORE = 'node-ignore';
		/* istanbul ignore else */
		if (typeof Symbol !== 'undefined') {
		  TMP_KEY_IGNORE = Symbol.for('node-ignore');
		}
		const KEY_IGNORE = TMP_KEY_IGNORE;

		const define = (object, key, value) => {
		  Object.defineProperty(object, key, {value});
		  return value
		};

		const RETURN_FALSE = () => false;

		// > The range notation, e.g. [a-zA-Z],
		// > can be used to match one of the characters in a range.
		//
		// gitignore(5) defers to fnmatch(3) for this, and git implements it in
		//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
		//   is neither the surrounding pattern grammar nor the JavaScript one:
		//
		//   - a `]` right after `[` or `[!` is a literal member, not the terminator
		//   - `[:alpha:]` names one of twelve POSIX classes
		//   - `\` escapes the next member, `]` included
		//   - `*`, `?` and `.` are plain literal members
		//   - an unterminated expression makes the whole pattern match nothing
		//
		// which means the expression can not be located -- let alone translated -- by
		//   a regular expression.  It is scanned out of the pattern before the
		//   replacers below run, and put back once they are done, so that neither the
		//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

		// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
		//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
		//   `\s`, which are wider.  `/` is left out of every expansion, because a
		//   bracket expression never matches a path separator.
		const POSIX_CLASSES = {
		  alnum: '0-9A-Za-z',
		  alpha: 'A-Za-z',
		  blank: ' \\t',
		  cntrl: '\\x00-\\x1f\\x7f',
		  digit: '0-9',
		  graph: '!-.0-~',
		  lower: 'a-z',
		  print: ' -.0-~',
		  punct: '!-.:-@\\[-`{-~',
		  // git's `sane-ctype.h` classifies \v and \f as control, not space,
		  //   unlike C's `isspace`
		  space: ' \\t\\n\\r',
		  upper: 'A-Z',
		  xdigit: '0-9A-Fa-f'
		};

		const CLASS_MEMBERS_TO_ESCAPE = '\\]^-[';

		const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
		  ? char
		  : ESCAPE + char;

		// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
		// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
		// A bracket expression never matches a path separator, whatever its members
		//   say, so a negated class gets `/` as one more excluded character, while a
		//   plain one -- where a literal member or a range could still let `/` in --
		//   is guarded with a lookahead, `/` being impossible to subtract from a
		//   JavaScript character class.
		const NON_SLASH = '(?!\\/)';

		const classSource = (negated, body) => {
		  if (negated) {
		    return `[^\\/${body}]`
		  }

		  const source = `[${body}]`;

		  return new RegExp(source).test('/')
		    ? NON_SLASH + source
		    : source
		};

		// Scan the bracket expression that starts at `pattern[start] === '['`,
		//   mirroring the member loop of git's `wildmatch.c`.
		// @returns {{end: number, source: string} | null} `null` if the expression is
		//   never terminated, which makes the whole pattern match nothing.
		const scanBracket = (pattern, start) => {
		  const {length} = pattern;
		  let index = start + 1;
		  let negated = EMPTY;

		  const lead = pattern[index];
		  if (lead === '!' || lead === '^') {
		    negated = '^';
		    index ++;
		  }

		  let body = EMPTY;

		  // The member a `-` could start a range from, or EMPTY when the previous
		  //   member can not open one (start of the body, or a range / POSIX class
		  //   that has just closed)
		  let prev = EMPTY;

		  // git scans the members with a do-while, so the first one is consumed
		  //   unconditionally.  That is the whole reason a leading `]` is a member
		  //   and not the terminator.
		  for (;;) {
		    const char = pattern[index];

		    if (char === UNDEFINED) {
		      return null
		    }

		    if (char === ESCAPE) {
		      // A pattern can not end on a lone backslash -- `createRule` has
		      //   already thrown it away -- so there is a character to read.
		      const escaped = pattern[++ index];
		      body += escapeMember(escaped);
		      prev = escaped;
		    } else if (
		      char === '-'
		      && prev
		      && index + 1 < length
		      && pattern[index + 1] !== ']'
		    ) {
		      index ++;
		      let to = pattern[index];
		      if (to === ESCAPE) {
		        to = pattern[index += 1];
		      }
		      // An out-of-order range matches nothing in git but is a syntax error in
		      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
		      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
		      //   match `c`.
		      if (prev <= to) {
		        body += `-${escapeMember(to)}`;
		      }
		      prev = EMPTY;
		    } else if (char === '[' && pattern[index + 1] === ':') {
		      const nameStart = index + 2;
		      let end = nameStart;
		      while (end < length && pattern[end] !== ']') {
		        end ++;
		      }

		      if (end === length) {
		        return null
		      }

		      if (end > nameStart && pattern[end - 1] === ':') {
		        const name = pattern.slice(nameStart, end - 1);

		        // An unknown class name makes the whole pattern match nothing
		        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
		          return null
		        }

		        body += POSIX_CLASSES[name];
		        prev = EMPTY;
		        index = end;
		      } else {
		        // No `:]` to close it, so the `[` is a plain member and scanning
		        //   resumes right after it.
		        body += escapeMember('[');
		        prev = '[';
		        index = nameStart - 2;
		      }
		    } else {
		      body += escapeMember(char);
		      prev = char;
		    }

		    index ++;

		    if (pattern[index] === ']') {
		      return {
		        end: index,
		        source: classSource(negated, body)
		      }
		    }
		  }
		};

		// An empty JavaScript class can never match, which is how a pattern that git
		//   gives up on (`WM_ABORT_ALL`) is expressed here.
		const NEVER_MATCH = '[]';

		// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
		//   the one safe placeholder character.  A literal one in the pattern is
		//   held aside all the same, so a collision is impossible by construction.
		const PLACEHOLDER = '\u0000';
		const REGEX_RESTORE_PLACEHOLDER = new RegExp(
		  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
		);

		// The one wildcard the chain does not expand for itself is a trailing `*`. How
		//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
		//   left to do it, and until then the pending wildcard travels as this marker.
		//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
		//   steps collapse the escaped one to the exact `\*` a wildcard would leave
		//   behind, so by the time `_make` runs the two are otherwise the same string
		//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
		//   private-use character, and `extractBrackets` keeps one that came out of the
		//   pattern apart from it, so the only marker `_make` ever turns back into a
		//   real wildcard is the one this chain put there itself.
		const TRAILING_WILDCARD = '\uE000';

		// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
		//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
		//   still never matches the folder itself (#21).
		const TRAILING_DOUBLESTAR = '\uE001';

		// The three characters above mean something to the chain that builds the
		//   source rather than to the path, so one that came out of the pattern is
		//   held aside like a bracket expression instead of going straight out. Being
		//   held is what makes it safe: the restore runs after the step that anchors
		//   the source, so the character comes back in the middle of the source and
		//   not at its end, which is the one place `_make` and `checkSourceOf` look
		//   for a marker. Without it a pattern's own character lands where a pending
		//   marker sits, and `_make` turns it into a real trailing wildcard.
		//
		// It is held as a one-member class rather than bare, in both of the branches
		//   a reserved character can reach, so that the property can be
		//   read off this function alone -- a reserved character never goes out on
		//   its own -- rather than depending on where in the chain the restore
		//   happens to run. In the expression built here `[x]` matches exactly what
		//   `x` matches, none of the three being special to a regular expression or
		//   inside a class, so no test can tell the two apart: the class is insurance,
		//   and the paragraph above is the reason it is not needed.
		const isReserved = char =>
		  char === PLACEHOLDER
		  || char === TRAILING_WILDCARD
		  || char === TRAILING_DOUBLESTAR;

		// Replace every bracket expression with a placeholder the replacers below
		//   leave alone, and translate it separately.
		const extractBrackets = pattern => {
		  const sources = [];
		  const hold = source =>
		    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;

		  const {length} = pattern;
		  let out = EMPTY;
		  let index = 0;

		  while (index < length) {
		    const char = pattern[index];

		    if (char === ESCAPE) {
		      // > Put a backslash ("\") in front of ... a character to make it literal.
		      //                                            (gitignore(5) -> fnmatch(3))
		      // A backslash quotes the next character, whatever it is, so `\d` is a
		      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
		      //   not a wildcard. Held aside as its literal here, the escape never
		      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
		      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
		      //   `\?` into `[^\/]`.
		      //
		      // Three escapes are still left for the chain: `\*` (a literal star,
		      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
		      //   replacers), `\[` (a literal bracket, the one `[` the bracket
		      //   replacer still expects), and `\ ` (a quoted space, which one pass
		      //   below rewrites in bulk -- holding each one aside instead costs more
		      //   on a pattern built out of them).
		      //
		      // A quoted backslash is not among them. The chain doubles every
		      //   backslash, then takes the doubling back out again, and a quoted one
		      //   standing next to a character the chain also escapes left the two
		      //   counts sharing a run, so one of the escapes was lost. Held here as
		      //   the literal it means, it never joins that run.
		      const escaped = pattern[index + 1];

		      if (escaped === SLASH && index + 2 === length) {
		        // Git removes a final directory slash before matching. An escape
		        //   without a character after that removal makes the pattern invalid.
		        out += hold(NEVER_MATCH);
		      } else if (
		        escaped === '*'
		        || escaped === '['
		        || escaped === SPACE
		      ) {
		        out += pattern.slice(index, index + 2);
		      } else {
		        out += hold(
		          REGEX_LITERAL_SPECIAL.test(escaped)
		            ? ESCAPE + escaped
		            : isReserved(escaped)
		              ? `[${escaped}]`
		              : escaped
		        );
		      }

		      index += 2;
		    } else if (isReserved(char)) {
		      out += hold(`[${char}]`);
		      index ++;
		    } else if (char === '[') {
		      const scanned = scanBracket(pattern, index);

		      if (scanned === null) {
		        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
		        //   follows can not make it match either.
		        out += hold(NEVER_MATCH);
		        index = length;
		      } else {
		        out += hold(scanned.source);
		        index = scanned.end + 1;
		      }
		    } else {
		      out += char;
		      index ++;
		    }
		  }

		  return {
		    source: out,
		    sources
		  }
		};

		// A step of the chain below is normally a `[matcher, replacer]` pair handed
		//   to `String.replace`. `DIRECT` marks the ones that are plain string work
		//   instead, and take `(source, pattern)`.
		//
		// Anchoring the two ends is exactly that -- a test of one character and a
		//   concatenation -- and putting it through the regular expression engine
		//   cost a third of this chain for nothing: 167ns where 10ns does the same
		//   job. The two are still steps in the same list, in the same places,
		//   because their position in the order is part of what they mean.
		const DIRECT = null;

		// A separator at the beginning or in the middle of a pattern, as opposed to
		//   one at the very end.
		const REGEX_INNER_SLASH = /\/(?!$)/;
		const WILDCARD = '[^\\/]*';

		// > If the pattern ends with a slash,
		// > it is removed for the purpose of the following description,
		// > but it would only find a match with a directory.
		// > In other words, foo/ will match a directory foo and paths underneath it,
		// > but will not match a regular file or a symbolic link foo
		// >  (this is consistent with the way how pathspec works in general in Git).
		// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
		// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
		//      you could use option `mark: true` with `glob`

		// '`foo/`' should not continue with the '`..`'
		// The chain that turns one gitignore pattern into a regular expression
		//   source, in order. A step is either
		//
		//   [matcher, replacer]            handed to `String.replace`
		//   [matcher, replacer, required]  the same, but skipped outright unless
		//                                    `required` appears in the string, which
		//                                    the matcher cannot match without
		//   [DIRECT, transform]            plain string work, taking (source, pattern)
		//
		// The `required` character is only ever a shortcut: finding it does not mean
		//   the matcher will match, and not finding it means it cannot. It is there
		//   because scanning for one character costs a fraction of running a matcher
		//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
		//   backtracks its way through the whole string before giving up, 11ns
		//   against 400ns.
		const REPLACERS = [

		  // Replace (\ ) with ' '
		  // Only a space: an escaped tab or other whitespace is already a literal by
		  //   the time it reaches here, and a bare tab must be left as one, not turned
		  //   into a space.
		  // (\ ) -> ' '
		  // (\\ ) -> '\\ '
		  // (\\\ ) -> '\\ '
		  [
		    // A run of backslashes is taken whole, from its first one, so no match
		    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
		    //   quadratic.
		    /(\\+)( ?)/g,
		    (_, run, space) => space
		      ? run.slice(0, run.length - run.length % 2) + SPACE
		      : run,
		    ESCAPE + SPACE
		  ],

		  // git's wildmatch() reads a run of two or more asterisks as one globstar
		  //   whenever the run fills a path segment: it starts the pattern or follows
		  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
		  //   already `**`; a longer one is folded into `**` here, so the steps
		  //   below only ever have to know `**`.
		  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
		  // git also takes a run beside a literal prefix (`a***/b`) or beside an
		  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
		  //   lists both, under "A run of asterisks".
		  [
		    /(^|\/)\*{3,}(?=\/|$)/g,
		    (_, start) => `${start}**`,
		    '*'
		  ],

		  // Escape metacharacters
		  // which is written down by users but means special for regular expressions.

		  // > There are 12 characters with special meanings:
		  // > - the backslash \,
		  // > - the caret ^,
		  // > - the dollar sign $,
		  // > - the period or dot .,
		  // > - the vertical bar or pipe symbol |,
		  // > - the question mark ?,
		  // > - the asterisk or star *,
		  // > - the plus sign +,
		  // > - the opening parenthesis (,
		  // > - the closing parenthesis ),
		  // > - and the opening square bracket [,
		  // > - the opening curly brace {,
		  // > These special characters are often called "metacharacters".
		  [
		    /[\\$.|*+(){^]/g,
		    match => `\\${match}`
		  ],

		  [
		    // > a question mark (?) matches a single character
		    /(?!\\)\?/g,
		    () => '[^/]',
		    '?'
		  ],

		  // leading slash
		  [

		    // > A leading slash matches the beginning of the pathname.
		    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
		    // A leading slash matches the beginning of the pathname
		    /^\//,
		    () => '^',
		    SLASH
		  ],

		  // replace special metacharacter slash after the leading slash
		  [
		    /\//g,
		    () => '\\/',
		    SLASH
		  ],

		  [
		    // > A leading "**" followed by a slash means match in all directories.
		    // > For example, "**/foo" matches file or directory "foo" anywhere,
		    // > the same as pattern "foo".
		    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
		    // >   under directory "foo".
		    // Notice that the '*'s have been replaced as '\\*'
		    /^\^*(?:\\\*\\\*\\\/)+/,

		    // '**/foo' <-> 'foo'
		    () => '(?:^|\\/)',
		    '*'
		  ],

		  // starting
		  [
		    // there will be no leading '/'
		    //   (which has been replaced by section "leading slash")
		    // If starts with '**', adding a '^' to the regular expression also works
		    DIRECT,
		    (source, pattern) => {
		      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
		      if (!source || source[0] === '^' || source[0] === '(') {
		        return source
		      }

		      // If has a slash `/` at the beginning or middle
		      const anchor = !REGEX_INNER_SLASH.test(pattern)
		        // > Prior to 2.22.1
		        // > If the pattern does not contain a slash /,
		        // >   Git treats it as a shell glob pattern
		        // Actually, if there is only a trailing slash,
		        //   git also treats it as a shell glob pattern

		        // After 2.22.1 (compatible but clearer)
		        // > If there is a separator at the beginning or middle (or both)
		        // > of the pattern, then the pattern is relative to the directory
		        // > level of the particular .gitignore file itself.
		        // > Otherwise the pattern may also match at any level below
		        // > the .gitignore level.
		        ? '(?:^|\\/)'

		        // > Otherwise, Git treats the pattern as a shell glob suitable for
		        // >   consumption by fnmatch(3)
		        : '^';

		      return anchor + source
		    }
		  ],

		  // two globstars
		  [
		    // Use lookahead assertions so that we could match more than one `'/**'`
		    /\\\/\\\*\\\*(?=\\\/|$)/g,

		    // Zero, one or several directories
		    // should not use '*', or it will be replaced by the next replacer

		    // Check if it is not the last `'/**'`
		    (_, index, str) => index + 6 < str.length

		      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
		      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
		      // >   matches everything inside, but it should not match the current
		      // >   folder itself, so it requires at least one directory segment.
		      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
		      ? str.slice(index + 6) === '\\/'
		        ? '(?:\\/[^\\/]+)+'

		        // case: /**/
		        // > A slash followed by two consecutive asterisks then a slash matches
		        // >   zero or more directories.
		        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
		        // '/**/'
		        : '(?:\\/[^\\/]+)*'

		      // case: /**
		      // > A trailing `"/**"` matches everything inside.

		      // #21: everything inside but it should not include the current folder,
		      //   resolved by `_make`
		      : `\\/${TRAILING_DOUBLESTAR}`,
		    '*'
		  ],

		  // normal intermediate wildcards
		  [
		    // Never replace escaped '*'
		    // ignore rule '\*' will match the path '*'

		    // 'abc.*/' -> go
		    // 'abc.*'  -> skip this rule,
		    //    coz trailing single wildcard will be handed by [trailing wildcard]
		    /(^|[^\\])(?:\\\*)+(?!$)/g,

		    // '*.js' matches '.js'
		    // '*.js' doesn't match 'abc'
		    // 1. An asterisk "*" matches anything except a slash.
		    // 2. Other consecutive asterisks are considered regular asterisks
		    //    and collapse into one non-slash wildcard run.
		    (_, p1) => p1 + WILDCARD,
		    '*'
		  ],

		  // trailing wildcard, held apart from a literal star
		  [
		    // The step above leaves a trailing `*` alone, so a single `\*` is all that
		    //   can be left at the end here, and what stands in front of it says which
		    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
		    //   nothing before it; a literal arrives as the user's own escape, which
		    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
		    //   There is no third case: every backslash still reaching the chain is
		    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
		    //   own character, so a longer run can never form. This runs while the
		    //   two are still distinct, before the unescape steps below collapse the
		    //   literal onto the very `\*` a wildcard leaves behind.
		    /(^|[^\\])((?:\\\\)*)\\\*$/,

		    (match, p1, p2) =>
		      p2 === EMPTY
		        // A real wildcard: carry it to `_make` as the marker, so the unescape
		        //   steps and the trailing-wildcard rewrite can never mistake it for a
		        //   literal `\*` (nor the reverse).
		        ? p1 + TRAILING_WILDCARD
		        // A literal star: leave it exactly as it stands for the unescape steps.
		        : match,
		    '*'
		  ],

		  [
		    // unescape, revert step 3 except for back slash
		    // For example, if a user escape a '\\*',
		    // after step 3, the result will be '\\\\\\*'
		    /\\\\\\(?=[$.|*+(){^])/g,
		    () => ESCAPE,
		    ESCAPE + ESCAPE
		  ],

		  [
		    // '\\\\' -> '\\'
		    /\\\\/g,
		    () => ESCAPE,
		    ESCAPE + ESCAPE
		  ],

		  [
		    // Every real bracket expression -- POSIX classes included -- has already
		    //   been held aside by `extractBrackets`, so the only `[` left in the
		    //   pattern is an escaped, literal one.

		    // A backslash could only stand at the end of the range if it quoted the
		    //   `]`, and `\]` is held aside long before this.
		    /\\\[([^\]/]*?)($|\])/g,

		    // '\\[bar]' -> '\\\\[bar]'
		    (match, range, close) => `\\[${range}${close}`,
		    '['
		  ],

		  // ending
		  [
		    // 'js' will not match 'js.'
		    // 'ab' will not match 'abc'
		    DIRECT,

		    // WTF!
		    // https://git-scm.com/docs/gitignore
		    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
		    // which re-fixes #24, #38

		    // > If there is a separator at the end of the pattern then the pattern
		    // > will only match directories, otherwise the pattern can match both
		    // > files and directories.

		    // 'js*' will not match 'a.js'
		    // 'js/' will not match 'a.js'
		    // 'js' will match 'a.js' and 'a.js/'
		    source => {
		      const last = source[source.length - 1];

		      // The pattern is empty, or ends in a pending marker `_make` owns --
		      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
		      //   not the marker is a literal star, which anchors like any other
		      //   final character.
		      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
		        return source
		      }

		      return last === SLASH
		        // foo/ will not match 'foo'
		        ? `${source}$`
		        // foo matches 'foo' and 'foo/'
		        : `${source}(?=$|\\/$)`
		    }
		  ]
		];

		const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
		const MODE_IGNORE = 'regex';
		const MODE_CHECK_IGNORE = 'checkRegex';
		const UNDERSCORE = '_';

		const replaceTrailingWildcard = (_, p1) => {
		  const prefix = p1
		    // '\^':
		    // '/*' does not match EMPTY
		    // '/*' does not match everything

		    // '\\\/':
		    // 'abc/*' does not match 'abc/'
		    ? `${p1}[^/]+`

		    // 'a*' matches 'a'
		    // 'a*' matches 'aa'
		    : '[^/]*';

		  return `${prefix}(?=$|\\/$)`
		};

		const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;

		// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
		//   requiring one arbitrary character (line terminators included, #176)
		//   after 'abc/' is necessary and sufficient for `.test(path)`.
		const replaceTrailingDoublestar = () => '[\\s\\S]';

		// The fixed piece between the wildcard at `at` and the next wildcard of the
		//   run: the tokens that separate them, joined as they appear in the source.
		//   A run never holds two wildcards in a row, so there is always at least one
		//   token.
		const separatorAfter = (run, at) => {
		  let separator = EMPTY;

		  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
		    separator += run[index].single;
		  }

		  return separator
		};

		// Where a run of non-slash wildcards is split by fixed pieces --
		//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
		//   input across the wildcards, and on input that does not match it works
		//   through all of them, so the time grows with the number of wildcards
		//   rather than the length of the path. Every wildcard but the last in such a
		//   run can be pinned to stop where the piece after it begins, which leaves
		//   one way to lay out the input and no rewinding, without changing which
		//   paths match: the fixed pieces still bound the count, and the last
		//   wildcard still absorbs the rest.
		//
		// A wildcard is pinned to the whole piece, never to the piece's first
		//   character. The pin leaves no way back, so a wildcard that stopped at that
		//   first character would hand over wherever the character happens to turn
		//   up, including the places the rest of the piece cannot follow -- which is
		//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
		//   the one the `o/` after it needs. Every token of a piece matches exactly
		//   one character, so the first place the whole piece fits is the leftmost
		//   place it can sit, and whatever is left over goes to the wildcards that
		//   follow.
		//
		// The source is read one token at a time -- a wildcard, a single-character
		//   piece (a literal, an escape, a class), or a parenthesised group or anchor
		//   that ends the run -- so only a genuine wildcard is touched.
		const pinWildcards = source => {
		  if (source.indexOf(WILDCARD) < 0) {
		    return source
		  }

		  const tokens = [];
		  const {length} = source;
		  let index = 0;

		  while (index < length) {
		    const char = source[index];

		    if (source.startsWith(WILDCARD, index)) {
		      tokens.push({wildcard: true});
		      index += WILDCARD.length;
		    } else if (char === '[') {
		      let end = index + 1;

		      if (source[end] === '^') {
		        end ++;
		      }

		      if (source[end] === ']') {
		        end ++;
		      }

		      while (end < length && source[end] !== ']') {
		        end += source[end] === ESCAPE
		          ? 2
		          : 1;
		      }

		      end ++;
		      tokens.push({single: source.slice(index, end)});
		      index = end;
		    } else if (char === ESCAPE) {
		      tokens.push({single: source.slice(index, index + 2)});
		      index += 2;
		    } else if (char === '(') {
		      let depth = 0;
		      let end = index;

		      do {
		        if (source[end] === ESCAPE) {
		          end ++;
		        } else if (source[end] === '(') {
		          depth ++;
		        } else if (source[end] === ')') {
		          depth --;
		        }

		        end ++;
		      } while (end < length && depth > 0)

		      if ('*+?'.indexOf(source[end]) >= 0) {
		        end ++;
		      }

		      tokens.push({boundary: source.slice(index, end)});
		      index = end;
		    } else if (char === '^' || char === '$') {
		      tokens.push({boundary: char});
		      index ++;
		    } else {
		      tokens.push({single: char});
		      index ++;
		    }
		  }

		  let out = EMPTY;
		  let run = [];

		  const flush = () => {
		    let lastWildcard;

		    run.forEach((token, at) => {
		      if (token.wildcard) {
		        lastWildcard = at;
		      }
		    });

		    run.forEach((token, at) => {
		      if (!token.wildcard) {
		        out += token.single;
		        return
		      }

		      // Every wildcard but the last is pinned to the whole piece that
		      //   follows it, for the reason set out above this function. The last
		      //   one stays as it is and takes up the rest.
		      out += at === lastWildcard
		        ? WILDCARD
		        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
		    });

		    run = [];
		  };

		  tokens.forEach(token => {
		    if (token.boundary === undefined) {
		      run.push(token);
		      return
		    }

		    flush();
		    out += token.boundary;
		  });

		  flush();

		  return out
		};

		// @param {pattern}
		const makeRegexPrefix = pattern => {
		  // `/**` matches every path, as `**` does. The translation below only finds
		  //   a globstar beside a slash it keeps, and the leading one is turned into
		  //   an anchor, so `/**` would come out as `/*` and match one level only.
		  //   Here rather than in `createRule`, so that `checkSourceOf`, which
		  //   compiles `/**/` again without its trailing slash, gets it too.
		  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
		    pattern = '**';
		  }

		  const {source, sources} = extractBrackets(pattern);

		  const replaced = REPLACERS.reduce(
		    // A pass whose matcher finds nothing hands back the very string it was
		    //   given, so asking first costs a search and saves a rewrite. Ten of the
		    //   fifteen passes never fire for a typical .gitignore line, and between
		    //   them they were 45% of this chain.
		    (prev, [matcher, replacer, required]) => {
		      if (matcher === DIRECT) {
		        return replacer(prev, pattern)
		      }

		      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
		        return prev
		      }

		      // A pass whose matcher finds nothing hands back the very string it was
		      //   given, so asking first costs a search and saves a rewrite.
		      return matcher.test(prev)
		        ? prev.replace(matcher, replacer.bind(pattern))
		        : prev
		    },
		    source
		  );

		  // Most patterns hold no bracket expression at all, and then there is
		  //   nothing to put back.
		  return sources.length
		    ? replaced.replace(
		      REGEX_RESTORE_PLACEHOLDER,
		      (match, index) => sources[index]
		    )
		    : replaced
		};

		// `checkRegex` tests a path with a trailing slash, 'abc/', the way
		//   `git check-ignore` matches that literal string once the directory itself
		//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
		//   pattern is dropped, a basename pattern sees an empty basename, and only a
		//   pattern whose last segment is a pending wildcard can match what is left
		//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
		//   also matches 'abc/d/' (#77, #169).
		const checkSourceOf = (body, prefix) => {
		  if (body[body.length - 1] === SLASH) {
		    prefix = makeRegexPrefix(body.slice(0, -1));
		  }

		  const head = prefix.slice(0, -1);
		  const last = prefix[prefix.length - 1];

		  return last === TRAILING_WILDCARD
		    ? `${head}$`
		    : last === TRAILING_DOUBLESTAR
		      ? head
		      : NEVER_MATCH
		};

		// A trailing slash does not stop a pattern being basename-only: it restricts
		//   the match to a directory, it does not let the pattern reach across one.
		//   Everything else a pattern can hold -- a wildcard, a character class, an
		//   escape -- stays inside a single path segment too, so a pattern with no
		//   separator in it can only ever describe the last one.
		const matchesBasename = body => {
		  const index = body.indexOf(SLASH);

		  return index < 0 || index === body.length - 1
		};

		// The last segment of a path, keeping a trailing slash, because a pattern that
		//   ends in one matches only a directory.
		// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
		const basenameOf = path => {
		  const end = path.length - 1;

		  const index = path.lastIndexOf(
		    SLASH,
		    path[end] === SLASH
		      ? end - 1
		      : end
		  );

		  return index < 0
		    ? path
		    : path.slice(index + 1)
		};

		// The parent directory of a path, with its trailing separator, or EMPTY when
		//   the path has none.
		// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
		//
		// A path holding an empty segment has to be taken apart, because its
		//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
		//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
		//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
		//   it is given through the relative-path check.
		//
		// Every other path is a prefix of itself, and cutting one costs a fraction of
		//   splitting it into an array and joining that back at every level: 73ns
		//   against 207ns.
		const parentOf = path => {
		  if (
		    path.charCodeAt(0) === SLASH_CODE
		    || path.indexOf(DOUBLE_SLASH) >= 0
		  ) {
		    const slices = path.split(SLASH).filter(Boolean);

		    slices.pop();

		    return slices.length
		      ? slices.join(SLASH) + SLASH
		      : EMPTY
		  }

		  const end = path.length - 1;

		  // Look back from before a trailing separator, since that one belongs to the
		  //   path itself.
		  //
		  // A negative place to start would be a trap here: `lastIndexOf` clamps one
		  //   to 0 and searches there rather than reporting no match, so '/' would
		  //   come back as its own parent and the walk would never end. It cannot
		  //   happen -- that is the only path short enough to produce one, and the
		  //   test above has already sent it the other way.
		  const cut = path.lastIndexOf(
		    SLASH,
		    path.charCodeAt(end) === SLASH_CODE
		      ? end - 1
		      : end
		  );

		  return cut < 0
		    ? EMPTY
		    : path.slice(0, cut + 1)
		};

		const isString = subject => typeof subject === 'string';

		// Blank lines, comments and trailing lone backslashes are told by
		//   `createRule`, once the pattern is normalized.
		const checkPattern = pattern => pattern
		  && isString(pattern);

		// Git drops one CR before each LF, and one at the end of a final line that
		//   has no LF after it.
		const splitPattern = pattern => (
		  pattern[pattern.length - 1] === '\r'
		    ? pattern.slice(0, -1)
		    : pattern
		)
		.split(REGEX_SPLITALL_CRLF)
		.filter(Boolean);

		class IgnoreRule {
		  constructor (
		    pattern,
		    mark,
		    body,
		    ignoreCase,
		    negative,
		    prefix
		  ) {
		    this.pattern = pattern;
		    this.mark = mark;
		    this.negative = negative;

		    define(this, 'body', body);
		    define(this, 'ignoreCase', ignoreCase);
		    define(this, 'regexPrefix', prefix);
		  }

		  // Worked out on first use and kept behind an own property, the way `regex`
		  //   caches itself in `_regex`. Deciding it in the constructor instead would
		  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
		  //   every compile -- including the compiles of rules that are never matched
		  //   against anything.
		  get _basenameOnly () {
		    return define(this, '_basenameOnly', matchesBasename(this.body))
		  }

		  get regex () {
		    const key = UNDERSCORE + MODE_IGNORE;

		    if (this[key]) {
		      return this[key]
		    }

		    return this._make(MODE_IGNORE, key)
		  }

		  get checkRegex () {
		    const key = UNDERSCORE + MODE_CHECK_IGNORE;

		    if (this[key]) {
		      return this[key]
		    }

		    return this._make(MODE_CHECK_IGNORE, key)
		  }

		  _make (mode, key) {
		    const str = pinWildcards(
		      mode === MODE_IGNORE
		        ? this.regexPrefix
		        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
		        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
		        : checkSourceOf(this.body, this.regexPrefix)
		    );

		    const regex = this.ignoreCase
		      ? new RegExp(str, 'i')
		      : new RegExp(str);

		    return define(this, key, regex)
		  }
		}

		const hasTrailingBackslash = str => {
		  let count = 0;

		  while (str[str.length - count - 1] === ESCAPE) {
		    count ++;
		  }

		  return count % 2 === 1
		};

		// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
		//   or object pattern), drop any trailing blank lines along with the LF
		//   before each and at most one CR at the end of the line; then trim trailing
		//   spaces in the same backward pass. Git trims spaces only, and a space
		//   escaped by an odd run of backslashes stays, unescaped, as the last one.
		// Scanned from the end: a regular expression can only try each start in
		//   turn, which is quadratic over a long run of spaces or backslashes.
		// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
		// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
		const trimEnd = (body, stripLineEnd) => {
		  let lineEnd = body.length;
		  let end;

		  for (;;) {
		    if (stripLineEnd && body[lineEnd - 1] === '\r') {
		      lineEnd --;
		    }

		    end = lineEnd;

		    while (body[end - 1] === SPACE) {
		      end --;
		    }

		    if (!stripLineEnd || body[end - 1] !== '\n') {
		      break
		    }

		    lineEnd = end - 1;
		  }

		  if (end === lineEnd) {
		    return body.slice(0, lineEnd)
		  }

		  let backslashes = 0;

		  while (body[end - backslashes - 1] === ESCAPE) {
		    backslashes ++;
		  }

		  return backslashes % 2
		    ? body.slice(0, end - 1) + SPACE
		    : body.slice(0, end)
		};

		const createRule = (
		  pattern,
		  mark,
		  ignoreCase,
		  stripLineEnd,
		  stripBOM
		) => {
		  // Git drops a BOM before it reads the first line, so before anything else.
		  let body = stripBOM && pattern[0] === BOM
		    ? pattern.slice(1)
		    : pattern;

		  // > A line starting with # serves as a comment.
		  if (body[0] === '#') {
		    return
		  }

		  let negative = false;

		  // > An optional prefix "!" which negates the pattern;
		  if (body[0] === '!') {
		    negative = true;
		    body = body.slice(1);
		  }

		  // Normalize the body before checking which slashes anchor the pattern.
		  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
		  //   A line from `splitPattern` has already lost its line ending, so only a
		  //   trailing space remains to trim there.
		  const last = body[body.length - 1];

		  if (
		    last === SPACE
		    || stripLineEnd && (last === '\r' || last === '\n')
		  ) {
		    body = trimEnd(body, stripLineEnd);
		  }

		  // > A blank line matches no files, so it can serve as a separator for
		  // >   readability.
		  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
		  //   anything else left empty here: an empty pattern would compile to a
		  //   regex matching every path.
		  if (!body || hasTrailingBackslash(body)) {
		    return
		  }

		  body = body
		  // > Put a backslash ("\") in front of the first "!" for patterns that
		  // >   begin with a literal "!", for example, `"\!important!.txt"`.
		  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
		  // > Put a backslash ("\") in front of the first hash for patterns that
		  // >   begin with a hash.
		  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#');

		  const regexPrefix = makeRegexPrefix(body);

		  return new IgnoreRule(
		    pattern,
		    mark,
		    body,
		    ignoreCase,
		    negative,
		    regexPrefix
		  )
		};

		class RuleManager {
		  constructor (ignoreCase) {
		    this._ignoreCase = ignoreCase;
		    this._rules = [];

		    // How many of the rules git would tag `EXC_FLAG_NODIR`.
		    //
		    // The scan uses it to decide, once for the whole set, whether handing
		    //   those rules the basename is worth what it costs the others. The
		    //   shortcut saves a full-path scan on every rule it applies to and costs
		    //   a check on every rule it does not, so a set where almost nothing is
		    //   basename-only comes out behind -- a 955 pattern set with 44 of them
		    //   measured 19% slower with the shortcut always on.
		    //
		    // Deciding this by measurement rather than by meaning is safe: a
		    //   basename-only pattern gives the very same answer against the whole
		    //   path, it just takes longer to say so. The choice can only change how
		    //   fast the scan runs, never what it returns.
		    this._basenameCount = 0;
		  }

		  _add (pattern, index) {
		    // #32
		    if (pattern && pattern[KEY_IGNORE]) {
		      this._rules = this._rules.concat(pattern._rules._rules);
		      this._basenameCount += pattern._rules._basenameCount;
		      this._added = true;
		      return
		    }

		    const isStr = isString(pattern);
		    const raw = isStr
		      ? pattern
		      : pattern.pattern;

		    const rule = checkPattern(raw)
		      && createRule(
		        raw,
		        isStr ? UNDEFINED : pattern.mark,
		        this._ignoreCase,
		        !this._split,
		        this._stripBOM && !index
		      );

		    if (rule) {
		      this._added = true;
		      this._rules.push(rule);

		      // Deliberately not `rule._basenameOnly`: reading that would materialise
		      //   the rule's own copy, and the whole point of leaving it lazy is that
		      //   a rule which is compiled and never matched never pays for it.
		      if (matchesBasename(rule.body)) {
		        this._basenameCount ++;
		      }
		    }
		  }

		  // @param {Array<string> | string | Ignore} pattern
		  add (pattern) {
		    this._added = false;
		    this._split = isString(pattern);
		    this._stripBOM = !this._split || pattern[0] === BOM;

		    makeArray(
		      this._split
		        ? splitPattern(pattern)
		        : pattern
		    ).forEach(this._add, this);

		    if (this._added) {
		      this._literalRules = UNDEFINED;
		    }

		    return this._added
		  }

		  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
		  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
		  //   are left out once, rather than tested or compiled for every path.
		  testLiteral (path) {
		    const rules = this._literalRules || (
		      this._literalRules = this._rules.filter(
		        ({body}) => body[body.length - (
		          body[body.length - 1] === SLASH ? 2 : 1
		        )] === '*'
		      )
		    );

		    let ignored = false;
		    let unignored = false;
		    let matchedRule;

		    for (let index = rules.length - 1; index >= 0; index --) {
		      const rule = rules[index];

		      if (rule.checkRegex.test(path)) {
		        ignored = !rule.negative;
		        unignored = rule.negative;
		        matchedRule = rule.negative
		          ? UNDEFINED
		          : rule;
		        break
		      }
		    }

		    const ret = {
		      ignored,
		      unignored
		    };

		    if (matchedRule) {
		      ret.rule = matchedRule;
		    }

		    return ret
		  }

		  // Test one single path without recursively checking parent directories
		  //
		  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

		  // @returns {TestResult}
		  test (path, mode) {
		    // Most of a .gitignore is patterns with no slash in them, and running
		    //   those against the whole path makes the regular expression engine walk
		    //   every directory name on the way to the only segment that could match.
		    //   Handing them the basename instead is what git does, and it is where
		    //   the time in a directory walk goes: the rule scan was two thirds of it.
		    const rules = this._rules;
		    const {length} = rules;

		    const shortcut = this._basenameCount * 2 >= length;

		    const basename = shortcut
		      ? basenameOf(path)
		      : path;

		    // The last rule to match decides, as in git, and it is the rule
		    //   `git check-ignore -v` reports, so the scan runs from the end and stops
		    //   at the first match.
		    // A plain loop rather than `forEach`, so that `path`, `basename` and
		    //   `shortcut` are locals. As a callback they became closure variables,
		    //   and reaching for one of those once per rule cost 10% of a scan over a
		    //   large rule set -- more than the shortcut they were there to serve.
		    for (let index = length - 1; index >= 0; index --) {
		      const rule = rules[index];

		      if (rule[mode].test(
		        shortcut && rule._basenameOnly
		          ? basename
		          : path
		      )) {
		        const {negative} = rule;

		        const ret = {
		          ignored: !negative,
		          unignored: negative
		        };

		        if (!negative) {
		          ret.rule = rule;
		        }

		        return ret
		      }
		    }

		    return {
		      ignored: false,
		      unignored: false
		    }
		  }
		}

		const throwError = (message, Ctor) => {
		  throw new Ctor(message)
		};

		const checkPath = (path, originalPath, doThrow) => {
		  if (!isString(path)) {
		    return doThrow(
		      `path must be a string, but got \`${originalPath}\``,
		      TypeError
		    )
		  }

		  // We don't know if we should ignore EMPTY, so throw
		  if (!path) {
		    return doThrow(`path must not be empty`, TypeError)
		  }

		  // Check if it is a relative path
		  if (checkPath.isNotRelative(path)) {
		    const r = '`path.relative()`d';
		    return doThrow(
		      `path should be a ${r} string, but got "${originalPath}"`,
		      RangeError
		    )
		  }

		  return true
		};

		// > pathname should be a `path.relative()`d one
		//
		// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
		//   relative if it begins with a separator, or with `./` or `../`, or is
		//   nothing but `.` or `..`. Every match is decided by the first three
		//   characters, and this runs on every path handed to the library -- where it
		//   was 55% of a cached lookup, more than the cache lookup itself.
		const isNotRelative = path => {
		  const first = path.charCodeAt(0);

		  if (first === SLASH_CODE) {
		    return true
		  }

		  if (first !== DOT_CODE) {
		    return false
		  }

		  // '.'
		  if (path.length === 1) {
		    return true
		  }

		  const second = path.charCodeAt(1);

		  // './'
		  if (second === SLASH_CODE) {
		    return true
		  }

		  if (second !== DOT_CODE) {
		    return false
		  }

		  // '..' or '../'
		  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
		};

		checkPath.isNotRelative = isNotRelative;

		// On windows, the following function will be replaced
		/* istanbul ignore next */
		checkPath.convert = p => p;


		const convertPath = target =>
		  isString(target) && checkPath.convert(target);


		class Ignore {
		  constructor ({
		    ignorecase = true,
		    ignoreCase = ignorecase,
		    allowRelativePaths = false
		  } = {}) {
		    define(this, KEY_IGNORE, true);

		    this._rules = new RuleManager(ignoreCase);
		    this._strictPathCheck = !allowRelativePaths;
		    this._initCache();
		  }

		  _initCache () {
		    // A cache for the result of `.ignores()`
		    this._ignoreCache = Object.create(null);

		    // A cache for the result of `.test()`
		    this._testCache = Object.create(null);
		  }

		  add (pattern) {
		    if (this._rules.add(pattern)) {
		      // Some rules have just added to the ignore,
		      //   making the behavior changed,
		      //   so we need to re-initialize the result cache
		      this._initCache();
		    }

		    return this
		  }

		  // legacy
		  addPattern (pattern) {
		    return this.add(pattern)
		  }

		  // @returns {TestResult}
		  _test (originalPath, cache, path) {
		    checkPath(
		      path,
		      originalPath,
		      this._strictPathCheck
		        ? throwError
		        : RETURN_FALSE
		    );

		    return path
		      ? this._t(path, cache)
		      : {
		        ignored: false,
		        unignored: false
		      }
		  }

		  checkIgnore (target) {
		    // A Windows path is converted first, so that a directory given with a
		    //   trailing separator, `\` or `/`, is told the same way
		    const path = convertPath(target);

		    // If the path does not end with a slash, `.ignores()` is much equivalent
		    //   to `git check-ignore`
		    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
		      return this._test(target, this._testCache, path)
		    }

		    // Like `git check-ignore`: a directory excluded by itself or by an
		    //   ancestor settles it, and only then is the literal 'abc/' matched
		    //   against the rules (see `checkSourceOf`).
		    const dir = this._t(path, this._testCache);

		    if (dir.ignored) {
		      return dir
		    }

		    const literal = this._rules.testLiteral(path);

		    return literal.ignored || literal.unignored
		      ? literal
		      : dir
		  }

		  _t (
		    // The path to be tested
		    path,

		    // The cache for the result of a certain checking
		    cache
		  ) {
		    if (path in cache) {
		      return cache[path]
		    }

		    const parentPath = parentOf(path);

		    // If the path contains a parent directory, check the parent first
		    const parent = parentPath
		      ? this._t(parentPath, cache)
		      : UNDEFINED;

		    return cache[path] = parent && parent.ignored
		      // > It is not possible to re-include a file if a parent directory of
		      // >   that file is excluded.
		      ? parent
		      : this._rules.test(path, MODE_IGNORE)
		  }

		  ignores (path) {
		    return this._test(path, this._ignoreCache, convertPath(path)).ignored
		  }

		  createFilter () {
		    return path => !this.ignores(path)
		  }

		  filter (paths) {
		    return makeArray(paths).filter(this.createFilter())
		  }

		  // @returns {TestResult}
		  test (path) {
		    return this._test(path, this._testCache, convertPath(path))
		  }
		}

		const factory = options => new Ignore(options);

		const isPathValid = path =>
		  checkPath(convertPath(path), path, RETURN_FALSE);

		/* istanbul ignore next */
		const setupWindows = () => {
		  /* eslint no-control-regex: "off" */
		  const makePosix = str => /^\\\\\?\\/.test(str)
		  || /["<>|\u0000-\u001F]+/u.test(str)
		    ? str
		    : str.replace(/\\/g, '/');

		  checkPath.convert = makePosix;

		  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
		  // 'd:\\foo'
		  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
		  checkPath.isNotRelative = path =>
		    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
		    || isNotRelative(path);
		};


		// Windows
		// --------------------------------------------------------------
		/* istanbul ignore next */
		if (
		  // Detect `process` so that it can run in browsers.
		  typeof process !== 'undefined'
		  && process.platform === 'win32'
		) {
		  setupWindows();
		}

		// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

		module.exports = factory;

		// Although it is an anti-pattern,
		//   it is still widely misused by a lot of libraries in github
		// Ref: https://github.com/search?q=ignore.default%28%29&type=code
		factory.default = factory;

		module.exports.isPathValid = isPathValid;

		// For testing purposes
		define(module.exports, Symbol.for('setupWindows'), setupWindows); 
	} (ignore$1));
	return ignore$1.exports;
}

var ignoreExports = requireIgnore();
var ignore = /*@__PURE__*/getDefaultExportFromCjs(ignoreExports);

/** Folders that are never part of a release's content. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
const DEFAULT_WALK_LIMITS = {
    maxFiles: 250_000,
    maxDepth: 64,
    deadline: Number.POSITIVE_INFINITY,
    gitignore: true,
    ignorePatterns: []
};
/** Whether gitignore `text` has a pattern that can match a file (see IgnoreScope.matchesFiles). */
function patternsMatchFiles(text) {
    for (const raw of text.split('\n')) {
        // Trailing spaces are dropped unless escaped; a CR of a CRLF file goes with them.
        const line = raw.replace(/\r$/, '').replace(/(?<!\\)\s+$/, '');
        if (line === '' || line.startsWith('#'))
            continue;
        if (line.startsWith('!') || !line.endsWith('/') || line.endsWith('\\/'))
            return true;
    }
    return false;
}
function scopeOf(base, patterns) {
    const text = typeof patterns === 'string' ? patterns : patterns.join('\n');
    return { base, matcher: ignore().add(patterns), matchesFiles: patternsMatchFiles(text) };
}
const GITIGNORE_CAP = 64 * 1024;
/** The clock is read once per 1,024 entries: often enough for the budget, rare enough to be free. */
const CLOCK_CHECK_MASK = 1023;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');
function decodeName(raw) {
    try {
        return utf8.decode(raw);
    }
    catch {
        return null;
    }
}
function isIgnored(scopes, path, isDir) {
    for (const scope of scopes) {
        if (!isDir && !scope.matchesFiles)
            continue;
        const rel = scope.base === '' ? path : path.slice(scope.base.length + 1);
        if (rel === '' || rel.startsWith('..'))
            continue;
        if (scope.matcher.ignores(isDir ? rel + '/' : rel))
            return true;
    }
    return false;
}
/** Reads a .gitignore without following a link and without reading more than the cap. */
function readSmallRegularFile(absPath, cap) {
    let fd = null;
    try {
        fd = openSync(absPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
        const info = fstatSync(fd);
        if (!info.isFile())
            return null;
        const buf = Buffer.alloc(Math.min(cap, info.size));
        const n = readSync(fd, buf, 0, buf.length, 0);
        return buf.subarray(0, n).toString('utf8');
    }
    catch {
        return null;
    }
    finally {
        if (fd !== null)
            closeSync(fd);
    }
}
function describeLink(root, linkDir, target) {
    if (target === null)
        return 'symbolic link (target unreadable); not followed';
    const absolute = isAbsolute(target) ? resolve(target) : resolve(linkDir, target);
    const inside = absolute === root || absolute.startsWith(root + '/');
    return inside
        ? 'symbolic link inside the repository; not followed'
        : 'symbolic link pointing outside the repository; not followed';
}
/** What a listing entry is, from its Dirent: one number per entry instead of the Dirent kept. */
const FILE = 1;
const FOLDER = 2;
const LINK = 3;
const OTHER = 0;
const SPECIAL = {
    4: 'named pipe (FIFO)',
    5: 'socket',
    6: 'character device',
    7: 'block device'
};
function kindOf(entry) {
    // The common cases first: one method call for most entries.
    if (entry.isFile())
        return FILE;
    if (entry.isDirectory())
        return FOLDER;
    if (entry.isSymbolicLink())
        return LINK;
    if (entry.isFIFO())
        return 4;
    if (entry.isSocket())
        return 5;
    if (entry.isCharacterDevice())
        return 6;
    if (entry.isBlockDevice())
        return 7;
    return OTHER;
}
/**
 * The folder's entries in the order their paths sort in (UTF-16 code units, as `<` compares):
 * a folder sorts as its name followed by '/', since every path below it continues that way. A
 * walk that visits entries in this order, and each folder's entries before its next sibling's,
 * lists files in path order without sorting 100,000 whole paths at the end: names contain no
 * '/', so comparing two names this way decides just as comparing the paths would.
 */
function pathOrder(listing) {
    const { kinds, names } = listing;
    const keys = new Array(kinds.length);
    const order = new Array(kinds.length);
    for (let i = 0; i < kinds.length; i++) {
        const name = names[i];
        // A name that is not valid UTF-8 is only reported: where it sorts does not matter.
        keys[i] = name === null ? '' : kinds[i] === FOLDER ? name + '/' : name;
        order[i] = i;
    }
    return order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
}
/**
 * Lists the repository without ever following a symbolic link or opening anything but folders
 * and `.gitignore` files. Links, FIFOs, sockets and devices are reported, never touched.
 *
 * Each folder is listed with one synchronous `readdirSync(withFileTypes)`: the walk is bound by
 * system calls, and `opendir` with a call per entry costs about half as much again (bench/RESULTS.md).
 * The clock is read before and after each folder's listing and every 1,024 entries. An explicit
 * stack of folders instead of recursion keeps thousands of nested folders from overflowing. Files
 * come out in path order (see pathOrder), each with its facts (name, extension, role, vendored and
 * test flags) computed here, once.
 */
async function walkRepository(rootDir, limits = {}) {
    const opts = { ...DEFAULT_WALK_LIMITS, ...limits };
    const root = resolve(rootDir);
    const files = [];
    const directories = [];
    const skipped = [];
    let ignoredCount = 0;
    const policyScope = opts.ignorePatterns.length > 0 ? [scopeOf('', opts.ignorePatterns)] : [];
    const frames = [];
    let stopReason = null;
    /** The folder the budget ran out before, while listing or while walking: first of what was left. */
    let stoppedIn = null;
    /** Lists a folder and makes it the one being walked, unless the budget has run out. */
    const enter = (rel, depth, inherited) => {
        if (Date.now() >= opts.deadline) {
            stopReason = 'time budget exhausted';
            stoppedIn = rel;
            return;
        }
        const abs = rel === '' ? root : join(root, rel);
        const listing = listEntries(abs, rel, skipped);
        if (listing === null)
            return;
        if (Date.now() >= opts.deadline) {
            // One huge folder can take the whole budget by itself; it is reported as not walked.
            stopReason = 'time budget exhausted';
            stoppedIn = rel;
            return;
        }
        let scopes = inherited;
        const { kinds, names } = listing;
        if (opts.gitignore && names.some((n, i) => n === '.gitignore' && kinds[i] === FILE)) {
            const text = readSmallRegularFile(join(abs, '.gitignore'), GITIGNORE_CAP);
            if (text !== null)
                scopes = [...scopes, scopeOf(rel, text)];
        }
        const parent = rel === '' ? '' : rel + '/';
        frames.push({
            rel,
            abs,
            depth,
            scopes,
            parent,
            inheritedFlags: folderFlags(parent),
            listing,
            order: pathOrder(listing),
            next: 0
        });
    };
    enter('', 0, policyScope);
    while (frames.length > 0 && stopReason === null) {
        const frame = frames[frames.length - 1];
        if (frame.next >= frame.order.length) {
            frames.pop();
            continue;
        }
        const position = frame.next++;
        const index = frame.order[position];
        const { kinds, names, shownNames } = frame.listing;
        const kind = kinds[index];
        const name = names[index];
        if ((position & CLOCK_CHECK_MASK) === CLOCK_CHECK_MASK && Date.now() >= opts.deadline) {
            stopReason = 'time budget exhausted';
            stoppedIn = frame.rel;
            frames.pop();
            break;
        }
        const { parent, scopes } = frame;
        if (name === null || name.includes('/')) {
            skipped.push({
                path: parent + shownNames[index],
                reason: 'invalid-name',
                detail: 'file name is not valid UTF-8; skipped'
            });
            continue;
        }
        // join() builds one flat string; `parent + name` would keep a two-part string and, once
        // flattened, both parts (about 35 bytes more per file).
        const rel = parent === '' ? name : [frame.rel, name].join('/');
        if (kind === LINK) {
            let target;
            try {
                target = readlinkSync(join(frame.abs, name));
            }
            catch {
                target = null;
            }
            skipped.push({ path: rel, reason: 'symlink', detail: describeLink(root, frame.abs, target) });
            continue;
        }
        if (kind === FOLDER) {
            const verdict = folderVerdict(frame, name, rel, opts.maxDepth);
            if (verdict === 'ignored')
                ignoredCount++;
            else if (verdict === 'too-deep')
                skipped.push({
                    path: rel,
                    reason: 'depth-limit',
                    detail: `folder nested deeper than ${opts.maxDepth} levels; not entered`
                });
            else if (verdict === 'enter') {
                directories.push(rel);
                // The folder's files sort before its next sibling's: walk it now.
                enter(rel, frame.depth + 1, scopes);
            }
            continue;
        }
        if (kind !== FILE) {
            const special = SPECIAL[kind];
            if (special !== undefined)
                skipped.push({ path: rel, reason: 'special-file', detail: `${special}; never opened` });
            continue;
        }
        if (scopes.length > 0 && isIgnored(scopes, rel, false)) {
            ignoredCount++;
            continue;
        }
        if (files.length >= opts.maxFiles) {
            stopReason = `file limit of ${opts.maxFiles} reached`;
            break;
        }
        const ext = extensionOfName(name);
        files.push(new FileRecord(rel, name, 
        // The folder's own string: one per folder, shared by its files.
        frame.rel, ext, 
        // The role depends on the name alone (classify.ts and isWeightFileName read the base name).
        classifyPath(name, isWeightFileName, ext), frame.inheritedFlags | nameFlags(name)));
    }
    const result = { files, directories, skipped, ignoredCount };
    if (stopReason !== null) {
        const notEntered = foldersNotEntered(frames, opts.maxDepth);
        const remaining = stoppedIn === null ? notEntered : [stoppedIn, ...notEntered];
        result.partial = {
            reason: stopReason,
            remaining: remaining.slice(0, 100).map((rel) => rel || '.')
        };
    }
    return result;
}
/**
 * What the walk does with subfolder `name` (path `rel`) of `frame`: enters it, or leaves it out
 * as a folder never walked, as ignored (.gitignore, the policy), or as nested too deep.
 */
function folderVerdict(frame, name, rel, maxDepth) {
    if (ALWAYS_SKIPPED_DIRS.has(name))
        return 'always-skipped';
    if (frame.scopes.length > 0 && isIgnored(frame.scopes, rel, true))
        return 'ignored';
    if (frame.depth + 1 > maxDepth)
        return 'too-deep';
    return 'enter';
}
/**
 * The folders the walk would still have entered, nearest first: each open folder's entries not yet
 * reached, from the deepest open folder up. At most 100 are kept.
 */
function foldersNotEntered(frames, maxDepth) {
    const out = [];
    for (let f = frames.length - 1; f >= 0 && out.length < 100; f--) {
        const frame = frames[f];
        const { kinds, names } = frame.listing;
        for (let p = frame.next; p < frame.order.length && out.length < 100; p++) {
            const i = frame.order[p];
            const name = names[i];
            if (kinds[i] !== FOLDER || name === null || name.includes('/'))
                continue;
            const rel = frame.parent + name;
            if (folderVerdict(frame, name, rel, maxDepth) === 'enter')
                out.push(rel);
        }
    }
    return out;
}
function kindsOf(entries) {
    const kinds = new Uint8Array(entries.length);
    for (let i = 0; i < entries.length; i++)
        kinds[i] = kindOf(entries[i]);
    return kinds;
}
/**
 * One folder's entries. Names are listed as strings (no Buffer per entry); only a folder where a
 * name decodes to U+FFFD is listed again with raw bytes, to tell invalid UTF-8 from a real U+FFFD.
 */
function listEntries(abs, rel, skipped) {
    const listed = listFolder(abs, rel, skipped, 'utf8');
    if (listed === null)
        return null;
    const names = listed.map((d) => d.name);
    if (!names.some((n) => n.includes('\ufffd')))
        return { kinds: kindsOf(listed), names, shownNames: names };
    const raw = (listFolder(abs, rel, [], 'buffer') ?? []);
    return {
        kinds: kindsOf(raw),
        names: raw.map((d) => decodeName(d.name)),
        shownNames: raw.map((d) => lossy.decode(d.name))
    };
}
/** All entries of one folder, or null when it cannot be listed (reported). */
function listFolder(abs, rel, skipped, encoding) {
    try {
        return encoding === 'buffer'
            ? readdirSync(abs, { withFileTypes: true, encoding: 'buffer' })
            : readdirSync(abs, { withFileTypes: true, encoding: 'utf8' });
    }
    catch (error) {
        skipped.push({
            path: rel || '.',
            reason: 'unreadable',
            detail: `folder could not be listed (${error.code ?? 'error'})`
        });
        return null;
    }
}

/**
 * Text files read per role (documents, code, configs), shallowest first, from a folder and from
 * the Hub alike, so a checkout and its Hub copy give one report. Measured, not guessed: on the
 * 24 real repositories of bench/READS.md, no report changes between this cap and five times
 * it, and the first changes at 300. `--max-text-files` raises it.
 */
const MAX_TEXT_FILES = 1000;
const DEFAULT_SCAN_OPTIONS = {
    maxSeconds: 120,
    ignore: [],
    maxTextFiles: MAX_TEXT_FILES
};
/** The scan's only user-facing failure: the directory itself cannot be scanned. */
class ScanInputError extends Error {
}
const LFS_POINTER_MAX = 1024;
/**
 * The shortest text parseLfsPointer accepts: the shortest spec URL, a 64-digit oid and `size 0`,
 * one line each. A smaller file cannot be a pointer, so its size alone rules it out.
 */
const LFS_POINTER_MIN = Math.min(...LFS_SPEC_VERSIONS.map((v) => `version ${v}\noid sha256:${'0'.repeat(64)}\nsize 0`.length));
const BINARY_SNIFF = 8192;
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
/**
 * The absolute path of a walked file: `root` is resolved and the walk's paths are plain relative
 * ones (no `.`, `..` or empty segments), so a concatenation names the file path.join would name
 * (the same string on POSIX), without its per-character normalisation.
 */
function inRoot(root, path) {
    return root.endsWith('/') || root.endsWith(sep) ? root + path : root + sep + path;
}
/**
 * Reads a weight file's header, or the bytes of a file the quick paths below leave to it, into
 * `file` (mutated in place: 100,000 files need no second copy).
 */
async function readFile(root, file, role) {
    const path = file.path;
    let opened;
    try {
        opened = await openFileByteSource(inRoot(root, path));
    }
    catch (error) {
        return {
            file,
            bytesRead: 0,
            skipped: {
                path,
                reason: 'unreadable',
                detail: `could not be opened as a regular file (${describe(error)})`
            }
        };
    }
    try {
        return await readFromSource(opened.source, file, role);
    }
    finally {
        await opened.close().catch(() => undefined);
    }
}
/**
 * What the scan reads of one file, from any byte source (a local file, or a file on the Hub read
 * through range requests): an LFS pointer, a weight header, or capped text. Mutates `file`.
 */
async function readFromSource(source, file, role) {
    const path = file.path;
    try {
        file.size = source.size;
        if (source.size < LFS_POINTER_MAX && source.size > 0) {
            const head = await source.read(0, source.size);
            const pointer = parseLfsPointer(head);
            if (pointer !== null) {
                file.lfs = pointer;
                return { file, bytesRead: source.bytesRead };
            }
            if (role === 'weights') {
                file.weight = await inspectWeightFile(source, path);
                return { file, bytesRead: source.bytesRead, weightBytes: source.bytesRead };
            }
        }
        else if (role === 'weights') {
            file.weight = await inspectWeightFile(source, path);
            return { file, bytesRead: source.bytesRead, weightBytes: source.bytesRead };
        }
        const cap = READ_CAP[role];
        if (cap <= LFS_POINTER_MAX || source.size === 0) {
            if (source.size === 0)
                file.text = role === 'binary-data' ? undefined : '';
            return { file, bytesRead: source.bytesRead };
        }
        const length = Math.min(cap, source.size);
        const bytes = await source.read(0, length);
        const sniff = bytes.subarray(0, BINARY_SNIFF);
        if (sniff.includes(0)) {
            return {
                file,
                bytesRead: source.bytesRead,
                skipped: {
                    path,
                    reason: 'binary-document',
                    detail: 'binary content in a file named as text; not read'
                }
            };
        }
        file.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
        if (source.size > length) {
            file.truncated = true;
            return {
                file,
                bytesRead: source.bytesRead,
                skipped: {
                    path,
                    reason: 'too-large',
                    detail: `${formatBytes(source.size)}; only the first ${formatBytes(length)} was read`
                }
            };
        }
        return { file, bytesRead: source.bytesRead };
    }
    catch (error) {
        return {
            file,
            bytesRead: source.bytesRead,
            skipped: { path, reason: 'unreadable', detail: `read failed (${describe(error)})` }
        };
    }
}
/**
 * A data file is opened only when its size allows a Git LFS pointer: the size comes from lstat
 * (one call, no descriptor). Null leaves the file to readFile (not a regular file any more, or
 * lstat failed), so those cases are reported as before.
 */
function readDataFile(root, file) {
    let size;
    try {
        const info = lstatSync(inRoot(root, file.path));
        if (!info.isFile())
            return null;
        size = info.size;
    }
    catch {
        return null;
    }
    if (size >= LFS_POINTER_MIN && size < LFS_POINTER_MAX)
        return null;
    file.size = size;
    return { file, bytesRead: 0 };
}
/**
 * Batch size. A full batch is over Node's 1,031,913-byte threshold and decodes to an external
 * string; a smaller one over 128 KiB to a large object. V8 moves neither.
 */
const TEXT_BATCH_BYTES = 1 << 20;
/** Larger texts are decoded on their own (they are large objects for V8 already). */
const BATCHED_TEXT_MAX = 64 * 1024;
/**
 * The scan keeps every text it reads until the report is made. Decoded one by one, each text is a
 * young object that V8's scavenger copies twice before it settles in the old generation: tens of
 * megabytes copied on a large tree. ASCII texts (most of them) are instead read into a batch,
 * and a batch is decoded once into a single string that V8 never moves; each file's text is a
 * slice of it (for ASCII, a byte is a character, so the text is the same). Other texts, and large
 * ones, are decoded on their own.
 */
class TextBatches {
    /** Reused after each flush: decoding copies the bytes into the string. */
    buffer = Buffer.allocUnsafe(TEXT_BATCH_BYTES);
    used = 0;
    pending = [];
    ends = [];
    /**
     * Where a read of up to `length` bytes (at most BATCHED_TEXT_MAX + 1) goes in `buffer`: after
     * the texts kept so far, the batch decoded first when they leave too little room. A text read
     * there is kept by `keep` without a copy.
     */
    reserve(length) {
        if (this.used + length > TEXT_BATCH_BYTES)
            this.flush();
        return this.used;
    }
    /**
     * Sets `file.text` from `bytes`. Bytes read into `buffer` at the offset `reserve` gave
     * (`inBatch`) join the batch when they are ASCII; anything else is decoded now.
     */
    keep(file, bytes, inBatch) {
        if (!inBatch || bytes.length > BATCHED_TEXT_MAX || !isAscii(bytes)) {
            file.text = bytes.toString('utf8');
            return;
        }
        this.used += bytes.length;
        this.pending.push(file);
        this.ends.push(this.used);
    }
    /** Decodes the batch and hands each waiting file its slice. */
    flush() {
        if (this.pending.length > 0) {
            const all = this.buffer.toString('latin1', 0, this.used);
            let start = 0;
            for (let i = 0; i < this.pending.length; i++) {
                const end = this.ends[i];
                this.pending[i].text = all.slice(start, end);
                start = end;
            }
        }
        this.used = 0;
        this.pending = [];
        this.ends = [];
    }
}
let scratch = Buffer.alloc(0);
/** One buffer for the texts too long for a batch (each is decoded before the next). */
function scratchBuffer(length) {
    if (scratch.length < length)
        scratch = Buffer.allocUnsafe(Math.max(length, 64 * 1024));
    return scratch;
}
/**
 * Documents, code and configs: one synchronous open, one read of up to one byte past the cap (two
 * for a text over 64 KiB), and close. The bytes read give the size (a short read is the end), so
 * no fstat and no Stats object per file; fstat runs only for what the reads cannot tell: an empty
 * result (an empty file, or no longer a regular file) and a file over the cap (whose size the
 * report names). The first bytes serve both the LFS pointer check and the text, so a small file is
 * read once.
 */
function readTextFile(root, file, role, texts) {
    const path = file.path;
    let fd;
    try {
        fd = openSync(inRoot(root, path), OPEN_FLAGS);
    }
    catch {
        return null;
    }
    let bytesRead = 0;
    try {
        const cap = READ_CAP[role];
        // The first read goes straight into the text batch; only a file larger than a batched text
        // (rare) moves to the scratch buffer for the rest of its read.
        // A regular file gives fewer bytes than asked only at its end (libuv retries interrupted
        // reads): a short read ends the file without another call to see 0.
        const first = Math.min(cap + 1, BATCHED_TEXT_MAX + 1);
        let bytes = texts.buffer;
        let offset = texts.reserve(first);
        bytesRead = readSync(fd, bytes, offset, first, 0);
        if (bytesRead === first && bytesRead <= cap) {
            const large = scratchBuffer(cap + 1);
            bytes.copy(large, 0, offset, offset + bytesRead);
            bytes = large;
            offset = 0;
            while (bytesRead <= cap) {
                const asked = cap + 1 - bytesRead;
                const n = readSync(fd, large, bytesRead, asked, bytesRead);
                bytesRead += n;
                if (n < asked)
                    break;
            }
        }
        let size = bytesRead;
        if (bytesRead === 0 || bytesRead > cap) {
            const info = fstatSync(fd);
            if (!info.isFile())
                return null;
            size = info.size;
        }
        file.size = size;
        if (size === 0) {
            file.text = '';
            return { file, bytesRead };
        }
        const length = Math.min(cap, bytesRead);
        const head = bytes.subarray(offset, offset + length);
        if (size < LFS_POINTER_MAX) {
            const pointer = parseLfsPointer(head);
            if (pointer !== null) {
                file.lfs = pointer;
                return { file, bytesRead };
            }
        }
        if (head.subarray(0, BINARY_SNIFF).includes(0)) {
            return {
                file,
                bytesRead,
                skipped: {
                    path,
                    reason: 'binary-document',
                    detail: 'binary content in a file named as text; not read'
                }
            };
        }
        texts.keep(file, head, bytes === texts.buffer);
        if (size > length) {
            file.truncated = true;
            return {
                file,
                bytesRead,
                skipped: {
                    path,
                    reason: 'too-large',
                    detail: `${formatBytes(size)}; only the first ${formatBytes(length)} was read`
                }
            };
        }
        return { file, bytesRead };
    }
    catch (error) {
        // A folder put in the file's place since the listing: left to readFile, which reports it.
        if (error.code === 'EISDIR')
            return null;
        return {
            file,
            bytesRead,
            skipped: { path, reason: 'unreadable', detail: `read failed (${describe(error)})` }
        };
    }
    finally {
        closeSync(fd);
    }
}
function describe(error) {
    const code = error?.code;
    if (code)
        return code;
    return error instanceof Error ? error.message.split('\n')[0].slice(0, 120) : 'error';
}
/** The number of folders above a file: per folder (a record's shared `dir`) when it has one. */
function depthOf(file, byFolder) {
    const dir = file.dir;
    if (dir === undefined)
        return segmentCount(file.path) - 1;
    let depth = byFolder.get(dir);
    if (depth === undefined) {
        depth = dir === '' ? 0 : segmentCount(dir);
        byFolder.set(dir, depth);
    }
    return depth;
}
/**
 * The `keep` files of `list` with the fewest folders in their path, ordered by depth then path.
 * Only the depths up to the one where `keep` is reached are sorted, not the whole list.
 */
function shallowestFirst(list, keep) {
    const depths = new Uint16Array(list.length);
    const perDepth = [];
    const byFolder = new Map();
    for (let i = 0; i < list.length; i++) {
        // The walk stops far below 65,535 levels (maxDepth); a deeper Hub path sorts last.
        const depth = Math.min(depthOf(list[i], byFolder), 0xffff);
        depths[i] = depth;
        while (perDepth.length <= depth)
            perDepth.push(0);
        perDepth[depth]++;
    }
    let boundary = 0;
    for (let below = 0; below + perDepth[boundary] < keep; boundary++)
        below += perDepth[boundary];
    const kept = [];
    for (let i = 0; i < list.length; i++)
        if (depths[i] <= boundary)
            kept.push(i);
    kept.sort((a, b) => depths[a] - depths[b] || (list[a].path < list[b].path ? -1 : 1));
    kept.length = keep;
    return kept.map((i) => list[i]);
}
const TEXT_ROLES = ['document', 'code', 'config'];
/**
 * Decides what to read: weights and pointer candidates always; text up to a count per role,
 * shallow paths first (a release's own files sit near the top, generated trees deep below).
 * Returns the files themselves, in reading order: no wrapper object per file.
 */
function orderReads(files, roleOf, maxTextFiles) {
    const textByRole = TEXT_ROLES.map(() => []);
    const toRead = [];
    for (let i = 0; i < files.length; i++) {
        const file = files[i];
        const role = roleOf(file);
        if (role === 'weights' || role === 'binary-data')
            toRead.push(file);
        else if (role === 'document')
            textByRole[0].push(file);
        else if (role === 'code')
            textByRole[1].push(file);
        else if (role === 'config')
            textByRole[2].push(file);
    }
    let textNotRead = 0;
    for (const list of textByRole) {
        if (list.length > maxTextFiles) {
            textNotRead += list.length - maxTextFiles;
            for (const file of shallowestFirst(list, maxTextFiles))
                toRead.push(file);
        }
        else
            for (const file of list)
                toRead.push(file);
    }
    return { toRead, textNotRead };
}
/** orderReads for files without facts (a Hub listing), each with its role. */
function planReads(files, maxTextFiles) {
    const roles = new Map(files.map((f) => [f, classifyPath(f.path, isWeightFileName)]));
    const { toRead, textNotRead } = orderReads(files, (f) => roles.get(f), maxTextFiles);
    return { toRead: toRead.map((file) => ({ file, role: roles.get(file) })), textNotRead };
}
/**
 * The I/O edge of the pipeline: walks the repository, reads headers of weight files, text of
 * documents, code and configs (capped), and returns a Snapshot for the pure detectors.
 */
async function scanRepository(dir, options = {}) {
    // An option passed as undefined keeps its default, as an option left out does.
    const given = Object.entries(options).filter(([, value]) => value !== undefined);
    const opts = { ...DEFAULT_SCAN_OPTIONS, ...Object.fromEntries(given) };
    const started = Date.now();
    const deadline = started + opts.maxSeconds * 1000;
    const root = resolve(dir);
    let rootInfo;
    try {
        rootInfo = await stat(root);
    }
    catch (error) {
        throw new ScanInputError(`cannot read ${dir}: ${describe(error)}`);
    }
    if (!rootInfo.isDirectory())
        throw new ScanInputError(`${dir} is not a directory`);
    const walked = await walkRepository(root, { deadline, ignorePatterns: opts.ignore, ...opts.walk });
    const skipped = [...walked.skipped];
    const files = walked.files;
    const { toRead, textNotRead } = orderReads(files, (f) => f.role, opts.maxTextFiles);
    let bytesRead = 0;
    let maxWeightBytes = 0;
    // The benchmark's floor repeats exactly these calls (bench/floor.mjs): `lstat PATH` for a data
    // file sized without opening it, `read PATH BYTES` for a file opened and read.
    const logPath = process.env.MODEL_OPENNESS_READ_LOG;
    const log = logPath ? [] : null;
    // One file after another: reads are short synchronous positional reads (see bytes.ts), so
    // parallel readers would only interleave them.
    const texts = new TextBatches();
    let next = 0;
    let timedOut = false;
    while (next < toRead.length) {
        if (Date.now() >= deadline) {
            timedOut = true;
            break;
        }
        const file = toRead[next++];
        const role = file.role;
        const quick = role === 'binary-data'
            ? readDataFile(root, file)
            : role === 'weights'
                ? null
                : readTextFile(root, file, role, texts);
        const outcome = quick ?? (await readFile(root, file, role));
        if (log) {
            if (role === 'binary-data')
                log.push(`lstat\t${file.path}`);
            if (role !== 'binary-data' || quick === null)
                log.push(`read\t${file.path}\t${outcome.bytesRead}`);
        }
        bytesRead += outcome.bytesRead;
        if (outcome.weightBytes !== undefined)
            maxWeightBytes = Math.max(maxWeightBytes, outcome.weightBytes);
        if (outcome.skipped)
            skipped.push(outcome.skipped);
    }
    texts.flush();
    if (logPath && log)
        writeFileSync(logPath, log.join('\n') + '\n');
    // The walk lists files in path order (walk.ts, pathOrder), which the snapshot promises.
    const snapshot = {
        files,
        directories: [...walked.directories].sort(),
        skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
        stats: {
            filesSeen: walked.files.length,
            directoriesSeen: walked.directories.length,
            bytesRead,
            maxBytesReadPerWeight: maxWeightBytes,
            elapsedMs: Date.now() - started,
            ignoredFiles: walked.ignoredCount,
            textFilesNotRead: textNotRead
        }
    };
    if (walked.partial)
        snapshot.partial = walked.partial;
    else if (timedOut) {
        snapshot.partial = {
            reason: 'time budget exhausted while reading files',
            remaining: toRead.slice(next, next + 100).map((f) => f.path)
        };
    }
    return snapshot;
}

/** Time left for online resolution: what the scan left of `--max-seconds`, at most two minutes. */
function resolutionBudget(maxSeconds, elapsedMs) {
    return Math.max(1_000, Math.min(120_000, maxSeconds * 1000 - elapsedMs));
}
/** Scan (the I/O edge), detect (pure), resolve (the network edge), assess (pure). */
async function analyzeRepository(dir, options) {
    const started = Date.now();
    const policy = options.policy ?? EMPTY_POLICY;
    const maxSeconds = options.maxSeconds ?? 120;
    const snapshot = await scanRepository(dir, {
        maxSeconds,
        ignore: policy.ignore ?? [],
        maxTextFiles: options.maxTextFiles
    });
    const settings = options.resolve ?? { };
    const read = await readLockFile(settings.lockPath ?? join(dir, LOCK_FILE_NAME));
    return analyzeSnapshot(snapshot, read, { ...options, startedAt: started });
}
/**
 * Everything after the scan, for a snapshot from any source (a folder, the Hub): detect, resolve
 * with the lock file that was read (or found missing), assess.
 */
async function analyzeSnapshot(snapshot, read, options) {
    const policy = options.policy ?? EMPTY_POLICY;
    const maxSeconds = options.maxSeconds ?? 120;
    const detection = detectComponents(snapshot, { repository: options.repository });
    const settings = options.resolve ?? { mode: 'offline' };
    const lockProblems = [];
    let lock = null;
    if (read.ok)
        lock = read.lock;
    else if (!('missing' in read) || settings.mode === 'lock')
        lockProblems.push(read.error);
    let facts;
    let mode = settings.mode;
    let drift = [];
    if (settings.mode === 'online') {
        facts = await resolveReferences(detection.references, {
            budgetMs: resolutionBudget(maxSeconds, Date.now() - options.startedAt),
            ...settings.options,
            mode: 'online'
        });
        if (lock)
            drift = diffLock(lock, facts);
    }
    else if (lock) {
        // Offline with a committed lock file: the lock's answers, with no network call.
        facts = await resolveReferences(detection.references, { mode: 'lock', lock });
        mode = 'lock';
    }
    else {
        // Nothing was fetched: no time goes into the report, so offline reports are reproducible.
        facts = (await resolveReferences(detection.references, { mode: 'offline' })).map((f) => ({
            ...f,
            fetchedAt: ''
        }));
        mode = 'offline';
    }
    const report = assessDetection(snapshot, detection, { mode, facts, drift }, { repository: options.repository, policy });
    report.warnings.push(...lockProblems);
    return { report, snapshot, facts, lock, lockProblems };
}

/**
 * Checks the folder to scan before anything else reads from it, so a missing or unreadable folder
 * is named as such (and not, say, as an unreadable policy file inside it). `shown` is the folder
 * as the user wrote it.
 */
async function checkScanRoot(dir, shown) {
    let info;
    try {
        info = await stat(dir);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new ScanInputError(`${shown}: no such folder`);
        throw new ScanInputError(`${shown}: cannot read the folder (${code ?? 'error'})`);
    }
    if (!info.isDirectory())
        throw new ScanInputError(`${shown}: not a folder`);
    try {
        const handle = await opendir(dir);
        await handle.close();
    }
    catch (error) {
        const code = error.code;
        throw new ScanInputError(`${shown}: cannot read the folder (${code ?? 'error'})`);
    }
}
/**
 * An empty folder is almost always a wrong path; a report of "everything missing" would hide that.
 * A scan that stopped early, or that skipped what it found (links, special files), is not empty.
 */
function checkFilesFound(report, shown) {
    const { files, ignoredFiles, partial, skipped } = report.inventory;
    if (files === 0 && partial === null && skipped.length === 0)
        throw new ScanInputError(`${shown}: no files found${ignoredFiles > 0 ? ` (${ignoredFiles} ignored by the policy file)` : ''}`);
}

export { DEFAULT_POLICY_PATH as D, EMPTY_POLICY as E, GGUF_READ_CAP as G, HEADER_READ_SLACK as H, LOCK_FILE_NAME as L, MAX_TEXT_FILES as M, PolicyError as P, SCHEMA_VERSION as S, ScanInputError as a, analyzeRepository as b, checkFilesFound as c, checkScanRoot as d, combineGates as e, evaluateGates as f, cleanText as g, parseJson as h, planReads as i, ignore as j, formatFromName as k, loadPolicyFile as l, hubRepoFields as m, resolveEndpoints as n, HttpClient as o, parsePolicy as p, readLockFile as q, readFromSource as r, analyzeSnapshot as s, trimSlash as t, parseLock as u, mofClassGate as v, buildLock as w, writeLockFile as x, commonjsGlobal as y, getDefaultExportFromCjs as z };
