import { describe, expect, it } from '@jest/globals'
import { detectComponents } from '../../src/detect/index.js'
import type { ComponentFinding } from '../../src/model/findings.js'
import { evidencePathsExist, makeSnapshot } from '../helpers/snapshot.js'

function find(
  files: Parameters<typeof makeSnapshot>[0],
  name: string
): ComponentFinding | undefined {
  const snapshot = makeSnapshot(files)
  const { findings } = detectComponents(snapshot)
  for (const f of findings)
    expect(
      evidencePathsExist(
        snapshot,
        f.evidence.map((e) => e.path)
      )
    ).toBe(true)
  return findings.find((f) => f.name === name)
}

const safetensors = {
  size: 1000,
  weight: { format: 'safetensors' as const, tensorCount: 2, parameterCount: 10 }
}
const pointer = {
  size: 130,
  lfs: { oid: 'b'.repeat(64), size: 5_000_000_000, version: 'https://git-lfs.github.com/spec/v1' }
}

describe('training, inference, evaluation and preprocessing code', () => {
  it('finds training code by what it does, not only by its name', () => {
    const f = find(
      {
        'src/loop.py':
          'for batch in data:\n    loss = model(batch)\n    loss.backward()\n    optimizer.step()\n'
      },
      'Training code'
    )
    expect(f).toMatchObject({ presence: 'in-repository', locations: ['src/loop.py'] })
    expect(f?.evidence[0]).toMatchObject({ path: 'src/loop.py', line: 3, kind: 'content' })
  })

  it('does not count vendored frameworks, and says so when they are all there is', () => {
    expect(
      find(
        {
          'third_party/megatron/train.py': 'optimizer.step()\n',
          'vendor/trainer.py': 'loss.backward()\n'
        },
        'Training code'
      )
    ).toBeUndefined()
    const mixed = find(
      { 'train.py': 'optimizer.step()\n', 'third_party/x/train.py': 'optimizer.step()\n' },
      'Training code'
    )
    expect(mixed?.locations).toEqual(['train.py'])
    expect(mixed?.notes).toEqual(['1 vendored file(s) not counted'])
  })

  it('reports training code held in a submodule as present by reference, with the link', () => {
    const f = find(
      {
        '.gitmodules':
          '[submodule "gpt-neox"]\n\tpath = gpt-neox\n\turl = https://github.com/EleutherAI/gpt-neox\n'
      },
      'Training code'
    )
    expect(f).toMatchObject({ presence: 'by-reference', locations: [] })
    expect(f?.evidence[0]).toMatchObject({
      path: '.gitmodules',
      line: 1,
      kind: 'submodule',
      url: 'https://github.com/EleutherAI/gpt-neox'
    })
  })

  it('reports training code linked from the README as present by reference', () => {
    const f = find(
      {
        'README.md':
          '# M\n\nThe training code is available at https://github.com/example/trainer.\n'
      },
      'Training code'
    )
    expect(f).toMatchObject({ presence: 'by-reference' })
    expect(f?.evidence[0]).toMatchObject({
      path: 'README.md',
      line: 3,
      kind: 'link',
      url: 'https://github.com/example/trainer'
    })
  })

  it('needs a client that actually runs a model before a chat.py counts as inference code', () => {
    expect(
      find({ 'chat.py': 'import requests\nrequests.post(API, json={})\n' }, 'Inference code')
    ).toBeUndefined()
    expect(
      find({ 'chat.py': 'model = AutoModelForCausalLM.from_pretrained(".")\n' }, 'Inference code')
    ).toBeDefined()
  })

  it('finds evaluation and data-preprocessing code', () => {
    expect(
      find(
        { 'scripts/run.py': 'import lm_eval\nlm_eval.simple_evaluate(model)\n' },
        'Evaluation code'
      )?.evidence[0]
    ).toMatchObject({ line: 1 })
    expect(
      find({ 'pipeline/step.py': 'from datasketch import MinHashLSH\n' }, 'Data preprocessing code')
        ?.evidence[0]
    ).toMatchObject({ kind: 'content' })
  })

  it('counts dependency manifests as supporting libraries, but not empty ones', () => {
    expect(
      find({ 'requirements.txt': 'torch\n' }, 'Supporting libraries and tools')?.locations
    ).toEqual(['requirements.txt'])
    expect(find({ 'requirements.txt': '' }, 'Supporting libraries and tools')).toBeUndefined()
  })
})

