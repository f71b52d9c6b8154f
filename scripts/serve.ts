/**
 * Serves a built site the way a static host does: the base path, `index.html` for directories,
 * `404.html` for anything missing, and gzip for text. Used by the browser tests.
 *
 *   tsx scripts/serve.ts <dir> [--port 4321] [--base /news/] [--root-alias]
 *
 * `--root-alias` also answers paths outside the base from the same files, so the browser tests,
 * which address pages from the root, can run against a build made for a sub-path (the GitHub
 * Pages build in CI). The pages' own links keep the base path; the link check and the `/news/`
 * base-path tests hold those to it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { normaliseBasePath } from '../src/lib/settings.ts';
import { withoutBase } from '../src/lib/urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' }, 'root-alias': { type: 'boolean', default: false } },
});
const root = resolve(positionals[0] ?? 'dist');
const base = normaliseBasePath(values.base ?? '/');
if (!existsSync(root)) {
  console.error(`serve: ${root} does not exist; build the site first (npm run build).`);
  process.exit(1);
}

function locate(urlPath: string): string | undefined {
  const sitePath = withoutBase(base, urlPath) ?? (values['root-alias'] ? urlPath : undefined);
  if (sitePath === undefined) return undefined;
  const relative = normalize(decodeURIComponent(sitePath)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const pathname = url.pathname;
  // A directory URL without its slash: redirect like static hosts do.
  if (!pathname.endsWith('/') && !extname(pathname) && locate(`${pathname}/`)) {
    response.writeHead(301, { location: `${pathname}/${url.search}` });
    response.end();
    return;
  }
  const file = locate(pathname);
  const status = file ? 200 : 404;
  const chosen = file ?? join(root, '404.html');
  if (!existsSync(chosen)) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
    return;
  }
  const ext = extname(chosen);
  const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (gzip) headers['content-encoding'] = 'gzip';
  response.writeHead(status, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(chosen);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}${values['root-alias'] && base !== '/' ? ' (and at the root)' : ''}`);
});
