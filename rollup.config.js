import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

// Known-harmless noise from bundled dependencies (toolkit's downlevelled `this`, zod's cycles).
const QUIET = new Set(['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY'])

export default {
  input: { index: 'src/index.ts', cli: 'src/cli.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: false,
    chunkFileNames: 'chunks/core.js',
    entryFileNames: '[name].js'
  },
  onwarn(warning, warn) {
    if (QUIET.has(warning.code)) return
    warn(warning)
  },
  plugins: [
    typescript({ tsconfig: 'tsconfig.build.json', sourceMap: false, module: 'NodeNext' }),
    json({ preferConst: true }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs()
  ]
}
