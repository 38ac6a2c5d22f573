#!/usr/bin/env node
// Writes the binary files of the example repositories under examples/: tiny but real weight files
// (safetensors, GGUF), Git LFS pointers for weights that a checkout without LFS would show, and
// small PDFs. The output is deterministic, so a test can check that the committed files are what
// this script makes. Usage: node scripts/make-example-weights.mjs [--check]
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ggufBytes, lfsPointerText, safetensorsBytes } from './weight-writers.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples')

/** The Wren-Tiny tensors: vocabulary 256, hidden 16, two blocks. */
function wrenTensors() {
  const h = 16
  const tensors = {
    'embed.weight': { dtype: 'F16', shape: [256, h] },
    'norm.weight': { dtype: 'F16', shape: [h] },
    'norm.bias': { dtype: 'F16', shape: [h] }
  }
  for (let i = 0; i < 2; i++) {
    const p = `blocks.${i}.`
    Object.assign(tensors, {
      [`${p}norm1.weight`]: { dtype: 'F16', shape: [h] },
      [`${p}attn.in_proj_weight`]: { dtype: 'F16', shape: [3 * h, h] },
      [`${p}attn.out_proj.weight`]: { dtype: 'F16', shape: [h, h] },
      [`${p}norm2.weight`]: { dtype: 'F16', shape: [h] },
      [`${p}mlp.0.weight`]: { dtype: 'F16', shape: [4 * h, h] },
      [`${p}mlp.2.weight`]: { dtype: 'F16', shape: [h, 4 * h] }
    })
  }
  return tensors
}

/** A one-page PDF with a title line; enough for a reader and for detection by content. */
function pdfBytes(title) {
  const text = title.replace(/[()\\]/g, '')
  const stream = `BT /F1 14 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Title (${text}) >>`
  ]
  let out = '%PDF-1.4\n'
  const offsets = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

function fakeOid(name) {
  return createHash('sha256').update(`example weights: ${name}`).digest('hex')
}

const files = {
  'open-science-model/model.safetensors': safetensorsBytes(wrenTensors(), {
    format: 'pt',
    step: '2000'
  }),
  'open-science-model/checkpoints/step-1000/model.safetensors': safetensorsBytes(wrenTensors(), {
    format: 'pt',
    step: '1000'
  }),
  'open-science-model/paper/wren-tiny.pdf': pdfBytes(
    'Wren-Tiny: A Fully Open Small Language Model'
  ),
  'open-science-model/docs/technical-report.pdf': pdfBytes('Wren-Tiny Technical Report'),
  'open-weights-community/model-00001-of-00002.safetensors': lfsPointerText(
    fakeOid('shard 1'),
    4_976_698_672
  ),
  'open-weights-community/model-00002-of-00002.safetensors': lfsPointerText(
    fakeOid('shard 2'),
    1_168_138_808
  ),
  'open-weights-community/tokenizer.json': lfsPointerText(fakeOid('tokenizer'), 9_085_698),
  'open-weights-community/model.safetensors.index.json':
    JSON.stringify(
      {
        metadata: { total_size: 6_144_837_480 },
        weight_map: {
          'model.embed_tokens.weight': 'model-00001-of-00002.safetensors',
          'lm_head.weight': 'model-00002-of-00002.safetensors'
        }
      },
      null,
      2
    ) + '\n',
  'open-weights-community/kestrel-8b-chat-q4_0.gguf': ggufBytes({
    metadata: {
      'general.architecture': 'llama',
      'general.name': 'Kestrel-8B-Chat',
      'general.license': 'llama3.1',
      'general.organization': 'Kestrel Labs',
      'llama.context_length': 8192,
      'llama.embedding_length': 32,
      'llama.block_count': 1
    },
    tensors: [
      { name: 'token_embd.weight', shape: [32, 64], type: 0 },
      { name: 'blk.0.attn_q.weight', shape: [32, 32], type: 0 },
      { name: 'output.weight', shape: [32, 64], type: 0 }
    ]
  })
}

const check = process.argv.includes('--check')
let stale = 0
for (const [rel, content] of Object.entries(files)) {
  const path = join(root, rel)
  const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content)
  if (check) {
    let current
    try {
      current = readFileSync(path)
    } catch {
      current = null
    }
    if (!current || !current.equals(bytes)) {
      console.error(`stale: examples/${rel}`)
      stale++
    }
    continue
  }
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, bytes)
  console.log(`wrote examples/${rel} (${bytes.length} bytes)`)
}
if (check) {
  if (stale > 0) process.exit(1)
  console.log(`${Object.keys(files).length} example files are up to date`)
}
