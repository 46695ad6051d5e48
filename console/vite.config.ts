import { defineConfig } from 'vite';

// The binary serves dist/index.html at `/` (and at the email-link paths) and dist/assets/* at
// `/assets/*`. The output must be byte-for-byte reproducible: CI rebuilds and compares.
const target = process.env.PORTCULLIS_URL ?? 'http://127.0.0.1:8080';
const toServer = {
  target,
  changeOrigin: true,
  configure: (proxy: { on(event: 'proxyReq', fn: (req: { setHeader(k: string, v: string): void }) => void): void }) => {
    proxy.on('proxyReq', (req) => req.setHeader('origin', target));
  },
};
const proxy = { '/graphql': toServer, '/auth': toServer };
// The console page's CSP as the server sends it: `vite preview` uses it too, so that a violation
// shows up before the binary serves the build.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export default defineConfig({
  base: '/',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: false,
    // No inline <script> or data: module preload polyfill: the page's CSP is script-src 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  // `npm run dev` (and `vite preview`) against a running server: PORTCULLIS_URL, default
  // http://127.0.0.1:8080. The server checks Origin against its PUBLIC_URL, so the proxy presents
  // the requests as coming from there.
  server: { proxy },
  preview: { proxy, headers: { 'Content-Security-Policy': CSP } },
});