describe('model parameters', () => {
  it('counts weight files, not tokenizers or optimizer state', () => {
    const f = find(
      {
        'model.safetensors': safetensors,
        'optimizer.pt': { size: 10 },
        'tokenizer.model': { size: 10 }
      },
      'Model parameters (Final)'
    )
    expect(f?.locations).toEqual(['model.safetensors'])
    expect(find({ 'tokenizer.model': { size: 10 } }, 'Model parameters (Final)')).toBeUndefined()
  })

  it('counts LFS pointers of weight files and says the weights are not checked out', () => {
    const f = find({ 'model.safetensors': pointer }, 'Model parameters (Final)')
    expect(f?.evidence[0]).toMatchObject({ kind: 'lfs-pointer', path: 'model.safetensors' })
    expect(f?.evidence[0].detail).toMatch(/4\.7 GiB/)
    expect(f?.notes).toContain(
      'some weights are Git LFS pointers: sizes come from the pointers, headers were not read'
    )
  })

  it('notes shards that a sharded index lists but the repository lacks', () => {
    const index = JSON.stringify({
      metadata: { total_size: 10 },
      weight_map: { a: 'model-00001-of-00002.safetensors', b: 'model-00002-of-00002.safetensors' }
    })
    const f = find(
      { 'model.safetensors.index.json': index, 'model-00001-of-00002.safetensors': safetensors },
      'Model parameters (Final)'
    )
    expect(f?.evidence[0]).toMatchObject({ kind: 'index-file' })
    expect(f?.notes?.some((n) => /lists 1 shard\(s\) that are not in the repository/.test(n))).toBe(
      true
    )
  })

  it('separates step-named checkpoints from the final weights', () => {
    const files = {
      'model.safetensors': safetensors,
      'checkpoints/step-500/model.safetensors': safetensors,
      'checkpoints/step-1000/model.safetensors': safetensors
    }
    expect(find(files, 'Model parameters (Final)')?.locations).toEqual(['model.safetensors'])
    expect(find(files, 'Model parameters (Intermediate)')?.locations).toEqual([
      'checkpoints/step-1000/model.safetensors',
      'checkpoints/step-500/model.safetensors'
    ])
  })

  it('finds weights hosted on the Hugging Face Hub, but not the base model', () => {
    const readme =
      '---\nbase_model: meta-llama/Llama-3.1-8B\n---\n# M\n\nFine-tuned from https://huggingface.co/meta-llama/Llama-3.1-8B with our data.\n\nThe weights are available at https://huggingface.co/acme/m-7b.\n'
    const f = find({ 'README.md': readme }, 'Model parameters (Final)')
    expect(f?.presence).toBe('by-reference')
    expect(f?.evidence.map((e) => e.url)).toEqual(['https://huggingface.co/acme/m-7b'])
  })

  it('finds intermediate checkpoints published as revisions', () => {
    const f = find(
      { 'README.md': '# M\n\nIntermediate checkpoints are on branches: `revision="step1000"`.\n' },
      'Model parameters (Intermediate)'
    )
    expect(f).toMatchObject({ presence: 'by-reference' })
  })
})

describe('architecture and metadata', () => {
  it('finds model code and architecture configs', () => {
    expect(
      find({ 'net/blocks.py': 'class Block(nn.Module):\n    pass\n' }, 'Model architecture')
        ?.evidence[0]
    ).toMatchObject({ path: 'net/blocks.py', line: 1 })
    const config = find(
      { 'config.json': '{"architectures": ["LlamaForCausalLM"], "model_type": "llama"}' },
      'Model architecture'
    )
    expect(config?.notes?.[0]).toMatch(/configuration only/)
  })

  it('finds training configurations and optimizer states as model metadata', () => {
    const f = find(
      {
        'configs/pretrain.yaml': 'learning_rate: 3e-4\nbatch_size: 8\n',
        'checkpoints/optimizer.pt': { size: 10 }
      },
      'Model metadata'
    )
    expect(f?.locations.sort()).toEqual(['checkpoints/optimizer.pt', 'configs/pretrain.yaml'])
  })
})
