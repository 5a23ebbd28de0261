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

/** A multipart form, parsed by the platform's own parser alongside Payload's busboy. */
function multipartCheck(contentType: string): BodyCheck {
  let controller!: ReadableStreamDefaultController<Uint8Array>
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) })
  const parsed = new Response(stream, { headers: { 'content-type': contentType } }).formData().then(
    (form) => formProblem(form),
    (): BodyProblem => 'errors.malformedMultipart',
  )
  return {
    write: (chunk) => controller.enqueue(new Uint8Array(chunk)),
    finish: () => {
      controller.close()
      return parsed
    },
  }
}

/** Payload parses `_payload` as JSON, and takes a text `file` field for a client upload (which the hub has none of). */
function formProblem(form: FormData): BodyProblem | undefined {
  const data = form.get('_payload')
  if (typeof data === 'string') {
    try {
      JSON.parse(data)
    } catch {
      return 'errors.malformedJson'
    }
  }
  if (typeof form.get('file') === 'string') return 'errors.fileNotAFile'
  return undefined
}

export function bodyCheckFor(contentType: string | undefined): BodyCheck | undefined {
  const type = (contentType ?? '').split(';')[0].trim()
  if (type === 'application/json') return jsonCheck()
  if (type.toLowerCase().startsWith('multipart/')) return multipartCheck(contentType!)
  return undefined
}
