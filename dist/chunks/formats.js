import { f as formatNumber, m as mofClassName } from './escape.js';
import { createHash } from 'node:crypto';
import { c as componentDefinition, b as buildMotRecord, m as motRecordToYaml } from './mot-record.js';
import { p as plainText, s as slug, b as reportToSarif, a as renderMarkdown } from './sarif.js';

/** Colour steps by score; a partial scan is grey, since its score is not final. */
function colourFor(score) {
    if (score >= 90)
        return 'brightgreen';
    if (score >= 75)
        return 'green';
    if (score >= 50)
        return 'yellow';
    if (score >= 25)
        return 'orange';
    return 'red';
}
function reportToBadge(report) {
    const partial = report.inventory.partial !== null;
    return {
        schemaVersion: 1,
        label: 'model openness',
        message: `${formatNumber(report.score)}/100 \u00b7 MOF ${mofClassName(report.mof.class)}${partial ? ' (partial)' : ''}`,
        color: partial ? 'lightgrey' : colourFor(report.score)
    };
}

const MODEL_REF = 'model';
/** Model parameters carry the model's own licence; the other components are listed beside it. */
const MODEL_PARAMETERS = 'Model parameters (Final)';
const MAX_EVIDENCE = 10;
function licences(c) {
    if (!c?.license)
        return undefined;
    if (c.license.spdx)
        return [{ expression: c.license.spdx, acknowledgement: 'concluded' }];
    return [{ license: { name: plainText(c.license.name, 200), acknowledgement: 'concluded' } }];
}
function componentProperties(c) {
    const props = [
        { name: 'model-openness:mof-component', value: c.name },
        { name: 'model-openness:mof-class', value: String(componentDefinition(c.name).firstClass) },
        { name: 'model-openness:status', value: c.status }
    ];
    if (c.presence)
        props.push({ name: 'model-openness:presence', value: c.presence });
    if (c.license?.path)
        props.push({ name: 'model-openness:licence-file', value: c.license.path });
    for (const e of c.evidence.slice(0, MAX_EVIDENCE)) {
        const where = e.line ? `${e.path}:${e.line}` : e.path;
        props.push({
            name: 'model-openness:evidence',
            value: plainText(`${where} ${e.detail}${e.url ? ` ${e.url}` : ''}`, 500)
        });
    }
    for (const note of c.notes)
        props.push({ name: 'model-openness:note', value: plainText(note, 500) });
    return props;
}
/** A name-based UUID (version 5 layout) from the BOM's content, so equal reports give equal BOMs. */
function serialNumber(content) {
    const hex = createHash('sha256').update(content).digest('hex');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
function reportToCycloneDx(report) {
    const name = plainText(report.repository, 200) || 'model';
    const found = report.components.filter((c) => c.status !== 'missing');
    const parts = found
        .filter((c) => c.name !== MODEL_PARAMETERS)
        .map((c) => {
        const def = componentDefinition(c.name);
        const isData = def.contentType === 'data';
        const licence = licences(c);
        return {
            type: isData ? 'data' : 'file',
            'bom-ref': `mof:${slug(c.name)}`,
            name: c.name,
            description: def.description,
            ...(licence ? { licenses: licence } : {}),
            ...(isData
                ? {
                    data: [
                        {
                            type: c.name === 'Datasets' || c.name === 'Evaluation data' ? 'dataset' : 'other',
                            name: c.name,
                            description: def.description
                        }
                    ]
                }
                : {}),
            properties: componentProperties(c)
        };
    });
    const parameters = report.components.find((c) => c.name === MODEL_PARAMETERS);
    const datasets = parts
        .filter((p) => p.data?.[0]?.type === 'dataset')
        .map((p) => ({ ref: p['bom-ref'] }));
    const missing = report.components.filter((c) => c.status === 'missing').map((c) => c.name);
    const summary = [
        { name: 'model-openness:score', value: String(report.score) },
        { name: 'model-openness:mof-class', value: mofClassName(report.mof.class) },
        { name: 'model-openness:osaid-conformant', value: String(report.osaid.conformant) },
        { name: 'model-openness:osai-index', value: String(report.osaiIndex.score) },
        ...missing.map((m) => ({ name: 'model-openness:missing-component', value: m }))
    ];
    const parameterLicence = licences(parameters);
    const model = {
        type: 'machine-learning-model',
        'bom-ref': MODEL_REF,
        name,
        ...(parameterLicence ? { licenses: parameterLicence } : {}),
        modelCard: {
            'bom-ref': `${MODEL_REF}:card`,
            ...(datasets.length > 0 ? { modelParameters: { datasets } } : {}),
            properties: summary
        },
        properties: parameters && parameters.status !== 'missing' ? componentProperties(parameters) : []
    };
    const body = {
        metadata: {
            tools: {
                components: [
                    { type: 'application', name: report.tool.name, version: report.tool.version }
                ]
            },
            // The subject without a bom-ref: the one in `components` carries it (bom-refs are unique).
            component: { type: 'machine-learning-model', name },
            properties: summary
        },
        components: [model, ...parts],
        dependencies: [{ ref: MODEL_REF, dependsOn: parts.map((p) => p['bom-ref']) }]
    };
    return {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: serialNumber(JSON.stringify(body)),
        version: 1,
        ...body
    };
}

/** `--format mot`: the detected release as a Model Openness Tool record, ready to submit. */
function reportToMotYaml(report) {
    const record = buildMotRecord({ name: report.repository }, report.components);
    return motRecordToYaml(record);
}

/**
 * Every output format, in one table: what it is for and how it is written. The CLI's `--format`
 * and docs/formats.md list exactly these.
 */
const OUTPUT_FORMATS = {
    json: {
        description: 'the full report (schema version 1)',
        render: (report) => JSON.stringify(report, null, 2) + '\n'
    },
    markdown: {
        description: 'the PR comment / job summary body',
        // A report of a Hub model links its evidence to the files at the commit that was read.
        render: (report) => renderMarkdown(report, report.source ? { linkBase: report.source.fileBase } : {})
    },
    mot: {
        description: 'a Model Openness Tool record (YAML)',
        render: (report) => reportToMotYaml(report)
    },
    sarif: {
        description: 'SARIF 2.1.0 for GitHub code scanning',
        render: (report) => JSON.stringify(reportToSarif(report), null, 2) + '\n'
    },
    cyclonedx: {
        description: 'a CycloneDX 1.6 ML-BOM (JSON)',
        render: (report) => JSON.stringify(reportToCycloneDx(report), null, 2) + '\n'
    },
    badge: {
        description: 'a shields.io endpoint badge (JSON)',
        render: (report) => JSON.stringify(reportToBadge(report)) + '\n'
    }
};
const OUTPUT_FORMAT_NAMES = Object.keys(OUTPUT_FORMATS);
function isOutputFormat(name) {
    return Object.hasOwn(OUTPUT_FORMATS, name);
}

export { OUTPUT_FORMATS as O, OUTPUT_FORMAT_NAMES as a, reportToCycloneDx as b, reportToMotYaml as c, isOutputFormat as i, reportToBadge as r };
