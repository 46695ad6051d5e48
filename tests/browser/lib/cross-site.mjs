// A page on another site (http://localhost:<other port>, while the server is 127.0.0.1:<port>)
// that auto-submits a form to the server's /graphql: the classic cross-site request forgery,
// with a text/plain body that reads as JSON.
import http from 'node:http';

export async function startCrossSite(target, query) {
  // `name=value` with text/plain is sent as "name=value": put the JSON in the name and close it in
  // the value, so the body is {"query":"...","x":"="}.
  const name = JSON.stringify({ query, x: '' }).slice(0, -2);
  const value = '"}';
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const page = `<!DOCTYPE html><html><head><title>elsewhere</title></head><body>
<form id="f" method="POST" action="${esc(target)}/graphql" enctype="text/plain">
<input type="hidden" name="${esc(name)}" value="${esc(value)}"></form>
<script>document.getElementById('f').submit();</script></body></html>`;
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
