import { problemOf, readExact } from './bytes.js'
import type { ByteSource, WeightInfo } from './types.js'

/** True when bytes 4–7 hold the TFLite FlatBuffer file identifier `TFL3`. */
export function hasTfliteIdentifier(head: Uint8Array): boolean {
  return (
    head.length >= 8 && head[4] === 0x54 && head[5] === 0x46 && head[6] === 0x4c && head[7] === 0x33
  )
}

/** Detects a TFLite model by its file identifier; the FlatBuffer itself is not walked. */
export async function readTfliteHeader(src: ByteSource): Promise<WeightInfo> {
  try {
    const head = await readExact(src, 0, 8)
    if (!head || !hasTfliteIdentifier(head)) {
      return { format: 'tflite', problem: 'missing the TFL3 file identifier' }
    }
    return { format: 'tflite' }
  } catch (err) {
    return { format: 'tflite', problem: problemOf(err) }
  }
}
