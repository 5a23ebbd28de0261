/**
 * Stock Payload behind Express, the way Payload's own Next.js route files serve it: REST through
 * `handleEndpoints`, GraphQL through `@payloadcms/next`'s `GRAPHQL_POST`. The Express<->Fetch
 * bridge is the hub's (plain transport), so both sides pay the same for it.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import express from 'express'
import { getPayload, handleEndpoints } from 'payload'

import { sendFetchResponse, toFetchRequest } from '../../src/server/bridge'
import config from './payload.config'

const sanitized = await config
await getPayload({ config: sanitized })
const graphql = GRAPHQL_POST(config)

const app = express()
app.disable('x-powered-by')
app.get('/health/ready', (_req, res) => void res.json({ status: 'ready' }))
app.post('/api/graphql', async (req, res, next) => {
  try {
    await sendFetchResponse(res, await graphql(toFetchRequest(req)))
  } catch (error) {
    next(error)
  }
})
app.use('/api', async (req, res, next) => {
  try {
    await sendFetchResponse(res, await handleEndpoints({ config: sanitized, request: toFetchRequest(req) }))
  } catch (error) {
    next(error)
  }
})

const server = app.listen(Number(process.env.PORT ?? 3100), '127.0.0.1')
server.keepAliveTimeout = 65_000
process.on('SIGTERM', () => server.close(() => process.exit(0)))
