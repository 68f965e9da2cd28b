// Serves a fixture site folder over HTTP, bundling its TypeScript page script on the fly.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export async function serveFixture(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
      const file = join(dir, path === '/' ? 'index.html' : path);
      const body = file.endsWith('.js')
        ? (await build({ entryPoints: [file.replace(/\.js$/, '.ts')], bundle: true, write: false, format: 'esm', target: 'es2022' })).outputFiles[0]!.text
        : await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  return server;
}
