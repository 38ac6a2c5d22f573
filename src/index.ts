import { run } from './main.js'
import { applyScanSettings } from './heap-settings.js'

applyScanSettings()
await run()
// Everything the run writes (summary, outputs, report) is awaited; a request abandoned at the API
// deadline must not hold the job open, so the process ends here.
process.exit()
