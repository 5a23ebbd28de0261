/**
 * `imsmanifest.xml` of an IMS Common Cartridge 1.3: package metadata (LOM), one organization
 * (a rooted hierarchy whose items point at resources) and the resources with their files.
 */
import { escapeMarkup } from '../../fields/richTextOutput'

export const ccNamespaces = {
  cp: 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1',
  lomManifest: 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest',
  lomResource: 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/resource',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const

const schemaLocation = [
  ccNamespaces.cp,
  'http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd',
  ccNamespaces.lomManifest,
  'http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd',
  ccNamespaces.lomResource,
  'http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lomresource_v1p0.xsd',
].join(' ')

/** Identifiers are XML IDs (NCName): a letter first, then letters, digits, `-`, `_`, `.`. */
export type ManifestItem = { identifier: string; title: string; resource: string }
export type ManifestResource = { identifier: string; type: 'webcontent'; href: string; files: string[]; dependencies: string[] }
export type Manifest = {
  identifier: string
  title: string
  description?: string
  language: string
  items: ManifestItem[]
  resources: ManifestResource[]
}

function langString(tag: string, text: string, language: string): string {
  return `<lomimscc:${tag}><lomimscc:string language="${escapeMarkup(language)}">${escapeMarkup(text)}</lomimscc:string></lomimscc:${tag}>`
}

function metadata({ title, description, language }: Manifest): string[] {
  return [
    '  <metadata>',
    '    <schema>IMS Common Cartridge</schema>',
    '    <schemaversion>1.3.0</schemaversion>',
    '    <lomimscc:lom>',
    '      <lomimscc:general>',
    `        ${langString('title', title, language)}`,
    `        <lomimscc:language>${escapeMarkup(language)}</lomimscc:language>`,
    ...(description ? [`        ${langString('description', description, language)}`] : []),
    '      </lomimscc:general>',
    '    </lomimscc:lom>',
    '  </metadata>',
  ]
}

function item({ identifier, title, resource }: ManifestItem): string {
  return `        <item identifier="${escapeMarkup(identifier)}" identifierref="${escapeMarkup(resource)}"><title>${escapeMarkup(title)}</title></item>`
}

function resource({ identifier, type, href, files, dependencies }: ManifestResource): string[] {
  return [
    `    <resource identifier="${escapeMarkup(identifier)}" type="${type}" href="${escapeMarkup(href)}">`,
    ...files.map((file) => `      <file href="${escapeMarkup(file)}"/>`),
    ...dependencies.map((dependency) => `      <dependency identifierref="${escapeMarkup(dependency)}"/>`),
    '    </resource>',
  ]
}

/** The manifest: the items (in order) under one root item, as Common Cartridge's rooted hierarchy wants. */
export function toManifest(manifest: Manifest): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeMarkup(manifest.identifier)}" xmlns="${ccNamespaces.cp}" xmlns:lomimscc="${ccNamespaces.lomManifest}" xmlns:lom="${ccNamespaces.lomResource}" xmlns:xsi="${ccNamespaces.xsi}" xsi:schemaLocation="${schemaLocation}">`,
    ...metadata(manifest),
    '  <organizations>',
    '    <organization identifier="org-1" structure="rooted-hierarchy">',
    '      <item identifier="learning-modules">',
    ...manifest.items.map(item),
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...manifest.resources.flatMap(resource),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n')
}
