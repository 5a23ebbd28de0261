import fs from 'node:fs'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { strFromU8, unzipSync } from 'fflate'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Curriculum, LearningFormat, Media, Tenant } from '../../payload-types'
import { escapeMarkup } from '../../src/fields/richTextOutput'
import { curriculumBody, formatBody } from '../helpers/fixtures'
import { closeDemoHub, startDemoHub } from '../helpers/demoHub'
import type { TestHub } from '../helpers/hub'
import { block, plain } from '../helpers/richText'

// Curricula as IMS Common Cartridge 1.3 through the real API: the seeded programmes, and
// hand-made ones for rendering, media and read rules. Every package is unzipped (fflate), its
// manifest parsed (fast-xml-parser) and every reference in it and in its pages followed.
const cpNamespace = 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1'

let hub: TestHub
let offices: Tenant[]
let editorToken: string
const austria = () => offices.find((office) => office.slug === 'austria')!

beforeAll(async () => {
  ;({ hub, offices, editorToken } = await startDemoHub())
}, 600_000)

afterAll(() => closeDemoHub(hub), 60_000)

type Files = Record<string, Uint8Array>
type Package = { status: number; headers: Headers; files: Files; error?: any }

async function download(pathAndQuery: string, headers: Record<string, string> = {}, token?: string): Promise<Package> {
  const response = await hub.fetch(pathAndQuery, { headers, token })
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (response.status !== 200) return { status: response.status, headers: response.headers, files: {}, error: JSON.parse(strFromU8(bytes)) }
  return { status: response.status, headers: response.headers, files: unzipSync(bytes) }
}

const arrays = new Set(['item', 'resource', 'file', 'dependency'])
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => arrays.has(name), trimValues: true, parseTagValue: false })

type Item = { '@_identifier': string; '@_identifierref'?: string; title?: string; item?: Item[] }
type Resource = { '@_identifier': string; '@_type': string; '@_href': string; file?: { '@_href': string }[]; dependency?: { '@_identifierref': string }[] }

function readManifest(files: Files) {
  expect(Object.keys(files)).toContain('imsmanifest.xml')
  const xml = strFromU8(files['imsmanifest.xml'])
  expect(XMLValidator.validate(xml)).toBe(true)
  const { manifest } = parser.parse(xml)
  const root: Item = manifest.organizations.organization.item[0]
  return { xml, manifest, items: root.item ?? [], resources: (manifest.resources?.resource ?? []) as Resource[] }
}

/** A page as XML: the pages are written well-formed (void elements self-closed), so a strict parser reads them. */
function readPage(files: Files, pagePath: string): string {
  const html = strFromU8(files[pagePath])
  expect(html.startsWith('<!DOCTYPE html>'), pagePath).toBe(true)
  expect(XMLValidator.validate(html.replace(/^<!DOCTYPE html>\s*/, '')), pagePath).toBe(true)
  return html
}

/** Every link and image of a page that points into the package leads to a file in it. */
function expectLocalReferencesResolve(files: Files, pagePath: string, html: string) {
  for (const [, reference] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) continue
    const target = path.posix.join(path.posix.dirname(pagePath), reference.replace(/&amp;/g, '&'))
    expect(files[target], `${pagePath} → ${reference}`).toBeDefined()
  }
}

/** The structural checks every package passes: manifest, resources, files, pages. */
function expectWellFormedCartridge(files: Files) {
  const { manifest, items, resources } = readManifest(files)
  expect(manifest['@_xmlns']).toBe(cpNamespace)
  expect(manifest.metadata.schema).toBe('IMS Common Cartridge')
  expect(String(manifest.metadata.schemaversion)).toBe('1.3.0')
  expect(manifest.organizations.organization['@_structure']).toBe('rooted-hierarchy')
  const byId = new Map(resources.map((resource) => [resource['@_identifier'], resource]))
  expect(byId.size, 'resource identifiers are unique').toBe(resources.length)
  const referenced = new Set<string>()
  for (const resource of resources) {
    expect(resource['@_type']).toBe('webcontent')
    expect(resource['@_identifier']).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/)
    expect(files[resource['@_href']], resource['@_href']).toBeDefined()
    for (const file of resource.file ?? []) {
      expect(files[file['@_href']], file['@_href']).toBeDefined()
      referenced.add(file['@_href'])
    }
    expect((resource.file ?? []).map((file) => file['@_href'])).toContain(resource['@_href'])
    for (const dependency of resource.dependency ?? []) expect(byId.has(dependency['@_identifierref']), dependency['@_identifierref']).toBe(true)
  }
  for (const item of items) expect(byId.has(item['@_identifierref']!), item['@_identifier']).toBe(true)
  // Nothing in the zip that the manifest does not account for.
  expect(Object.keys(files).filter((name) => name !== 'imsmanifest.xml').sort()).toEqual([...referenced].sort())
  for (const name of Object.keys(files).filter((file) => file.endsWith('.html'))) expectLocalReferencesResolve(files, name, readPage(files, name))
  return { manifest, items, resources, byId }
}

