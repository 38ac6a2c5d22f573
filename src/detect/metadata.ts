import type { DetectionContext } from './context.js'
import {
  isOptimizerStateFile,
  isTrainingArgsFile,
  STATE_EXTENSIONS
} from '../scan/formats/index.js'
import type { ComponentFinding, Evidence } from '../model/findings.js'
import { isVendoredFile } from '../scan/facts.js'

/** Files that record how the model was trained. */
const TRAINING_RECORD_NAME =
  /^(trainer_state\.json|training_args\.json|all_results\.json|train_results\.json|hparams\.ya?ml|hyperparameters\.(json|ya?ml)|args\.json|params\.(json|ya?ml)|training_config\.(json|ya?ml)|train_config\.(json|ya?ml)|(pre)?train(ing)?[_-][\w-]*\.ya?ml|config\.ya?ml|[\w.-]+\.gin)$/i

/** Keys that only a training configuration has. */
const HYPERPARAMETER_KEYS =
  /^\s*["']?(?:[\w/@-]+\.)*(learning_rate|base_learning_rate|lr|max_lr|min_lr|warmup_steps|warmup_ratio|weight_decay|global_batch_size|train_batch_size|per_device_train_batch_size|micro_batch_size|gradient_accumulation_steps|max_steps|num_train_epochs|lr_scheduler_type|adam_beta1|adam_beta2|optimizer|warmup(?:_\w+)?(?=["']?\s*[:=]\s*["']?[-+]?\d))["']?\s*[:=]/im

/** Extensions of configuration files whose text may record hyperparameters. */
const CONFIG_EXTENSIONS: ReadonlySet<string> = new Set(['json', 'yaml', 'yml', 'toml', 'gin'])
const EXAMPLES_FOLDER = /(^|\/)examples?([_-][\w-]*)?\//i

/** Model metadata: training configuration, hyperparameters, trainer state and optimizer states. */
export function detectMetadata(ctx: DetectionContext): ComponentFinding[] {
  const evidence: Evidence[] = []
  const locations: string[] = []
  const all = ctx.files.all
  for (let i = 0; i < all.length; i++) {
    const file = all[i]
    // The extension rules out nearly every file before the path is looked at.
    const stateName = STATE_EXTENSIONS.has(file.ext)
    // Gin binds hyperparameters as `train.learning_rate = 3e-4`.
    const config = file.text !== undefined && CONFIG_EXTENSIONS.has(file.ext)
    if (!stateName && !config) continue
    // Example configs show users how to train; they do not record how the release was trained.
    if (isVendoredFile(file) || EXAMPLES_FOLDER.test(file.path)) continue
    const name = file.name
    let detail: string | null = null
    // (Both look at the base name only, so the name stands for the path.)
    if (stateName && isOptimizerStateFile(name)) detail = 'optimizer state'
    else if (stateName && isTrainingArgsFile(name))
      detail = 'training arguments (pickled; recorded, never loaded)'
    else if (config && file.text !== undefined) {
      const keys = HYPERPARAMETER_KEYS.exec(file.text)
      if (
        keys &&
        (TRAINING_RECORD_NAME.test(name) ||
          /(^|\/)(configs?|recipes?|hparams|training)\//i.test(file.path))
      ) {
        detail = `training configuration (\`${keys[1]}\`, …)`
      } else if (/^trainer_state\.json$/i.test(name)) detail = 'trainer state (loss curve, steps)'
    }
    if (detail === null) continue
    locations.push(file.path)
    if (evidence.length < 6) evidence.push({ path: file.path, kind: 'metadata', detail })
  }
  if (locations.length === 0) return []
  return [{ name: 'Model metadata', presence: 'in-repository', evidence, locations }]
}
