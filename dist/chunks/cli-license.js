import { openSync, constants, fstatSync, readSync, closeSync } from 'node:fs';
import { resolve } from 'node:path';
import { U as UsageError, E as EXIT } from './cli-errors.js';
import { d as describeLicenseFile, l as licenseFromUrl, i as isOpenLicense, R as READ_CAP } from './license-file.js';
import './mot-licenses.js';

/**
 * `model-openness license FILE…`: identifies licence files one by one, the way the scan identifies
 * a repository's licence files (same reader caps, same matcher, same scope and use-policy rules),
 * without loading the scanner. Like `licensee detect`, it prints for each file the SPDX id or
 * LicenseRef, the name, the confidence and how the text matched.
 */
/** The scan reads a licence file (a document) up to this many bytes; so does the command. */
const READ_LIMIT = READ_CAP.document;
/** As in the scan: a NUL byte in the first 8 KiB means binary content under a text name. */
const BINARY_SNIFF = 8192;
/** A Git LFS pointer (under 1 KiB, `version` line first) stands for content that is not here. */
const LFS_POINTER = /^version https:\/\/(?:git-lfs\.github\.com|hawser\.github\.com)\/spec\/v1\n/;
const MAX_FILES = 1000;
const FORMATS = ['text', 'json'];
const MATCHER_WORDS = {
    text: 'licence text (word-bigram similarity)',
    'contained-text': 'licence text contained in a longer file',
    texts: 'several licence texts in one file',
    title: 'licence title',
    notice: 'licence notice (no licence text)',
    'modified-text': 'licence text with added terms',
    none: 'no licence recognised'
};
class UnreadableFile extends Error {
}
function errorWords(error) {
    switch (error?.code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return 'no such file';
        case 'ELOOP':
            return 'is a symbolic link; not followed';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        default: {
            const code = error?.code;
            return `cannot read (${code ?? 'error'})`;
        }
    }
}
/**
 * Reads like the scan: no link followed, regular files only, at most READ_LIMIT bytes. Synchronous:
 * one file at a time is all a command line needs, and it spares loading the promise file API.
 */
function readCapped(path) {
    let fd;
    try {
        fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    }
    catch (error) {
        throw new UnreadableFile(errorWords(error));
    }
    try {
        const info = fstatSync(fd);
        if (info.isDirectory())
            throw new UnreadableFile('is a folder');
        if (!info.isFile())
            throw new UnreadableFile('is not a regular file');
        const length = Math.min(info.size, READ_LIMIT);
        const buffer = Buffer.alloc(length);
        let filled = 0;
        while (filled < length) {
            const n = readSync(fd, buffer, filled, length - filled, filled);
            if (n === 0)
                break;
            filled += n;
        }
        const bytes = buffer.subarray(0, filled);
        if (bytes.subarray(0, BINARY_SNIFF).includes(0))
            throw new UnreadableFile('has binary content; not a licence text');
        const text = bytes.toString('utf8');
        if (filled < 1024 && LFS_POINTER.test(text))
            throw new UnreadableFile('is a Git LFS pointer, not the licence text');
        return { text, truncated: info.size > filled };
    }
    catch (error) {
        if (error instanceof UnreadableFile)
            throw error;
        throw new UnreadableFile(errorWords(error));
    }
    finally {
        closeSync(fd);
    }
}
function answerFor(path, text, truncated = false) {
    const { file, match, notices } = describeLicenseFile(path, text);
    const id = file.identification;
    const restrictsUse = id.restrictsUse === true;
    const stated = file.pointer ? licenseFromUrl(file.pointer) : null;
    return {
        path,
        spdx: id.spdx,
        name: id.name,
        kind: file.usePolicy ? 'use-policy' : id.kind,
        scope: file.scope,
        confidence: id.confidence,
        similarity: match.similarity,
        matcher: match.matcher,
        restrictsUse,
        open: !restrictsUse && !file.usePolicy && isOpenLicense(id.spdx),
        ...(file.pointer
            ? {
                pointer: {
                    url: file.pointer,
                    names: stated ? { spdx: stated.spdx, name: stated.name } : null
                }
            }
            : {}),
        ...(notices.length > 0
            ? {
                notices: notices.map((n) => ({
                    spdx: n.identification.spdx,
                    name: n.identification.name,
                    paths: n.paths,
                    line: n.line
                }))
            }
            : {}),
        ...(file.template ? { template: true } : {}),
        ...(truncated ? { truncated: true } : {})
    };
}
/** Control characters of a hostile file name, made visible instead of sent to the terminal. */
function printable(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}
function percent(n) {
    return `${(n * 100).toFixed(1)}%`;
}
function asText(answer) {
    const lines = [`${printable(answer.path)}:`];
    lines.push(`  License:    ${answer.spdx ?? 'none recognised'}`);
    lines.push(`  Name:       ${answer.name}`);
    lines.push(`  Kind:       ${answer.kind}${answer.restrictsUse ? ' (restricts use)' : ''}`);
    lines.push(`  Confidence: ${percent(answer.confidence)}`);
    lines.push(`  Similarity: ${percent(answer.similarity)} (best single licence text)`);
    lines.push(`  Matcher:    ${MATCHER_WORDS[answer.matcher]}`);
    lines.push(`  Scope:      ${answer.scope}`);
    lines.push(`  Open:       ${answer.open ? 'yes' : 'no'} (Model Openness Tool rule)`);
    if (answer.pointer)
        lines.push(`  Points to:  ${printable(answer.pointer.url)}` +
            (answer.pointer.names
                ? ` (names ${answer.pointer.names.spdx ?? answer.pointer.names.name})`
                : ' (not a licence we know)'));
    if (answer.template)
        lines.push('  Note:       a header template with placeholders, not a licence by itself');
    for (const notice of answer.notices ?? [])
        lines.push(`  Notice:     line ${notice.line}: ${notice.spdx ?? notice.name} for ` +
            (notice.paths.length > 0
                ? notice.paths.map(printable).join(', ')
                : 'no path in the repository named'));
    if (answer.truncated)
        lines.push(`  Note:       only the first ${READ_LIMIT / 1024} KiB was read`);
    return lines.join('\n') + '\n';
}
async function licenseCommand(positionals, values, io) {
    if (positionals.length === 0)
        throw new UsageError('license takes one or more files');
    if (positionals.length > MAX_FILES)
        throw new UsageError(`license takes at most ${MAX_FILES} files, got ${positionals.length}`);
    const format = String(values.format ?? 'text');
    if (!FORMATS.includes(format))
        throw new UsageError(`--format for license must be text or json, got '${format}'`);
    for (const [flag, value] of Object.entries(values))
        if (value !== undefined && flag !== 'format')
            throw new UsageError(`license does not take --${flag}`);
    const answers = [];
    let failed = 0;
    for (const shown of positionals) {
        try {
            const { text, truncated } = readCapped(resolve(io.cwd, shown));
            answers.push(answerFor(shown, text, truncated));
        }
        catch (error) {
            if (!(error instanceof UnreadableFile))
                throw error;
            failed++;
            io.stderr(`model-openness: ${printable(shown)}: ${error.message}\n`);
        }
    }
    if (format === 'json')
        io.stdout(JSON.stringify({ files: answers }, null, 2) + '\n');
    else
        io.stdout(answers.map(asText).join('\n'));
    return failed > 0 ? EXIT.usage : EXIT.ok;
}

export { answerFor, licenseCommand };
