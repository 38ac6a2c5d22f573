#!/usr/bin/env node
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { E as EXIT, V as VERSION, U as UsageError } from './chunks/cli-common.js';

/** node:util's parseArgs errors, said in the CLI's own words. */
function parseArgsMessage(error) {
    const first = (error.message ?? '').split('\n')[0];
    const option = /'(-{1,2}[^' ]+)/.exec(first)?.[1];
    switch (error.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `unknown option '${option ?? first}'`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            // E.g. `--max-seconds -5`: the value looks like an option, or a flag got a value.
            return option && /argument missing|ambiguous|<value>/.test(first)
                ? `${option} needs a value (write ${option}=VALUE for a value that starts with '-')`
                : `${option ?? 'an option'} does not take a value`;
        default:
            return first;
    }
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
                'max-text-files': { type: 'string' },
                repository: { type: 'string' },
                offline: { type: 'boolean' },
                resolve: { type: 'string' },
                lock: { type: 'string' },
                'cache-dir': { type: 'string' },
                'fail-under': { type: 'string' },
                'require-mof-class': { type: 'string' },
                'require-osaid': { type: 'boolean' },
                'link-base': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        });
        if (values.help) {
            io.stdout((await import('./chunks/cli-usage.js')).USAGE);
            return EXIT.ok;
        }
        if (values.version) {
            io.stdout(`${VERSION}\n`);
            return EXIT.ok;
        }
        const [command, ...rest] = positionals;
        if (command !== undefined)
            await io.beforeCommand?.(command);
        if (command === 'scan')
            return await (await import('./chunks/cli-scan.js')).runScanCommand(rest, values, io);
        if (command === 'lock')
            return await (await import('./chunks/cli-scan.js')).runLockCommand(rest, values, io);
        if (command === 'mof')
            return await (await import('./chunks/cli-mof.js')).mofCommand(rest, io);
        if (command === 'license')
            return await (await import('./chunks/cli-license.js').then(function (n) { return n.w; })).licenseCommand(rest, values, io);
        if (command === 'merge') {
            const merge = await import('./chunks/merge-command.js');
            try {
                return await merge.mergeCommand(rest, values, io);
            }
            catch (error) {
                throw error instanceof merge.MergeInputError ? new UsageError(error.message) : error;
            }
        }
        throw new UsageError(command === undefined
            ? 'missing command (scan, lock, merge, license or mof)'
            : `unknown command '${command}'`);
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`model-openness: ${error.message}\n`);
            return EXIT.usage;
        }
        const code = error?.code;
        if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
            io.stderr(`model-openness: ${parseArgsMessage(error)}; run 'model-openness --help' for usage\n`);
            return EXIT.usage;
        }
        io.stderr(`model-openness: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
        return EXIT.internal;
    }
}

/** Commands that read one small file: they allocate little, so V8's defaults serve them. */
const SMALL_COMMANDS = new Set(['license', 'mof']);
let running;
/** Set when a stream took over printing (its writes may still be pending). */
let streamed = false;
/**
 * The V8 settings of src/heap-settings.ts (SCAN_V8_FLAGS, which says why), written out here so that
 * the entry imports no module it shares with the action: every command would load that chunk.
 * Only commands that scan or merge take them: node:v8 loads Node's stream modules, a few
 * milliseconds of a `license` run, which allocates too little for the settings to matter.
 * Set before the command's code loads, so before it allocates.
 */
async function applyScanSettingsFor(command) {
    running = command;
    if (SMALL_COMMANDS.has(command))
        return;
    const { setFlagsFromString } = await import('node:v8');
    setFlagsFromString('--semi-space-growth-factor=1');
    setFlagsFromString('--no-regexp-tier-up');
}
/** A reader that stops early (`| head`) closes the pipe: not an error worth a stack trace. */
function endOnClosedPipe(error) {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
}
/**
 * Prints with blocking writes to the descriptor rather than through process.stdout or
 * process.stderr: creating those streams loads Node's stream modules, a few milliseconds of a
 * `license` run. A descriptor that would block (a non-blocking pipe that is full) hands the rest,
 * and everything after it, to the stream, which waits for the reader.
 */
function printer(fd) {
    let stream;
    return (text) => {
        if (stream) {
            stream.write(text);
            return;
        }
        const bytes = Buffer.from(text);
        let written = 0;
        try {
            while (written < bytes.length)
                written += writeSync(fd, bytes, written);
        }
        catch (error) {
            if (error.code !== 'EAGAIN')
                return endOnClosedPipe(error);
            stream = fd === 1 ? process.stdout : process.stderr;
            streamed = true;
            stream.on('error', endOnClosedPipe);
            stream.write(bytes.subarray(written));
        }
    };
}
process.exitCode = await runCli(process.argv.slice(2), {
    stdout: printer(1),
    stderr: printer(2),
    cwd: process.cwd(),
    beforeCommand: applyScanSettingsFor
});
// A one-file command has printed everything with blocking writes: ending now spares the
// process the heap's tear-down. Other commands end the way Node ends them.
if (running !== undefined && SMALL_COMMANDS.has(running) && !streamed)
    process.exit();
