// The page's entry point: styles and the app mounted on #app.
import { render } from 'preact';
import { App } from './app.js';
import './style.css';
import './desk.css';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