async function seededProgramme(office: string): Promise<Curriculum> {
  const { docs } = await hub.payload.find({
    collection: 'curricula',
    where: { and: [{ slug: { equals: 'visionary-program' } }, { tenant: { equals: offices.find((tenant) => tenant.slug === office)!.id } }] },
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as Curriculum
}

describe('the seeded Visionary Program as a cartridge', () => {
  it('is a .imscc zip whose organization lists the sessions in order, each a page with its text', async () => {
    const programme = await seededProgramme('austria')
    const german = (await hub.payload.findByID({ collection: 'curricula', id: programme.id, locale: 'de', depth: 1, overrideAccess: true })) as Curriculum
    const cartridge = await download(`/api/curricula/${programme.id}/cartridge?locale=de`)
    expect(cartridge.status, JSON.stringify(cartridge.error)).toBe(200)
    expect(cartridge.headers.get('content-type')).toBe('application/zip')
    expect(cartridge.headers.get('content-disposition')).toBe('attachment; filename="visionary-program-de.imscc"')
    expect(cartridge.headers.get('content-language')).toBe('de')

    const { manifest, items, byId } = expectWellFormedCartridge(cartridge.files)
    expect(manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:title']['lomimscc:string']['#text']).toBe(german.title)
    const sessions = german.sessions!
    expect(items.map((item) => item.title)).toEqual(sessions.map((session) => session.title))
    items.forEach((item, index) => {
      const page = byId.get(item['@_identifierref']!)!['@_href']
      const html = strFromU8(cartridge.files[page])
      const session = sessions[index]
      expect(html).toContain(`<h1>${escapeMarkup(session.title!)}</h1>`)
      expect(html).toContain(escapeMarkup(session.summary!))
      for (const objective of session.objectives ?? []) expect(html).toContain(escapeMarkup(objective.text!))
      expect(html).toContain('lang="de"')
      // Each of the session's formats is linked to its own page in the package.
      for (const format of session.formats as LearningFormat[]) expect(html, format.slug).toMatch(new RegExp(`href="\\.\\./formats/${format.slug}\\.html"`))
    })
  })

  it('has a page per learning format the programme uses, and the cover image as stored', async () => {
    const programme = await seededProgramme('austria')
    const english = (await hub.payload.findByID({ collection: 'curricula', id: programme.id, locale: 'en', depth: 2, overrideAccess: true })) as Curriculum
    const cartridge = await download(`/api/curricula/${programme.id}/cartridge?locale=en`)
    expectWellFormedCartridge(cartridge.files)
    const used = new Map(english.sessions!.flatMap((session) => session.formats as LearningFormat[]).map((format) => [format.id, format]))
    const formatPages = Object.keys(cartridge.files).filter((name) => name.startsWith('formats/'))
    expect(formatPages).toHaveLength(used.size)
    for (const format of used.values()) {
      const html = strFromU8(cartridge.files[`formats/${format.slug}.html`])
      expect(html).toContain(escapeMarkup(format.title!))
      for (const step of format.steps ?? []) expect(html).toContain(escapeMarkup(step.title!))
    }
    const cover = english.coverImage as Media
    const [coverFile] = Object.keys(cartridge.files).filter((name) => name.startsWith('media/'))
    expect(coverFile).toMatch(/\.png$/)
    expect(coverFile.replace(/^media\/\d+-/, '')).toBe(cover.filename)
    // The media collection's folder (the seed's files live there, see seed.test.ts).
    const staticDir = String(hub.payload.collections.media.config.upload.staticDir)
    expect(Buffer.from(cartridge.files[coverFile]).equals(fs.readFileSync(path.join(staticDir, cover.filename!)))).toBe(true)
    expect(strFromU8(cartridge.files['overview.html'])).toContain(`src="${coverFile}"`)
  })

  it('writes the format of another office in that office’s language when it has none of the cartridge’s', async () => {
    const programme = await seededProgramme('austria')
    const cartridge = await download(`/api/curricula/${programme.id}/cartridge?locale=de`, { 'x-tenant': 'austria' })
    const scandinavian = (await hub.payload.find({ collection: 'learning-formats', where: { tenant: { equals: offices.find((office) => office.slug === 'scandinavia')!.id } }, locale: 'sv', overrideAccess: true, depth: 0 })).docs as LearningFormat[]
    const inProgramme = scandinavian.filter((format) => cartridge.files[`formats/${format.slug}.html`])
    expect(inProgramme.length).toBeGreaterThan(0)
    for (const format of inProgramme) {
      const html = strFromU8(cartridge.files[`formats/${format.slug}.html`])
      expect(html).toContain(`<h1 lang="sv">${escapeMarkup(format.title!)}</h1>`)
      expect(html).toContain('<html lang="de"')
    }
  })

  it('keeps an office-only programme to its office and speaks its locales', async () => {
    const programme = await seededProgramme('scandinavia')
    expect((await download(`/api/curricula/${programme.id}/cartridge`)).status).toBe(404)
    expect((await download(`/api/curricula/${programme.id}/cartridge`, { 'x-tenant': 'austria' })).status).toBe(404)
    const danish = await download(`/api/curricula/${programme.id}/cartridge?locale=da`, { 'x-tenant': 'scandinavia' })
    expect(danish.status).toBe(200)
    const { items, manifest } = expectWellFormedCartridge(danish.files)
    expect(manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:language']).toBe('da')
    // Texts not yet in Danish fall back to the office's own default locale (Swedish).
    const inDanish = (await hub.payload.findByID({ collection: 'curricula', id: programme.id, locale: 'da', fallbackLocale: 'sv', overrideAccess: true })) as Curriculum
    expect(items.map((item) => item.title)).toEqual(inDanish.sessions!.map((session) => session.title))
  })

  it('refuses an unknown locale with a 400 naming the office’s, and serves the office default for one it does not publish', async () => {
    const programme = await seededProgramme('austria')
    for (const locale of ['xx', 'all']) {
      const refused = await download(`/api/curricula/${programme.id}/cartridge?locale=${locale}`)
      expect(refused.status, locale).toBe(400)
      expect(refused.error.errors[0].message).toContain('de, en')
    }
    const french = await download(`/api/curricula/${programme.id}/cartridge?locale=fr`, { 'x-tenant': 'austria' })
    expect(french.status).toBe(200)
    expect(french.headers.get('content-disposition')).toContain('visionary-program-de.imscc')
    expect(readManifest(french.files).manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:language']).toBe('de')
  })
})

// ---- hand-made documents ----

const text = (value: string, format = 0) => ({ ...plain, text: value, format })
const richText = (...children: ReturnType<typeof block>[]) => ({ root: block('root', children) })

async function upload(name: string, visibility: 'network' | 'tenant', data: Buffer, mimetype: string, alt: string): Promise<Media> {
  return (await hub.payload.create({
    collection: 'media',
    data: { tenant: austria().id, visibility, alt, caption: `${alt} <caption>` } as never,
    file: { data, mimetype, name, size: data.length },
    overrideAccess: true,
    locale: 'de',
  })) as Media
}

const png = (color: string) => sharp({ create: { width: 40, height: 30, channels: 3, background: color } }).png().toBuffer()
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<</Root 1 0 R/Size 1>>\nstartxref\n0\n%%EOF\n')

describe('rendering, media and read rules (hand-made programmes)', () => {
  it('renders rich text as escaped HTML: headings, lists, quotes, bold, italic, safe links, images', async () => {
    const shared = await upload('diagram.png', 'network', await png('#3366aa'), 'image/png', 'Diagramm „A & B“')
    const format = (await hub.payload.create({
      collection: 'learning-formats',
      data: formatBody(austria().id, {
        slug: 'sicheres-html',
        title: 'Labor <script>alert(1)</script> & Co',
        summary: 'Zwei Zeilen\nmit <b>Markup</b>',
        description: richText(
          block('heading', [text('Warum & wozu')], { tag: 'h3' }),
          block('paragraph', [text('fett', 1), text(' und '), text('kursiv', 2), text(' <img src=x onerror=alert(1)>')], { textFormat: 1 }),
          block('paragraph', [{ type: 'link', fields: { linkType: 'custom', url: 'https://example.org/?a=1&b="2"', newTab: true }, children: [text('sicher')], direction: 'ltr', format: '', indent: 0, version: 3 }, { type: 'link', fields: { linkType: 'custom', url: 'javascript:alert(1)' }, children: [text('gefährlich')], direction: 'ltr', format: '', indent: 0, version: 3 }]),
          block('list', [block('listitem', [text('eins')], { value: 1 }), block('listitem', [text('zwei')], { value: 2 })], { listType: 'number', tag: 'ol', start: 1 }),
          block('quote', [text('Zitat „mit“ <Zeichen>')]),
          { type: 'upload', relationTo: 'media', value: shared.id, fields: {}, format: '', version: 3 } as never,
        ),
        steps: [{ title: 'Schritt <1>', minutes: 30, instructions: richText(block('paragraph', [text('Tun & lassen')])) }],
        outcomes: [{ text: 'Ergebnis <x>' }],
      }) as never,
      overrideAccess: true,
      locale: 'de',
    })) as LearningFormat
    const curriculum = (await hub.payload.create({
      collection: 'curricula',
      data: curriculumBody(austria().id, {
        slug: 'html-test',
        title: 'HTML & Sicherheit',
        visibility: 'network',
        sessions: [{ title: 'Modul <eins>', summary: 'A & B\n\nNeuer Absatz', durationDays: 1, monthOffset: 0, formats: [format.id], objectives: [{ text: 'Ziel "1"' }] }],
      }) as never,
      overrideAccess: true,
      locale: 'de',
    })) as Curriculum

    const cartridge = await download(`/api/curricula/${curriculum.id}/cartridge`)
    expect(cartridge.status, JSON.stringify(cartridge.error)).toBe(200)
    const { items } = expectWellFormedCartridge(cartridge.files)
    expect(items.map((item) => item.title)).toEqual(['Modul <eins>'])
    const session = strFromU8(cartridge.files['sessions/session-01.html'])
    expect(session).toContain('<h1>Modul &lt;eins&gt;</h1>')
    expect(session).toContain('<p>A &amp; B</p>\n<p>Neuer Absatz</p>')
    expect(session).toContain('<li>Ziel &quot;1&quot;</li>')
    expect(session).toContain('<a href="../formats/sicheres-html.html">Labor &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</a>')

    const page = strFromU8(cartridge.files['formats/sicheres-html.html'])
    expect(page).not.toMatch(/<script|<img src=x|javascript:/i)
    expect(page).toContain('<title>Labor &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</title>')
    expect(page).toContain('<p>Zwei Zeilen<br/>mit &lt;b&gt;Markup&lt;/b&gt;</p>')
    expect(page).toContain('<h3>Warum &amp; wozu</h3>')
    expect(page).toContain('<p><strong>fett</strong> und <em>kursiv</em> &lt;img src=x onerror=alert(1)&gt;</p>')
    expect(page).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;" target="_blank" rel="noopener noreferrer">sicher</a>gefährlich')
    expect(page).toContain('<ol><li>eins</li><li>zwei</li></ol>')
    expect(page).toContain('<blockquote><p>Zitat „mit“ &lt;Zeichen&gt;</p></blockquote>')
    expect(page).toMatch(/<figure><img src="\.\.\/media\/\d+-diagram\.png" alt="Diagramm „A &amp; B“"\/><figcaption>Diagramm „A &amp; B“ &lt;caption&gt;<\/figcaption><\/figure>/)
    expect(page).toContain('<strong>Schritt &lt;1&gt;</strong> (30 Minuten)')
    expect(page).toContain('<p>Tun &amp; lassen</p>')
    expect(page).toContain('<li>Ergebnis &lt;x&gt;</li>')
  })

  it('packs session materials (images shown, PDFs linked) and leaves out what the caller may not read', async () => {
    const openImage = await upload('offen.png', 'network', await png('#22aa55'), 'image/png', 'Offenes Bild')
    const handout = await upload('handout.pdf', 'network', pdf, 'application/pdf', 'Handout')
    const internalImage = await upload('intern.png', 'tenant', await png('#aa2255'), 'image/png', 'Internes Bild')
    const internalFormat = (await hub.payload.create({
      collection: 'learning-formats',
      data: formatBody(austria().id, { slug: 'nur-intern', title: 'Nur für Österreich', visibility: 'tenant' }) as never,
      overrideAccess: true,
      locale: 'de',
    })) as LearningFormat
    const networkFormat = (await hub.payload.create({
      collection: 'learning-formats',
      data: formatBody(austria().id, { slug: 'fuer-alle', title: 'Für alle', visibility: 'network' }) as never,
      overrideAccess: true,
      locale: 'de',
    })) as LearningFormat
    const curriculum = (await hub.payload.create({
      collection: 'curricula',
      data: curriculumBody(austria().id, {
        slug: 'mit-materialien',
        visibility: 'network',
        coverImage: internalImage.id,
        sessions: [
          { title: 'Erstes Modul', durationDays: 2, monthOffset: 0, formats: [internalFormat.id, networkFormat.id], materials: [openImage.id, handout.id, internalImage.id] },
          { title: 'Zweites Modul', durationDays: 2, monthOffset: 2, formats: [networkFormat.id] },
        ],
      }) as never,
      overrideAccess: true,
      locale: 'de',
    })) as Curriculum

    const outside = await download(`/api/curricula/${curriculum.id}/cartridge`)
    expect(outside.status, JSON.stringify(outside.error)).toBe(200)
    const { items } = expectWellFormedCartridge(outside.files)
    expect(items.map((item) => item.title)).toEqual(['Erstes Modul', 'Zweites Modul'])
    const names = Object.keys(outside.files)
    expect(names.filter((name) => name.startsWith('formats/'))).toEqual(['formats/fuer-alle.html'])
    expect(names.filter((name) => name.startsWith('media/')).map((name) => name.replace(/^media\/\d+-/, '')).sort()).toEqual(['handout.pdf', 'offen.png'])
    const first = strFromU8(outside.files['sessions/session-01.html'])
    expect(first).not.toContain('Nur für Österreich')
    expect(first).not.toContain('Internes Bild')
    expect(first).toMatch(/<img src="\.\.\/media\/\d+-offen\.png" alt="Offenes Bild"\/>/)
    expect(first).toMatch(/<a href="\.\.\/media\/\d+-handout\.pdf">Handout<\/a>/)
    expect(strFromU8(outside.files['overview.html'])).not.toContain('<img')

    const inside = await download(`/api/curricula/${curriculum.id}/cartridge`, { 'x-tenant': 'austria' })
    expectWellFormedCartridge(inside.files)
    expect(Object.keys(inside.files).filter((name) => name.startsWith('formats/')).sort()).toEqual(['formats/fuer-alle.html', 'formats/nur-intern.html'])
    expect(Object.keys(inside.files).filter((name) => name.startsWith('media/'))).toHaveLength(3)
    expect(strFromU8(inside.files['overview.html'])).toMatch(/<img src="media\/\d+-intern\.png"/)
  })

  it('shows drafts only to the office: 404 anonymously, the draft to an editor who asks for it', async () => {
    const draft = (await hub.payload.create({
      collection: 'curricula',
      data: curriculumBody(austria().id, { slug: 'entwurf', title: 'Nur ein Entwurf', visibility: 'network', sessions: [], _status: 'draft' }) as never,
      draft: true,
      overrideAccess: true,
      locale: 'de',
    })) as Curriculum
    for (const query of ['', '?draft=true']) {
      expect((await download(`/api/curricula/${draft.id}/cartridge${query}`)).status, query).toBe(404)
      expect((await download(`/api/curricula/${draft.id}/cartridge${query}`, { 'x-tenant': 'austria' })).status, query).toBe(404)
    }
    const asEditor = await download(`/api/curricula/${draft.id}/cartridge?draft=true`, {}, editorToken)
    expect(asEditor.status, JSON.stringify(asEditor.error)).toBe(200)
    const { items, manifest } = expectWellFormedCartridge(asEditor.files)
    expect(items).toEqual([])
    expect(manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:title']['lomimscc:string']['#text']).toBe('Nur ein Entwurf')
  })

  it('answers 404, never 500, for unknown and malformed ids and for ids of other collections', async () => {
    const format = (await hub.payload.find({ collection: 'learning-formats', limit: 1, overrideAccess: true })).docs[0]
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id', format.id, '../../etc/passwd']) {
      const answer = await download(`/api/curricula/${encodeURIComponent(id)}/cartridge`)
      expect(answer.status, id).toBe(404)
    }
    expect((await download(`/api/learning-formats/${format.id}/cartridge`)).status).toBe(404)
  })
})
