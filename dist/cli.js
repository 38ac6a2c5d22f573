#!/usr/bin/env node
import { constants } from 'node:fs';
import { writeFile, rename, open } from 'node:fs/promises';
import { resolve, basename, join, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { b as buildMotRecord, m as motRecordToYaml, V as VERSION, S as ScanInputError, P as PolicyError, l as loadPolicyFile, a as analyzeRepository, r as renderMarkdown, e as evaluateMotRecord, M as MAX_MOT_RECORD_BYTES } from './chunks/core.js';
import 'process';
import 'buffer';
import 'node:stream';
import 'fs';
import 'zlib';
import 'util';
import 'stream';
import 'events';

/** `--format mot`: the detected release as a Model Openness Tool record, ready to submit. */
function reportToMotYaml(report) {
    const record = buildMotRecord({ name: report.repository }, report.components);
    return motRecordToYaml(record);
}

const USAGE = `Usage:
  model-openness scan [DIR] [--format json|markdown|mot] [--output FILE] [--config FILE] [--max-seconds N]
  model-openness mof RECORD.yml
  model-openness --help | --version

scan   inspects a model repository (DIR, default .) and reports its openness:
       score, MOF class, OSAID verdict, Open Source AI Index, missing disclosures, open-washing.
         --format       json (default), markdown, or mot (a Model Openness Tool record)
         --output       write the report to FILE instead of standard output
         --config       policy file (default: DIR/.github/model-openness.yml when present)
         --max-seconds  stop scanning after N seconds and report what was left (default 120)
mof    evaluates a record in the Model Openness Tool's YAML format and prints its class and progress.

Exit status: 0 when a report was written, 2 for bad usage or unreadable input.
`;
class UsageError extends Error {
}
const FORMATS = ['json', 'markdown', 'mot'];
/** Writes through a temporary file and a rename, so a failed run never leaves half a report. */
async function writeAtomically(path, text) {
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    await writeFile(tmp, text, { mode: 0o644 });
    await rename(tmp, path);
}
async function scanCommand(positionals, values, io) {
    if (positionals.length > 1)
        throw new UsageError(`scan takes one directory, got ${positionals.length}`);
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const format = (values.format ?? 'json');
    if (!FORMATS.includes(format))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${format}'`);
    let maxSeconds = 120;
    if (values['max-seconds'] !== undefined) {
        maxSeconds = Number(values['max-seconds']);
        if (!Number.isFinite(maxSeconds) || maxSeconds <= 0 || maxSeconds > 86_400) {
            throw new UsageError(`--max-seconds must be a number of seconds between 0 and 86400, got '${String(values['max-seconds'])}'`);
        }
    }
    const policy = await loadPolicyFile(dir, typeof values.config === 'string' ? resolve(io.cwd, values.config) : undefined);
    const { report } = await analyzeRepository(dir, { maxSeconds, policy, repository: basename(dir) });
    const text = format === 'json'
        ? JSON.stringify(report, null, 2) + '\n'
        : format === 'markdown'
            ? renderMarkdown(report, { titleLevel: 1 })
            : reportToMotYaml(report);
    if (typeof values.output === 'string')
        await writeAtomically(resolve(io.cwd, values.output), text);
    else
        io.stdout(text);
    for (const item of report.inventory.skipped.slice(0, 20))
        io.stderr(`warning: skipped ${JSON.stringify(item.path)}: ${item.detail}\n`);
    if (report.inventory.skipped.length > 20)
        io.stderr(`warning: ${report.inventory.skipped.length - 20} more skipped items in the report\n`);
    if (report.inventory.partial)
        io.stderr(`warning: partial scan: ${report.inventory.partial.reason}\n`);
    return 0;
}
/** A record is small: refuse anything but a regular file within the parser's size cap. */
async function readRecordFile(path, shown) {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new UsageError(`${shown} is not a regular file`);
        if (info.size > MAX_MOT_RECORD_BYTES)
            throw new UsageError(`${shown} is larger than ${MAX_MOT_RECORD_BYTES / 1024} KiB`);
        const buf = Buffer.alloc(info.size);
        let filled = 0;
        while (filled < info.size) {
            const { bytesRead } = await handle.read(buf, filled, info.size - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return buf.subarray(0, filled).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
async function mofCommand(positionals, io) {
    if (positionals.length !== 1)
        throw new UsageError('mof takes exactly one record file');
    const path = resolve(io.cwd, positionals[0]);
    let text;
    try {
        text = await readRecordFile(path, positionals[0]);
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        throw new UsageError(`cannot read ${positionals[0]}: ${error.code ?? 'error'}`);
    }
    const result = evaluateMotRecord(text);
    if (!result.ok)
        throw new UsageError(`${positionals[0]}: ${result.error}`);
    const { class: cls, label, progress } = result.classification;
    io.stdout(JSON.stringify({ class: cls, label, progress }, null, 2) + '\n');
    return 0;
}
/** The CLI without process globals, so tests can run it in-process. Returns the exit status. */
async function runCli(argv, io) {
    try {
        const { values, positionals } = parseArgs({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', short: 'f' },
                output: { type: 'string', short: 'o' },
                config: { type: 'string', short: 'c' },
                'max-seconds': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        });
        if (values.help) {
            io.stdout(USAGE);
            return 0;
        }
        if (values.version) {
            io.stdout(`${VERSION}\n`);
            return 0;
        }
        const [command, ...rest] = positionals;
        if (command === 'scan')
            return await scanCommand(rest, values, io);
        if (command === 'mof')
            return await mofCommand(rest, io);
        throw new UsageError(command === undefined ? 'missing command (scan or mof)' : `unknown command '${command}'`);
    }
    catch (error) {
        if (error instanceof UsageError ||
            error instanceof ScanInputError ||
            error instanceof PolicyError) {
            io.stderr(`model-openness: ${error.message}\n`);
            return 2;
        }
        const code = error?.code;
        if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
            io.stderr(`model-openness: ${error.message.split('\n')[0]}\nRun 'model-openness --help' for usage.\n`);
            return 2;
        }
        io.stderr(`model-openness: unexpected error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
        return 1;
    }
}

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd()
});
