// worker_threads worker for bench/extract.ts: extracts the pages it is sent and reports how many and its peak RSS.
import { parentPort } from 'node:worker_threads';
import { extractHtml } from '../src/extract/html/index.js';

if (!parentPort) throw new Error('bench/extract-worker.ts must run as a worker thread');
const port = parentPort;
port.on('message', (msg: { pages: Array<{ html: string; url: string }> } | 'stop') => {
  if (msg === 'stop') {
    port.close();
    return;
  }
  let chars = 0;
  for (const p of msg.pages) chars += extractHtml(p.html, { url: p.url }).text.length;
  port.postMessage({ done: msg.pages.length, chars, rss: process.memoryUsage().rss });
});
