import { describe, expect, it } from 'vitest'

import { documentIdPattern, notAnId, relationId } from '../../src/access/ids'

describe('relationId', () => {
  it('reads an id, a populated document and an ObjectId-like value', () => {
    expect(relationId('6b09ebbd36a1f2b004740779')).toBe('6b09ebbd36a1f2b004740779')
    expect(relationId({ id: 'a1', slug: 'austria' })).toBe('a1')
    // Shaped like bson's ObjectId: its own `id` is its bytes, its hex string is the id.
    const objectId = { id: new Uint8Array(12), toHexString: () => '6b09ebbd36a1f2b004740779' }
    expect(relationId(objectId)).toBe('6b09ebbd36a1f2b004740779')
    expect(relationId({ id: objectId })).toBe('6b09ebbd36a1f2b004740779')
  })

  it('reads anything else as present but no document’s id, however deep (the fuzzer’s `tenant: [[[…]]]` overflowed the stack)', () => {
    let deep: unknown = []
    for (let level = 0; level < 100_000; level++) deep = [deep]
    for (const value of [deep, ['a1'], { relationTo: 'tenants', value: 'a1' }, {}, true]) expect(relationId(value)).toBe(notAnId)
    expect(documentIdPattern.test(notAnId)).toBe(false)
    expect(relationId('')).toBeUndefined()
    expect(relationId(null)).toBeUndefined()
  })
})
