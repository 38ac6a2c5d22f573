import { describe, expect, it } from '@jest/globals'
import { COMPONENT_NAMES, MOF_COMPONENTS } from '../src/model/components.js'

describe('MOF components', () => {
  it('defines the 17 MOF 1.0 components: 14 required, 3 optional', () => {
    expect(COMPONENT_NAMES).toHaveLength(17)
    expect(new Set(COMPONENT_NAMES).size).toBe(17)
    expect(MOF_COMPONENTS.filter((c) => c.required)).toHaveLength(14)
    expect(MOF_COMPONENTS.filter((c) => !c.required).map((c) => c.name)).toEqual([
      'Sample model outputs',
      'Supporting libraries and tools',
      'Model metadata'
    ])
  })

  it('requires six components in Class III, four more in II and four more in I', () => {
    const required = (k: number): number =>
      MOF_COMPONENTS.filter((c) => c.required && c.firstClass === k).length
    expect([required(3), required(2), required(1)]).toEqual([6, 4, 4])
  })
})
