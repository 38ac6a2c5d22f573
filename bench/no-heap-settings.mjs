// Preloaded with `node --import` to measure the bundle without its heap settings
// (src/heap-settings.ts): setFlagsFromString becomes a no-op for the module that imports it.
import { syncBuiltinESMExports } from 'node:module'
import v8 from 'node:v8'

v8.setFlagsFromString = () => {}
syncBuiltinESMExports()
