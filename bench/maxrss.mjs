// Preloaded with `node --import` when /usr/bin/time is not available: prints the process's peak
// resident set size, CPU time and minor page faults on exit, on one line of standard error the benchmark parses.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  const usage = process.resourceUsage()
  writeSync(
    2,
    `\nBENCH_USAGE maxrss_kb=${usage.maxRSS} user_us=${usage.userCPUTime} system_us=${usage.systemCPUTime} minor_faults=${usage.minorPageFault}\n`
  )
})
