import { render } from 'preact';
import './styles.css';
import { App } from './app';
import { boot } from './session';

const root = document.getElementById('app');
if (root) {
  render(<App />, root);
  void boot();
}
