import { detectionContext, type Detector } from '../../src/detect/context.js'
import { expect } from '@jest/globals'
import type { ComponentFinding } from '../../src/model/findings.js'
import type { ScannedFile, Snapshot } from '../../src/scan/types.js'
import { makeSnapshot } from '../helpers/snapshot.js'

export type FileMap = Record<string, string | Omit<ScannedFile, 'path'>>

/** Builds a snapshot from `{path: text}` (or scanner facts) and checks nothing else. */
export function snap(files: FileMap): Snapshot {
  return makeSnapshot(files)
}

/** Every evidence path (and location) of every finding names a file or folder of the snapshot. */
export function expectPathsInSnapshot(snapshot: Snapshot, findings: ComponentFinding[]): void {
  const known = new Set([...snapshot.files.map((f) => f.path), ...snapshot.directories])
  const unknown = findings.flatMap((f) =>
    [...f.evidence.map((e) => e.path), ...f.locations].filter((p) => !known.has(p))
  )
  expect(unknown).toEqual([])
}

/** Runs a detector, checks its evidence paths, and returns the finding with the given name. */
export function findingOf(
  detector: Detector,
  files: FileMap | Snapshot,
  name: string
): ComponentFinding | undefined {
  const snapshot =
    'files' in files && Array.isArray(files.files) ? (files as Snapshot) : snap(files as FileMap)
  const findings = detector(detectionContext(snapshot))
  expectPathsInSnapshot(snapshot, findings)
  return findings.find((f) => f.name === name)
}

/** A filled Hugging Face model card with front matter, written for these tests. */
export const FULL_CARD = `---
license: apache-2.0
language:
- en
datasets:
- acme/webtext-clean
- acme/code-mix
base_model: acme/base-7b
pipeline_tag: text-generation
library_name: transformers
tags:
- arxiv:2401.02385
- arxiv:1910.09700
model-index:
- name: Acme-7B-Instruct
  results:
  - task:
      type: text-generation
    dataset:
      name: MMLU
      type: cais/mmlu
      split: test
    metrics:
    - type: accuracy
      value: 61.3
      name: 5-shot accuracy
---

# Model Card for Acme-7B-Instruct

<!-- Provide a quick summary of what the model is/does. -->

Acme-7B-Instruct is an open-source language model tuned to follow instructions in English.

## Model Details

### Model Description

Acme-7B-Instruct is a seven-billion-parameter decoder-only transformer. It was fine-tuned from
Acme-Base-7B on a mixture of instruction data and answers questions, writes summaries and drafts
short texts.

- **Developed by:** Acme Research Lab
- **Model type:** Causal language model
- **License:** Apache 2.0

### Model Sources

- **Repository:** https://github.com/acme/acme-7b
- **Paper:** [Acme: Scaling Small Models](https://arxiv.org/abs/2401.02385)

## Uses

### Direct Use

The model answers questions, summarises documents and drafts text in English for research and
product prototypes.

### Out-of-Scope Use

It must not be used for medical or legal advice, or to make decisions about people.

## Bias, Risks, and Limitations

The model repeats biases present in web text and can state false facts with confidence. It was
not evaluated on languages other than English.

## Training Details

### Training Data

The model was trained on 1.2 trillion tokens drawn from three sources: the WebText-Clean crawl
of public web pages (see [acme/webtext-clean](https://huggingface.co/datasets/acme/webtext-clean)),
permissively licensed code from public GitHub repositories, and English Wikipedia. Web pages were
filtered with a quality classifier, deduplicated with MinHash at the document level, and pages with
personal information were removed. Code was deduplicated per file and filtered by licence. All
text was tokenised with a 50k BPE vocabulary.

### Training Procedure

We trained for 300,000 steps with AdamW, a peak learning rate of 3e-4 and a cosine schedule.

## Evaluation

### Results

| Benchmark | Acme-7B-Instruct | Acme-Base-7B |
|---|---|---|
| MMLU (5-shot) | 61.3 | 55.0 |
| GSM8K | 48.2 | 40.1 |

## Environmental Impact

Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).

- **Hardware Type:** 64 A100 GPUs
- **Hours used:** 12000

## Citation

\`\`\`bibtex
@misc{acme2024,
  title = {Acme: Scaling Small Models},
  author = {Doe, Jane and Roe, Richard},
  year = {2024},
  eprint = {2401.02385},
  archivePrefix = {arXiv}
}
\`\`\`
`

/** The Hugging Face model card template rendered with nothing filled in. */
export const TEMPLATE_CARD = `---
# For reference on model card metadata, see the spec
license: mit
library_name: transformers
---

# Model Card for Model ID

<!-- Provide a quick summary of what the model is/does. -->



## Model Details

### Model Description

<!-- Provide a longer summary of what this model is. -->

This is the model card of a 🤗 transformers model that has been pushed on the Hub. This model card has been automatically generated.

- **Developed by:** [More Information Needed]
- **Funded by [optional]:** [More Information Needed]
- **Shared by [optional]:** [More Information Needed]
- **Model type:** [More Information Needed]
- **Language(s) (NLP):** [More Information Needed]
- **License:** [More Information Needed]
- **Finetuned from model [optional]:** [More Information Needed]

### Model Sources [optional]

<!-- Provide the basic links for the model. -->

- **Repository:** [More Information Needed]
- **Paper [optional]:** [More Information Needed]
- **Demo [optional]:** [More Information Needed]

## Uses

<!-- Address questions around how the model is intended to be used. -->

### Direct Use

[More Information Needed]

### Downstream Use [optional]

[More Information Needed]

### Out-of-Scope Use

[More Information Needed]

## Bias, Risks, and Limitations

[More Information Needed]

### Recommendations

Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. More information needed for further recommendations.

## How to Get Started with the Model

Use the code below to get started with the model.

[More Information Needed]

## Training Details

### Training Data

<!-- This should link to a Dataset Card. -->

[More Information Needed]

### Training Procedure

#### Preprocessing [optional]

[More Information Needed]

#### Training Hyperparameters

- **Training regime:** [More Information Needed] <!--fp32, fp16 mixed precision -->

## Evaluation

### Testing Data, Factors & Metrics

#### Testing Data

[More Information Needed]

### Results

[More Information Needed]

#### Summary



## Environmental Impact

Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).

- **Hardware Type:** [More Information Needed]
- **Hours used:** [More Information Needed]

## Citation [optional]

**BibTeX:**

[More Information Needed]

**APA:**

[More Information Needed]

## Model Card Contact

[More Information Needed]
`
