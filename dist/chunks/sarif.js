import { a as MOF_COMPONENTS, c as componentDefinition } from './mot-record.js';
import { f as formatNumber, m as mofClassName, e as escapeText, c as codeSpan, l as link, C as CLASS_ROMAN, s as safeUrl, a as encodePath } from './escape.js';
import { createHash } from 'node:crypto';

/** Human-readable sizes and counts shared by the report and the detectors. */
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${unit === 0 ? value : value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}
function formatCount(n) {
    if (n >= 1e9)
        return `${(n / 1e9).toFixed(n >= 1e10 ? 0 : 1)}B`;
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)}M`;
    if (n >= 1e3)
        return `${(n / 1e3).toFixed(n >= 1e4 ? 0 : 1)}K`;
    return String(n);
}
/**
 * An integer with comma thousands separators, as `toLocaleString('en-US')` writes it. That call
 * builds a number formatter each time (about 0.4 ms), which a scan of many weight files repeats.
 */
function formatInteger(n) {
    if (!Number.isSafeInteger(n))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3)
        out += ',' + digits.slice(i, i + 3);
    return n < 0 || Object.is(n, -0) ? '-' + out : out;
}

/**
 * The headline openness score, 0\u2013100 (docs/scoring.md). Each MOF component carries a weight; a
 * component earns its weight times the factor of its status. Weights sum to 100, so every point
 * traces to one line of the component table. Factors rise with openness, which makes the score
 * monotone: adding a component, or opening its licence, never lowers it.
 */
const STATUS_FACTOR = {
    open: 1,
    restricted: 0.4,
    unlicensed: 0.25,
    missing: 0
};
/**
 * A component kept elsewhere whose licence the repository does not state is an unresolved
 * reference: neither its content nor its terms were seen, so it earns less than one whose files
 * are here, and less than a stated restrictive licence.
 */
const UNRESOLVED_REFERENCE_FACTOR = 0.15;
/** Required components weigh by the class that first asks for them; optional ones weigh 2. */
const CLASS_WEIGHT = { 3: 9, 2: 6, 1: 4 };
const OPTIONAL_WEIGHT = 2;
const COMPONENT_WEIGHTS = Object.fromEntries(MOF_COMPONENTS.map((c) => [c.name, c.required ? CLASS_WEIGHT[c.firstClass] : OPTIONAL_WEIGHT]));
/** Rounds to one decimal without binary-fraction drift (so equal inputs give equal text). */
function round1(n) {
    return Math.round(n * 10 + Number.EPSILON) / 10;
}
function computeScore(components) {
    const lines = MOF_COMPONENTS.map((def) => {
        const component = components.find((c) => c.name === def.name);
        const status = component?.status ?? 'missing';
        const weight = COMPONENT_WEIGHTS[def.name];
        const factor = status === 'unlicensed' && component?.presence === 'by-reference'
            ? UNRESOLVED_REFERENCE_FACTOR
            : STATUS_FACTOR[status];
        return { name: def.name, status, weight, points: round1(weight * factor) };
    });
    const total = lines.reduce((sum, l) => sum + l.points, 0);
    return { score: Math.min(100, Math.round(total)), lines };
}

/** Widest text a cell of the component table may hold, so the table fits a comment without scrolling. */
const TABLE_CELL_MAX = 48;
/** Missing disclosures listed under "What to do next"; the rest are in a folded section. */
const NEXT_STEPS_SHOWN = 5;
const STATUS_ICON = {
    open: '\u2705 open',
    restricted: '\ud83d\udfe7 restricted',
    unlicensed: '\u26a0\ufe0f unlicensed',
    missing: '\u274c missing'
};
/**
 * Line 1 of every Markdown output: score, MOF class and OSAID verdict, with the caveats that change
 * how the score reads. Stable prefix (`Model openness: N/100 \u00b7 MOF \u2026`) so readers can grep for it.
 */
function renderHeadline(report, level = 2, qualifiers = {}) {
    const osaid = report.osaid.conformant
        ? 'Open Source AI (OSAID 1.0)'
        : 'not Open Source AI (OSAID 1.0)';
    const parts = [
        `Model openness: ${formatNumber(report.score)}/100`,
        `MOF ${mofClassName(report.mof.class)}`,
        osaid
    ];
    if (qualifiers.partialScan)
        parts.push('\u26a0\ufe0f partial scan');
    if (qualifiers.noModelRelease)
        parts.push('No model release found: this looks like a code library');
    return `${'#'.repeat(level)} ${parts.join(' \u00b7 ')}`;
}
/**
 * Text from the report's own vocabulary where `code` marks file names: the marked parts become
 * code spans and the rest plain text, both escaped, so no backslash-backtick shows up literally.
 */
function textWithCode(value, maxLength) {
    const clipped = value.length > maxLength ? value.slice(0, maxLength - 1) + '\u2026' : value;
    return clipped
        .split('`')
        .map((part, i) => (i % 2 === 1 ? codeSpan(part) : escapeText(part, maxLength)))
        .join('');
}
/** Shortens a label to `max` characters, keeping its end (file names differ at the end). */
function shorten(label, max) {
    if (label.length <= max)
        return label;
    const tail = Math.ceil((max - 1) * 0.6);
    return `${label.slice(0, max - 1 - tail)}\u2026${label.slice(label.length - tail)}`;
}
function fileUrl(path, line, options) {
    if (!options.linkBase)
        return null;
    return safeUrl(`${options.linkBase}/${encodePath(path)}${line ? `#L${line}` : ''}`);
}
/** One evidence item in full, for the folded section. */
function evidenceLine(e, options) {
    const label = e.line ? `${e.path}:${e.line}` : e.path;
    const target = fileUrl(e.path, e.line, options);
    const where = target ? `[${codeSpan(label)}](${target})` : codeSpan(label);
    const external = e.url && safeUrl(e.url) ? ` \u2192 ${link('link', e.url)}` : '';
    return `${where} ${textWithCode(e.detail, 140)}${external}`;
}
/** The strongest evidence (the detectors list it first) as one short link, for the table. */
function evidenceCell(c, options) {
    const e = c.evidence[0];
    if (!e)
        return '\u2014';
    const more = c.evidence.length > 1 ? ` (+${c.evidence.length - 1})` : '';
    const name = e.path.split('/').pop() || e.path;
    const label = shorten(e.line ? `${name}:${e.line}` : name, TABLE_CELL_MAX - 10);
    const target = fileUrl(e.path, e.line, options) ?? (e.url ? safeUrl(e.url) : null);
    return `${target ? `[${codeSpan(label)}](${target})` : codeSpan(label)}${more}`;
}
function licenceCell(c, options) {
    if (!c.license) {
        if (c.status === 'missing')
            return '\u2014';
        // Kept elsewhere and not licensed by anything here: say where the gap is, not "none".
        return c.presence === 'by-reference' ? 'not stated here' : 'none found';
    }
    // The human name when it fits; a long name gives way to its (shorter) SPDX id before shortening.
    const how = c.license.source === 'statement' ? ' (stated)' : c.license.source === 'remote' ? ' (host)' : '';
    const limit = TABLE_CELL_MAX - 6 - how.length;
    const full = c.license.name || c.license.spdx || 'unnamed';
    const name = shorten(full.length > limit && c.license.spdx && c.license.spdx.length < full.length
        ? c.license.spdx
        : full, limit);
    const target = c.license.source === 'remote' && c.license.url
        ? safeUrl(c.license.url)
        : c.license.path
            ? fileUrl(c.license.path, c.license.line, options)
            : null;
    return target ? `[${escapeText(name)}](${target})${how}` : `${escapeText(name)}${how}`;
}
function componentTable(report, options) {
    const rows = report.components.map((c) => {
        const def = componentDefinition(c.name);
        const cls = `${CLASS_ROMAN[def.firstClass]}${def.required ? '' : ' opt.'}`;
        const status = `${STATUS_ICON[c.status]}${c.presence === 'by-reference' ? ', linked' : ''}`;
        return `| ${c.name} | ${cls} | ${status} | ${licenceCell(c, options)} | ${evidenceCell(c, options)} |`;
    });
    return [
        '| Component | Class | Status | Licence | Evidence |',
        '| --- | --- | --- | --- | --- |',
        ...rows
    ].join('\n');
}
/** Line 2: which model(s) the repository releases, or that it releases none. */
function subjectLine(report) {
    const models = [...report.subject.ids, ...report.subject.names].slice(0, 4);
    const more = report.subject.ids.length + report.subject.names.length > 4 ? ', \u2026' : '';
    const releases = report.subject.release === 'none'
        ? 'releases no model: this looks like a code library'
        : models.length > 0
            ? `releases ${models.map((m) => codeSpan(m, 80)).join(', ')}${more}`
            : 'releases a model';
    return `**${escapeText(report.repository, 100)}** ${releases}.`;
}
/** Where the files were read, when not from a local folder (a model on the Hub). */
function sourceBlock(report) {
    const source = report.source;
    if (!source)
        return null;
    const where = `Read from the Hugging Face Hub: ${link(source.id, source.url)} at ${codeSpan(source.commit.slice(0, 12))}${source.revision !== source.commit ? ` (${codeSpan(source.revision, 100)})` : ''}.`;
    if (!source.gated && source.filesNotRead === 0)
        return where;
    const gate = source.gated ? ` The repository is gated (${escapeText(source.gated, 20)}).` : '';
    const unread = source.filesNotRead > 0
        ? ` ${source.filesNotRead} listed file(s) could not be read; they are listed under \u201cSkipped and warnings\u201d, and what they would show is not counted.`
        : '';
    return `${where}${gate}${unread}`;
}
/** Notes said once under the table, each with the components it applies to. */
function notesBlock(report) {
    const byNote = new Map();
    for (const c of report.components)
        for (const note of c.notes)
            byNote.set(note, [...(byNote.get(note) ?? []), c.name]);
    if (byNote.size === 0)
        return null;
    const lines = [...byNote].slice(0, 8).map(([note, names]) => {
        const applies = names.length > 1 || !note.includes(names[0]) ? ` (${names.join(', ')})` : '';
        return `- ${textWithCode(note, 200)}${escapeText(applies, 300)}`;
    });
    if (byNote.size > 8)
        lines.push(`- and ${byNote.size - 8} more notes in the JSON report`);
    return `Notes:\n\n${lines.join('\n')}`;
}
/** Per MOF class: how many of the components it requires are open (its own, not cumulative). */
function classProgress(report) {
    const parts = [3, 2, 1].map((cls) => {
        const required = MOF_COMPONENTS.filter((d) => d.required && d.firstClass === cls);
        const open = required.filter((d) => report.components.find((c) => c.name === d.name)?.status === 'open').length;
        return `${mofClassName(cls)} ${open}/${required.length}${open === required.length ? ' \u2705' : ''}`;
    });
    return `**MOF progress:** ${parts.join(' \u00b7 ')}`;
}
const VERBS = { add: 'Add', license: 'License', relicense: 'Relicense' };
function disclosureLine(d, report) {
    const licence = report.components.find((c) => c.name === d.component)?.license;
    const now = d.action === 'relicense' && licence
        ? ` (now ${escapeText(licence.spdx ?? licence.name, 60)})`
        : '';
    return `**${VERBS[d.action]}** ${d.component} \u2192 ${textWithCode(d.file, 160)}${now}`;
}
function nextStepsBlock(report) {
    const all = report.missingDisclosures;
    if (all.length === 0)
        return '### What to do next\n\nNothing is missing: the release meets MOF Class I and OSAID 1.0.';
    const items = all
        .slice(0, NEXT_STEPS_SHOWN)
        .map((d, i) => `${i + 1}. ${disclosureLine(d, report)}`);
    const more = all.length > NEXT_STEPS_SHOWN
        ? `\n\n${all.length - NEXT_STEPS_SHOWN} more under \u201cAll missing disclosures\u201d below.`
        : '';
    return `### What to do next\n\n${items.join('\n')}${more}`;
}
function partialBlock(report) {
    const partial = report.inventory.partial;
    if (!partial)
        return null;
    return [
        '> [!CAUTION]',
        `> **Partial scan:** ${escapeText(partial.reason, 200)}; ${partial.remaining.length} item(s) were not read. The score counts only what was read.`
    ].join('\n');
}
function openWashingBlock(report) {
    const flagged = report.openWashing.filter((f) => f.verdict !== 'not-verifiable');
    const unverifiable = report.openWashing.filter((f) => f.verdict === 'not-verifiable');
    const blocks = [];
    if (flagged.length > 0) {
        const lines = [
            '> [!WARNING]',
            '> **Open-washing:** the release calls itself open, and the files do not bear it out.'
        ];
        for (const flag of flagged.slice(0, 5)) {
            lines.push(`> - ${codeSpan(`${flag.path}:${flag.line}`)} says \u201c${escapeText(flag.excerpt, 120)}\u201d: ${escapeText(flag.problem, 200)}. Say instead: ${escapeText(flag.suggestion, 160)}.`);
        }
        if (flagged.length > 5)
            lines.push(`> - and ${flagged.length - 5} more`);
        blocks.push(lines.join('\n'));
    }
    if (unverifiable.length > 0) {
        // Not an accusation: what would bear the claim out is kept elsewhere, licence unknown here.
        const lines = [
            '> [!NOTE]',
            '> **Openness claims not verifiable from the repository** (resolve the references online, or state their licences):'
        ];
        for (const flag of unverifiable.slice(0, 3))
            lines.push(`> - ${codeSpan(`${flag.path}:${flag.line}`)} says \u201c${escapeText(flag.excerpt, 120)}\u201d: ${escapeText(flag.problem, 200)}.`);
        if (unverifiable.length > 3)
            lines.push(`> - and ${unverifiable.length - 3} more`);
        blocks.push(lines.join('\n'));
    }
    return blocks.length > 0 ? blocks.join('\n\n') : null;
}
function driftBlock(report) {
    const drift = report.resolution.drift;
    if (drift.length === 0)
        return null;
    const lines = [
        '> [!CAUTION]',
        '> **Changed since `model-openness.lock.json`:** the hosts now answer differently.'
    ];
    for (const d of drift.slice(0, 10))
        lines.push(`> - ${escapeText(d.message, 300)}`);
    if (drift.length > 10)
        lines.push(`> - and ${drift.length - 10} more in the JSON report`);
    lines.push('> Run `model-openness lock` and commit the lock file once the change is understood.');
    return lines.join('\n');
}
const MODE_WORDS = {
    online: 'asked online',
    offline: 'not asked (offline)',
    lock: 'read from model-openness.lock.json'
};
/** What the hosts said about the references a release keeps elsewhere, folded. */
function resolutionBlock(report) {
    const facts = report.resolution.facts;
    if (facts.length === 0)
        return null;
    const rows = facts.slice(0, 40).map((f) => {
        const what = `${f.reference.kind} ${codeSpan(f.reference.id, 120)}`;
        const target = link('source', f.url);
        const licence = f.license
            ? `${f.license.spdx ? codeSpan(f.license.spdx) : escapeText(f.license.name, 80)}${f.gated ? ` (gated: ${f.gated})` : ''}`
            : '\u2014';
        const state = f.unresolved
            ? `${escapeText(f.unresolved.reason, 40)}: ${escapeText(f.unresolved.detail, 140)}`
            : [
                f.pinned ? `at ${codeSpan(f.pinned.slice(0, 12))}` : '',
                f.fetchedAt ? `fetched ${escapeText(f.fetchedAt.slice(0, 10), 10)}` : ''
            ]
                .filter(Boolean)
                .join(', ') || 'resolved';
        return `| ${what} | ${licence} | ${state} | ${target} |`;
    });
    if (facts.length > 40)
        rows.push(`| \u2026 ${facts.length - 40} more in the JSON report | | | |`);
    const unresolved = facts.filter((f) => f.unresolved && !f.license).length;
    const summary = `References kept elsewhere: ${facts.length} ${MODE_WORDS[report.resolution.mode]}${unresolved > 0 ? `, ${unresolved} not resolved` : ''}`;
    return [
        // Our own words and numbers only: a summary element shows Markdown escapes literally.
        `<details><summary>${summary}</summary>`,
        '',
        '| Reference | Licence at the host | State | Link |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        '</details>'
    ].join('\n');
}
function allDisclosuresBlock(report) {
    if (report.missingDisclosures.length === 0)
        return null;
    const items = report.missingDisclosures.slice(0, 25).map((d, i) => {
        const what = d.what.replace(/^(Add|State|Relicense) /, '');
        return `${i + 1}. ${disclosureLine(d, report)}: ${textWithCode(what, 240)} _(${d.clauses.map((c) => escapeText(c, 80)).join('; ')})_`;
    });
    if (report.missingDisclosures.length > 25)
        items.push(`\u2026 and ${report.missingDisclosures.length - 25} more in the JSON report`);
    return [
        `<details><summary>All missing disclosures (${report.missingDisclosures.length})</summary>`,
        '',
        'To reach the next MOF class and OSAID conformance, in this order:',
        '',
        ...items,
        '',
        '</details>'
    ].join('\n');
}
function evidenceBlock(report, options) {
    const sections = report.components
        .filter((c) => c.status !== 'missing')
        .map((c) => {
        const licence = c.license
            ? `${escapeText(c.license.name, 80)}${c.license.spdx ? ` (${codeSpan(c.license.spdx)})` : ''}${c.license.path ? `, from ${codeSpan(c.license.path)}` : `, from the ${escapeText(c.license.source)}`}`
            : 'no licence found';
        const evidence = c.evidence.slice(0, 5).map((e) => `  - ${evidenceLine(e, options)}`);
        if (c.evidence.length > 5)
            evidence.push(`  - and ${c.evidence.length - 5} more in the JSON report`);
        return [`- **${c.name}**: ${licence}`, ...evidence].join('\n');
    });
    return [
        '<details><summary>Evidence and licences</summary>',
        '',
        sections.length > 0 ? sections.join('\n') : 'No component was found.',
        '',
        '</details>'
    ].join('\n');
}
function osaidBlock(report) {
    const rows = report.osaid.requirements.map((r) => `| ${r.group} | ${textWithCode(r.title, 120)} | ${r.met ? '\u2705' : '\u274c'} | ${textWithCode(r.reason, 300)} |`);
    const met = report.osaid.requirements.filter((r) => r.met).length;
    const verdict = report.osaid.conformant
        ? '**Conformant.**'
        : '**Not conformant.** The training data itself is not required; the information about it is.';
    return [
        `<details><summary>OSAID 1.0: ${met} of ${report.osaid.requirements.length} requirements met</summary>`,
        '',
        verdict,
        '',
        '| Group | Requirement | Met | Why |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        '</details>'
    ].join('\n');
}
function indexBlock(report) {
    const icon = { open: '\ud83d\udfe9 open', partial: '\ud83d\udfe7 partial', closed: '\ud83d\udfe5 closed' };
    const rows = report.osaiIndex.dimensions.map((d) => `| ${d.category} | ${d.title} | ${icon[d.class]} | ${textWithCode(d.reason, 200)} |`);
    return [
        `<details><summary>Open Source AI Index: ${formatNumber(report.osaiIndex.score * 100)}% (${report.osaiIndex.dimensions.filter((d) => d.class === 'open').length} of 12 dimensions open)</summary>`,
        '',
        '| Category | Dimension | Rating | Why |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        'Score: mean over the 12 dimensions with open = 1, partial = \u00bd, closed = 0, as the index computes it.',
        '',
        '</details>'
    ].join('\n');
}
/** A status factor as a percentage, so no fraction needs more than one decimal. */
function share(status) {
    return `${formatNumber(STATUS_FACTOR[status] * 100)}%`;
}
function scoringBlock(report) {
    const rows = report.scoreLines.map((l) => `| ${l.name} | ${formatNumber(l.weight)} | ${l.status} (${share(l.status)}) | ${formatNumber(l.points)} |`);
    const p = report.mof.progress;
    const warnings = report.mof.warnings.slice(0, 10).map((w) => `- ${textWithCode(w, 200)}`);
    return [
        '<details><summary>How this was scored</summary>',
        '',
        `Each MOF component has a weight (required Class III components 9, Class II 6, Class I 4, optional 2; 100 in all). It earns ${share('open')} of its weight when open, ${share('restricted')} when restricted, ${share('unlicensed')} when unlicensed, ${share('missing')} when missing. See docs/scoring.md.`,
        '',
        '| Component | Weight | Status | Points |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        `MOF progress, computed as the Model Openness Tool computes it: Class III ${formatNumber(p['3'])}%, Class II ${formatNumber(p['2'])}%, Class I ${formatNumber(p['1'])}%. A licence counts as open only by its exact SPDX id (OSI- or FSF-approved, the MOT open-data list, or OpenMDW-1.0).`,
        ...(warnings.length ? ['', ...warnings] : []),
        '',
        '</details>'
    ].join('\n');
}
function declaredBlock(report) {
    if (report.declared.length === 0)
        return null;
    const disagreements = report.declared.filter((d) => !d.agrees);
    const rows = report.declared.map((d) => `| ${escapeText(d.component, 60)} | ${d.agrees ? '\u2705' : '\u274c'} | ${textWithCode(d.message, 240)} |`);
    return [
        `<details${disagreements.length ? ' open' : ''}><summary>Declared in ${codeSpan(report.declarationPath ?? 'mof.yml')}: ${disagreements.length} disagreement(s)</summary>`,
        '',
        '| Component | Agrees | Finding |',
        '| --- | --- | --- |',
        ...rows,
        '',
        '</details>'
    ].join('\n');
}
function skippedBlock(report) {
    const inv = report.inventory;
    if (inv.skipped.length === 0 && report.warnings.length === 0)
        return null;
    const lines = inv.skipped
        .slice(0, 40)
        .map((s) => `- ${codeSpan(s.path)}: ${escapeText(s.detail, 160)}`);
    if (inv.skipped.length > 40)
        lines.push(`- and ${inv.skipped.length - 40} more in the JSON report`);
    for (const w of report.warnings.slice(0, 20))
        lines.push(`- ${textWithCode(w, 240)}`);
    return [
        `<details><summary>Skipped and warnings (${inv.skipped.length + report.warnings.length})</summary>`,
        '',
        lines.join('\n'),
        '',
        '</details>'
    ].join('\n');
}
function inventoryLine(report) {
    const inv = report.inventory;
    const params = inv.parameterCount
        ? `, ${formatInteger(inv.parameterCount)} parameters in headers`
        : '';
    return `<sub>Scanned ${formatInteger(inv.files)} files in ${formatInteger(inv.directories)} folders: ${inv.weightFiles} weight file(s), ${inv.lfsPointers} LFS pointer(s)${params}; ${formatBytes(inv.bytesRead)} read. ${report.tool.name} ${report.tool.version}, report schema ${report.schemaVersion}.</sub>`;
}
/**
 * The PR comment body, the job summary and `--format markdown` (one body; only links differ,
 * present when there is a repository URL): verdict, changes, next steps, progress, a compact
 * table, then everything else folded.
 */
function renderMarkdown(report, options = {}) {
    const blocks = [
        renderHeadline(report, options.titleLevel ?? 2, {
            partialScan: report.inventory.partial !== null,
            noModelRelease: options.noModelRelease === true || report.subject.release === 'none'
        }),
        partialBlock(report),
        subjectLine(report),
        sourceBlock(report),
        options.changes ?? null,
        driftBlock(report),
        nextStepsBlock(report),
        openWashingBlock(report),
        classProgress(report),
        componentTable(report, options),
        notesBlock(report),
        allDisclosuresBlock(report),
        evidenceBlock(report, options),
        osaidBlock(report),
        declaredBlock(report),
        resolutionBlock(report),
        indexBlock(report),
        scoringBlock(report),
        skippedBlock(report),
        inventoryLine(report)
    ];
    return blocks.filter((b) => b !== null).join('\n\n') + '\n';
}

/**
 * Plain text for machine formats (SARIF, CycloneDX, badges) that tools show as-is: one line,
 * control characters replaced, length capped. Repository-derived strings pass through here.
 */
function plainText(value, maxLength = 1000) {
    const text = value
        .replace(/[\r\n\u2028\u2029\t]+/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, '\ufffd')
        .trim();
    return text.length > maxLength ? `${text.slice(0, maxLength - 1)}\u2026` : text;
}
/** A component name as an identifier fragment: `Model parameters (Final)` \u2192 `model-parameters-final`. */
function slug(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
}

/**
 * SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one rule per kind of finding and component
 * (missing, unlicensed, restricted) plus one for open-washing claims; every result has a file
 * location, since code scanning does not show results without one.
 */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where a finding about the release as a whole is shown: its README, as GitHub's docs advise. */
const RELEASE_FILE = 'README.md';
function fingerprint(...parts) {
    return `${createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16)}:1`;
}
/** A repository path as a relative URI reference (segments percent-encoded). */
function joinPath(prefix, path) {
    const clean = prefix?.replace(/^\.\/?|\/+$/g, '');
    return encodePath(clean ? `${clean}/${path}` : path);
}
function locationOf(c, kind) {
    if (kind === 'relicense' && c?.license?.path)
        return { path: c.license.path, line: 1 };
    const e = c?.evidence[0];
    if (kind !== 'add' && e)
        return { path: e.path, line: e.line ?? 1 };
    return { path: RELEASE_FILE, line: 1 };
}
function reportToSarif(report, options = {}) {
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    const addRule = (rule) => {
        const known = ruleIndex.get(rule.id);
        if (known !== undefined)
            return known;
        rules.push(rule);
        ruleIndex.set(rule.id, rules.length - 1);
        return rules.length - 1;
    };
    for (const d of report.missingDisclosures) {
        const c = report.components.find((x) => x.name === d.component);
        const def = componentDefinition(d.component);
        const kind = d.action === 'add' ? 'missing' : d.action === 'license' ? 'unlicensed' : 'restricted';
        const level = kind === 'missing' && !def.required ? 'note' : 'warning';
        const clauses = d.clauses.join('; ');
        const title = kind === 'missing'
            ? `${d.component} is missing`
            : kind === 'unlicensed'
                ? `${d.component} has no licence`
                : `${d.component} is under a licence that is not open`;
        const id = `model-openness/${kind}/${slug(d.component)}`;
        const index = addRule({
            id,
            name: `${kind[0].toUpperCase()}${kind.slice(1)}${d.component.replace(/[^A-Za-z0-9]/g, '')}`,
            shortDescription: { text: plainText(title, 1024) },
            fullDescription: {
                text: plainText(`${def.description}. ${title}; it counts towards ${clauses}.`, 1024)
            },
            help: {
                text: plainText(`${d.what.replace(/`/g, '')}: ${d.action === 'add' ? 'add' : d.action === 'license' ? 'license' : 'relicense'} ${d.file.replace(/`/g, '')}. Counts towards ${clauses}.`, 1024)
            },
            defaultConfiguration: { level },
            properties: {
                tags: ['model-openness', 'mof', kind, def.contentType],
                precision: kind === 'missing' ? 'medium' : 'high'
            }
        });
        const where = locationOf(c, d.action);
        const licence = c?.license ? ` (${c.license.spdx ?? c.license.name})` : '';
        results.push({
            ruleId: id,
            ruleIndex: index,
            level,
            message: {
                text: plainText(`${title}${kind === 'restricted' ? licence : ''}. ${d.action === 'add' ? 'Add' : d.action === 'license' ? 'License' : 'Relicense'}: ${d.file.replace(/`/g, '')}.`)
            },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: joinPath(options.pathPrefix, where.path) },
                        region: { startLine: where.line }
                    }
                }
            ],
            partialFingerprints: { primaryLocationLineHash: fingerprint(id, where.path) }
        });
    }
    if (report.openWashing.length > 0) {
        const id = 'model-openness/open-washing';
        const index = addRule({
            id,
            name: 'OpenWashingClaim',
            shortDescription: { text: 'Openness claim the release does not bear out' },
            fullDescription: {
                text: 'The release calls itself open (open source, fully open, open science), but its components or licences do not meet the definition the claim invokes (OSAID 1.0 or the MOF).'
            },
            help: {
                text: 'Reword the claim to say what is actually open (for example "weights available under <licence>"), or release and license the missing components.'
            },
            defaultConfiguration: { level: 'error' },
            properties: { tags: ['model-openness', 'open-washing'], precision: 'high' }
        });
        for (const flag of report.openWashing) {
            results.push({
                ruleId: id,
                ruleIndex: index,
                // A claim that is only not verifiable here is a note, not an error.
                level: flag.verdict === 'not-verifiable' ? 'note' : 'error',
                message: {
                    text: plainText(`\u201c${plainText(flag.excerpt, 200)}\u201d: ${flag.problem}. Say instead: ${flag.suggestion}.`)
                },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: joinPath(options.pathPrefix, flag.path) },
                            region: { startLine: Math.max(1, flag.line) }
                        }
                    }
                ],
                partialFingerprints: { primaryLocationLineHash: fingerprint(id, flag.path, flag.phrase) }
            });
        }
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        rules
                    }
                },
                automationDetails: {
                    id: `model-openness/${plainText(options.pathPrefix || 'root', 200)}/`
                },
                results
            }
        ]
    };
}

export { renderMarkdown as a, reportToSarif as b, formatBytes as c, formatInteger as d, computeScore as e, formatCount as f, plainText as p, renderHeadline as r, slug as s };
