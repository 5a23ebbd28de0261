import Busboy from 'busboy'

/**
 * A second look at a request body while the bridge streams it to Payload, for one purpose: to
 * tell a client's malformed body from a real internal error. Payload answers some malformed
 * bodies with a 500 (a multipart body that busboy cannot parse, a `_payload` field that is not
 * JSON, a `file` field that is text); when Payload fails on a body this check found malformed,
 * the answer is the client's 400. Any other failure stays a 500.
 */

export type BodyProblem = 'errors.malformedJson' | 'errors.malformedMultipart' | 'errors.fileNotAFile'

export interface BodyCheck {
  write(chunk: Buffer): void
  /** The body ended: its problem, if any. */
  finish(): Promise<BodyProblem | undefined>
}

/** The body Payload parses as JSON (`content-type: application/json`, exactly as Payload matches it). */
function jsonCheck(): BodyCheck {
  const chunks: Buffer[] = []
  return {
    write: (chunk) => chunks.push(chunk),
    finish: async () => {
      const text = Buffer.concat(chunks).toString('utf8')
      try {
        if (text) JSON.parse(text)
        return undefined
      } catch {
        return 'errors.malformedJson'
      }
    },
  }
}

/**
 * A multipart form, parsed by busboy exactly as Payload parses it (a second parser would disagree
 * on edge cases: a NUL in a filename is a malformed part header to busboy, not to undici).
 */
function multipartCheck(contentType: string): BodyCheck {
  let problem: BodyProblem | undefined
  let parser: Busboy.Busboy | undefined
  const form = { payload: undefined as string | undefined, fileAsText: false }
  try {
    parser = Busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8' })
  } catch {
    problem = 'errors.malformedMultipart' // no boundary, not multipart/form-data
  }
  const done = new Promise<void>((resolve) => {
    if (!parser) return resolve()
    parser.on('field', (name, value) => {
      if (name === '_payload') form.payload = value
      if (name === 'file') form.fileAsText = true
    })
    // A form that ends inside a file destroys that file's stream with the error: handled here, judged below.
    parser.on('file', (_name, file) => file.on('error', () => undefined).resume())
    parser.on('error', () => {
      problem ??= 'errors.malformedMultipart'
      resolve()
    })
    parser.on('close', resolve)
  })
  return {
    write: (chunk) => {
      if (parser && !problem) parser.write(chunk)
    },
    finish: async () => {
      if (parser && !problem) parser.end()
      await done
      return problem ?? formProblem(form)
    },
  }
}

/** Payload parses `_payload` as JSON, and takes a text `file` field for a client upload (which the hub has none of). */
function formProblem({ payload, fileAsText }: { payload?: string; fileAsText: boolean }): BodyProblem | undefined {
  if (payload !== undefined) {
    try {
      JSON.parse(payload)
    } catch {
      return 'errors.malformedJson'
    }
  }
  return fileAsText ? 'errors.fileNotAFile' : undefined
}

export function bodyCheckFor(contentType: string | undefined): BodyCheck | undefined {
  const type = (contentType ?? '').split(';')[0].trim()
  if (type === 'application/json') return jsonCheck()
  if (type.toLowerCase().startsWith('multipart/')) return multipartCheck(contentType!)
  return undefined
}
