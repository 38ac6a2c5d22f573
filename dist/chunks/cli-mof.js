import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { U as UsageError, E as EXIT } from './cli-common.js';
import { e as evaluateMotRecord, M as MAX_MOT_RECORD_BYTES } from './mot-record.js';
import 'process';
import 'buffer';
import './schemas.js';

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
    return EXIT.ok;
}

export { mofCommand };
