import { spawn } from 'node:child_process'
import { once } from 'node:events'

/**
 * The floor of the table: a `node:http` server that answers "ok", in its own
 * process like the app, so both compete with the load tool for the same cores.
 */
const SOURCE = `
const server = require('node:http').createServer((request, response) => response.end('ok'))
server.listen(0, '127.0.0.1', () => console.log(server.address().port))
`

export async function startPlainServer() {
  const child = spawn(process.execPath, ['-e', SOURCE], { stdio: ['ignore', 'pipe', 'inherit'] })
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer]
  const port = Number(chunk.toString().trim())
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      child.kill()
      if (child.exitCode === null) await once(child, 'exit')
    },
  }
}
