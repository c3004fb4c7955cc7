#!/usr/bin/env node
// Minimal static server for dist/ with the headers that enable SharedArrayBuffer
// (COOP/COEP) and Caliper's Content-Security-Policy (scripts/csp.mjs; the same policy the build puts
// in index.html, plus frame-ancestors, which only a header can carry; applies to workers too).
// Usage: node scripts/serve.mjs <dir> [--base /sub/path/] [--no-isolation] ; PORT env (default 4173);
// CALIPER_DICOMWEB_ORIGINS widens connect-src; CALIPER_CSP=off sends no policy header.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from './csp.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const baseArg = process.argv.indexOf('--base');
const base = baseArg > 0 ? process.argv[baseArg + 1] : '/';
const port = Number(process.env.PORT ?? 4173);
const noIsolation = process.argv.includes('--no-isolation');
const csp = process.env.CALIPER_CSP === 'off' ? undefined : contentSecurityPolicy({ header: true });

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.dcm': 'application/dicom', '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon', '.txt': 'text/plain',
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) { res.writeHead(404).end('not found'); return; }
  path = path.slice(base.length - 1);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end(); return; }
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    res.writeHead(404).end('not found');
    return;
  }
  const headers = {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (csp) headers['Content-Security-Policy'] = csp;
  if (!noIsolation) {
    headers['Cross-Origin-Opener-Policy'] = 'same-origin';
    headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
    headers['Cross-Origin-Resource-Policy'] = 'same-origin';
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => {
  console.error(`Caliper served from ${root} at http://localhost:${port}${base}`);
});
