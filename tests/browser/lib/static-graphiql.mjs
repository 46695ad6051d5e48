// Serves the GraphiQL page the way the binary does — the page at GET /graphql, the vendored files
// at /graphiql/<file>, with the page's CSP — and answers POST /graphql from schema.graphql with
// graphql-js (introspection, and `errorCodes`). It checks the vendored page and assets under the
// CSP without a server binary.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { repoRoot } from './env.mjs';

export const GRAPHIQL_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "font-src 'self' data:; img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * The page: the one the binary serves (assets/graphiql.html) once it loads the vendored files,
 * else the proposal in tools/graphiql/.
 */
export function graphiqlPagePath() {
  const served = path.join(repoRoot, 'assets', 'graphiql.html');
  if (existsSync(served) && readFileSync(served, 'utf8').includes('/graphiql/init.js')) return served;
  return path.join(repoRoot, 'tools', 'graphiql', 'graphiql.html');
}

export async function startStaticGraphiql() {
  const { buildSchema, graphql } = await import('graphql');
  const schema = buildSchema(readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8'));
  const errorCodes = schema.getType('ErrorCode').getValues().map((v) => v.name);
  const rootValue = { errorCodes: () => errorCodes, me: () => null };
  const page = readFileSync(graphiqlPagePath());
  const assetsDir = path.join(repoRoot, 'assets', 'graphiql');
  const assets = new Map(readdirSync(assetsDir).map((f) => [f, path.join(assetsDir, f)]));

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'",
        ...extra,
      });
      res.end(body);
    };
    if (req.method === 'GET' && url.pathname === '/graphql') {
      return send(200, TYPES['.html'], page, { 'content-security-policy': GRAPHIQL_CSP });
    }
    if (req.method === 'GET' && url.pathname.startsWith('/graphiql/')) {
      const file = assets.get(url.pathname.slice('/graphiql/'.length));
      if (!file) return send(404, 'text/plain', 'not found');
      return send(200, TYPES[path.extname(file)] || 'application/octet-stream', readFileSync(file));
    }
    if (req.method === 'POST' && url.pathname === '/graphql') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', async () => {
        try {
          const { query, variables, operationName } = JSON.parse(body);
          const result = await graphql({
            schema,
            source: query,
            rootValue,
            variableValues: variables,
            operationName,
          });
          send(200, 'application/json', JSON.stringify(result));
        } catch (e) {
          send(400, 'application/json', JSON.stringify({ errors: [{ message: String(e) }] }));
        }
      });
      return undefined;
    }
    return send(404, 'text/plain', 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
