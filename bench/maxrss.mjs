// Preloaded with `node --import` when /usr/bin/time is not available: prints the process's peak
// resident set size and CPU time on exit, on one line of standard error the benchmark parses.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  const usage = process.resourceUsage()
  writeSync(
    2,
    `\nBENCH_USAGE maxrss_kb=${usage.maxRSS} user_us=${usage.userCPUTime} system_us=${usage.systemCPUTime}\n`
  )
})
