import { render } from 'preact';
import './styles.css';
import { App } from './app';
import { finishProviderReturn, takeProviderReturn } from './providers';
import { boot } from './session';

const root = document.getElementById('app');
if (root) {
  // Back from a sign-in provider (/?code=…&state=…): out of the address before anything renders.
  const providerReturn = takeProviderReturn();
  render(<App />, root);
  void boot().then(() => (providerReturn ? finishProviderReturn(providerReturn) : undefined));
}
