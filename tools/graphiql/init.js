// Bootstrap of the GraphiQL page (GET /graphql). Served as /graphiql/init.js: the page's CSP
// allows scripts only from the server itself, so there is no inline script.
//
// Sign in with the register or login mutation, then paste the accessToken into the Headers tab
// below the query editor: {"Authorization": "Bearer <accessToken>"}. GraphiQL talks to the API in
// Bearer mode (it never sends X-Portcullis-Session), so the console's cookies are not used here.
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  if (!window.React || !window.ReactDOM || !window.GraphiQL) {
    root.textContent = 'GraphiQL could not load its scripts from /graphiql/.';
    return;
  }
  var fetcher = GraphiQL.createFetcher({
    url: new URL('/graphql', window.location.origin).toString(),
    fetch: function (url, opts) {
      return window.fetch(url, Object.assign({}, opts, { credentials: 'same-origin' }));
    },
  });
  var defaultQuery =
    '# Sign in, then put the accessToken in the Headers tab below.\n' +
    'mutation Login {\n' +
    '  login(input: { login: "you@example.com", password: "your passphrase" }) {\n' +
    '    ... on AuthPayload { accessToken refreshToken expiresIn }\n' +
    '  }\n' +
    '}\n' +
    '\n' +
    'query Me {\n' +
    '  me { id email username role }\n' +
    '}\n';
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      defaultHeaders: '{\n  "Authorization": "Bearer <accessToken>"\n}',
      defaultEditorToolsVisibility: 'headers',
      defaultQuery: defaultQuery,
    }),
  );
})();
