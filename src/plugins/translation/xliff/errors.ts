/** A refused XLIFF upload: `status` is the HTTP status to answer with, `message` names the problem. */
export class XliffError extends Error {
  readonly status: 400 | 413

  constructor(message: string, status: 400 | 413 = 400) {
    super(message)
    this.name = 'XliffError'
    this.status = status
  }
}
