// The <h1> read as a title: a line break or a block inside it parts two words; inline markup inside a word does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { BODY } from './helpers/html-fixtures.js';

const page = (h1: string): string => `<html><head><meta property="og:title" content="Ferry fares rise again as fuel costs climb | Bay Courier">
<meta property="og:site_name" content="Bay Courier"></head><body><article><h1>${h1}</h1>${BODY}</article></body></html>`;
const url = 'https://baycourier.example/news/ferry-fares';

test('title from an <h1> broken over two lines keeps a space between them', () => {
  const x = extractHtml(page('Ferry fares rise again<br>as fuel costs climb'), { url });
  assert.equal(x.title.value, 'Ferry fares rise again as fuel costs climb');
  assert.equal(x.title.source, 'h1');
});

test('title from an <h1> holding two blocks keeps a space between them', () => {
  const x = extractHtml(page('<div><p>Ferry fares rise again</p><h4>as fuel costs climb</h4></div>'), { url });
  assert.equal(x.title.value, 'Ferry fares rise again as fuel costs climb');
});

test('title from an <h1> with inline markup inside a word keeps the word whole', () => {
  const x = extractHtml(page('Ferry fares rise again as fuel costs c<span class="dropcap">l</span>imb'), { url });
  assert.equal(x.title.value, 'Ferry fares rise again as fuel costs climb');
});
