// Why no title candidate matches the gold: a separator segment of a declared title, a text line, words in the page source, or nowhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ABSENT_REASONS, absentReason, titleSegments } from '../eval/lib/title-absent.js';
import { titleSources } from './helpers/html-fixtures.js';

test('title segments: every run of parts between separators, never the whole title', () => {
  assert.deepEqual(titleSegments('recap 2025 - updates at OSSO – OSSO B.V'), [
    'recap 2025',
    'recap 2025 updates at OSSO',
    'updates at OSSO',
    'updates at OSSO OSSO B.V',
    'OSSO B.V',
  ]);
  assert.deepEqual(titleSegments('No separator here'), []);
});

test('absent gold: the site part of <title> on a hub page is a segment; a heading line, page words and a rewording are told apart', () => {
  const hub = titleSources({
    titleTag: 'Webcams - Yosemite National Park (U.S. National Park Service)',
    lines: [
      { text: 'Webcams', tag: 'h1' },
      { text: 'Alerts In Effect', tag: 'h2' },
      { text: 'About the park and its webcams', tag: 'p' },
    ],
  });
  const html = '<html><title>Webcams - Yosemite</title><img alt="Half Dome at dawn from Glacier Point"></html>';
  assert.equal(absentReason('Yosemite National Park (U.S. National Park Service)', hub, html), ABSENT_REASONS[0]);
  assert.equal(absentReason('About the park and its webcams', hub, html), ABSENT_REASONS[1]);
  assert.equal(absentReason('Half Dome at Dawn', hub, html), ABSENT_REASONS[2]);
  assert.equal(absentReason('Live views of Yosemite Valley', hub, html), ABSENT_REASONS[3]);
});
