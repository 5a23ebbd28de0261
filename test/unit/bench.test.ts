import { describe, expect, it } from 'vitest'

import { caseStudyData, curriculumData, fullDataset, scaledDataset } from '../../bench/dataset'
import type { LoadResult } from '../../bench/load'
import { atLeast, atMost, markdown, under, type BenchReport } from '../../bench/report'

const run = (requestsPerSecond: number, p50Ms: number, failures = 0): LoadResult => ({
  requestsPerSecond,
  p50Ms,
  p99Ms: p50Ms * 3,
  requests: requestsPerSecond * 10,
  failures,
  statuses: { 200: requestsPerSecond * 10 },
})

describe('npm run bench: rows', () => {
  it('divides hub by baseline and judges against the target in the right direction', () => {
    expect(atLeast('cached', 'req/s', run(600, 5), 'bare', run(1000, 2), (r) => r.requestsPerSecond, 0.5)).toMatchObject({ value: 0.6, pass: true, valid: true })
    expect(atMost('deep', 'p50 ms', run(10, 40), 'stock', run(10, 100), (r) => r.p50Ms, 0.33)).toMatchObject({ value: 0.4, pass: false })
    expect(under('report', 'ms', 850, 1000)).toMatchObject({ pass: true, target: '< 1000 ms' })
  })

  it('marks a row with failed or no completed requests invalid, whatever its ratio', () => {
    expect(atMost('deep', 'p50 ms', run(0, 0), 'stock', run(10, 100), (r) => r.p50Ms, 0.33).valid).toBe(false)
    expect(atLeast('list', 'req/s', run(100, 5, 3), 'stock', run(100, 5), (r) => r.requestsPerSecond, 0.9).valid).toBe(false)
    const report = { startedAt: 'now', finishedAt: 'now', totalSeconds: 1, seedSeconds: 1, machine: { cpus: 2, model: 'x', loadAverage: [1], node: 'v20', platform: 'linux' }, settings: {}, dataset: {}, runs: {}, rows: [atMost('deep', 'p50 ms', run(0, 0), 'stock', run(10, 100), (r) => r.p50Ms, 0.33)] } satisfies BenchReport
    expect(markdown(report)).toContain('INVALID')
  })
})

describe('npm run bench: dataset', () => {
  it('keeps the issue numbers by default and scales the content only', () => {
    expect(fullDataset).toMatchObject({ tenants: 10, caseStudies: 20_000, caseStudiesSmall: 500, formats: 2_000, curricula: 200 })
    expect(scaledDataset(0.1)).toMatchObject({ tenants: 10, caseStudies: 2_000, caseStudiesSmall: 100, formats: 200, curricula: 20 })
  })

  it('writes every localized field in the four locales and gives the deep read its 60+ relations', () => {
    const links = { organizations: ['o1', 'o2'], media: ['m1', 'm2', 'm3', 'm4'], topics: ['t1', 't2'], formats: ['f1', 'f2', 'f3'], caseStudies: ['c1', 'c2'] }
    const caseStudy = caseStudyData(3, 'tenant', links)
    expect(Object.keys(caseStudy.title)).toEqual(['en', 'de', 'fr', 'es'])
    expect(Object.keys(caseStudy.challenge)).toEqual(['en', 'de', 'fr', 'es'])
    const curriculum = curriculumData(0, 'tenant', links)
    const direct = curriculum.sessions.reduce((sum, session) => sum + session.formats.length + session.materials.length, 0) + curriculum.caseStudies.length + 1
    expect(curriculum.sessions).toHaveLength(7)
    expect(direct).toBeGreaterThanOrEqual(46)
    expect(new Set(curriculum.sessions.map((session) => session.id)).size).toBe(7)
  })
})
