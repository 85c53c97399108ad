// The HTML tree builder keeps a page's text under hostile markup: any nesting depth, huge element and attribute counts, stray tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { Parser } from 'htmlparser2';
import { buildLeanTree, TREE_LIMITS } from '../src/extract/html/tree-builder.js';
import type { LeanElement } from '../src/extract/html/lean-tree.js';

const PARA =
  '<p>The council approved the new budget on Tuesday after a long debate about schools, roads and the harbour, and the mayor said the vote settled a question that had divided the town for years.</p>';
const PAGE = (body: string): string => `<html><head><title>Budget vote</title></head><body>${body}</body></html>`;
/** Generous hang guard: figures are printed; only a hang (the old parser took seconds and grew quadratically) fails. */
const HANG_MS = 10_000;

function timedExtract(name: string, html: string): ReturnType<typeof extractHtml> {
  const t0 = performance.now();
  const out = extractHtml(html);
  const ms = performance.now() - t0;
  console.log(`extract ${name}: ${html.length} chars in ${ms.toFixed(0)} ms; notes: ${out.notes.join(' | ')}`);
  assert.ok(ms < HANG_MS, `${name} took ${ms.toFixed(0)} ms`);
  return out;
}

test('100,000 nested <div>s around a paragraph still give the paragraph, and say they were flattened', () => {
  const out = timedExtract('nested-100k', PAGE(`${'<div>'.repeat(100_000)}${PARA}${'</div>'.repeat(100_000)}`));
  assert.match(out.text, /^The council approved the new budget/);
  assert.ok(out.notes.some((n) => /flattened/.test(n)));
});

test('100,000 unclosed nested <div>s, then a paragraph, still give the paragraph', () => {
  const out = timedExtract('nested-unclosed-100k', PAGE(`${'<div>'.repeat(100_000)}${PARA}`));
  assert.match(out.text, /The council approved/);
});

test('an element with 1,000,000 attributes still gives its paragraph', () => {
  const names: string[] = [];
  for (let i = 0; i < 1_000_000; i++) names.push(i.toString(36));
  const html = PAGE(`<div ${names.join(' ')}>${PARA}</div>`);
  const out = timedExtract('attributes-1m', html);
  assert.match(out.text, /The council approved/);
  assert.ok(out.notes.some((n) => /attributes over the per-element caps/.test(n)));
});

test('100,000 stray end tags under deep nesting do not rescan the open elements', () => {
  const out = timedExtract('stray-ends', PAGE(`${'<div>'.repeat(50_000)}${'</span>'.repeat(100_000)}${PARA}`));
  assert.match(out.text, /The council approved/);
});

test('deeply nested inline, list, table and svg markup keeps its text', () => {
  for (const [name, open] of [
    ['b', '<b>'],
    ['li', '<ul><li>'],
    ['table', '<table><tr><td>'],
    ['svg', '<svg>'],
    ['blockquote', '<blockquote>'],
  ] as const) {
    const out = timedExtract(`nested-${name}`, PAGE(`${open.repeat(30_000)}${PARA}`));
    if (name !== 'svg') assert.match(out.text, /The council approved/, name);
  }
});

test('more elements than the budget: the text of those past it is kept in the element around them', () => {
  const n = TREE_LIMITS.maxElements + 1000;
  const { root, stats } = buildLeanTree(`<div>${'<span>w </span>'.repeat(n)}<i>last words</i></div>`);
  assert.equal(stats.elementsOverBudget, n + 2 - TREE_LIMITS.maxElements); // the div, the spans and the <i>
  assert.match(root.textContent, /last words$/);
});

test('the tree never gets deeper than the depth budget', () => {
  const { root } = buildLeanTree(`${'<section>'.repeat(5000)}<p>deep</p>`);
  let depth = 0;
  let n = root;
  while (n.childNodes.some((c) => c.nodeType === 1)) {
    n = n.childNodes.filter((c) => c.nodeType === 1).at(-1) as typeof root;
    depth++;
  }
  assert.ok(depth <= TREE_LIMITS.maxTreeDepth + 1, `depth ${depth}`);
  assert.match(root.textContent, /deep/);
});

/** The tree htmlparser2's own Parser builds, as nested [tag, attributes, children] / text, for comparison. */
function parserTree(html: string): unknown[] {
  const root: unknown[] = [];
  const stack: unknown[][] = [root];
  const p = new Parser(
    {
      onopentag(name, attribs) {
        const kids: unknown[] = [];
        stack.at(-1)!.push([name, { ...attribs }, kids]);
        stack.push(kids);
      },
      ontext(t) {
        const top = stack.at(-1)!;
        if (typeof top.at(-1) === 'string') top[top.length - 1] += t;
        else top.push(t);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  p.write(html);
  p.end();
  return root;
}

function leanTree(n: LeanElement): unknown[] {
  return n.childNodes.map((c) => {
    if (c.nodeType !== 1) return (c as { data: string }).data;
    const e = c as LeanElement;
    const attrs: Record<string, string> = {};
    for (const name of ['src', 'href', 'class', 'id', 'a', 'b', 'x']) if (e.hasAttribute(name)) attrs[name] = e.getAttribute(name)!;
    return [e.localName, attrs, leanTree(e)];
  });
}

test('within the budgets the tree is the one htmlparser2 builds: implied ends, void elements, stray </p> and </br>, svg, raw text', () => {
  for (const html of [
    '<p>one<p>two<ul><li>a<li>b</ul><img src="x.png">tail</p><br/></br>end',
    '<table><tr><td>a<td>b<tr><td>c</table><dl><dt>t<dd>d</dl>',
    '<div class="a" class="b" id=x>dup &amp; entity &#x41; &bogus;</div></p><select><option>1<option>2</select>',
    '<svg><circle/><path d="z"/><title>t</title></svg><p>after<b>bold<i>both</b>not</i></p>',
    '<script>if (a < b) { "</div>" }</script><style>p{}</style><title>x &lt; y</title><textarea><b>raw</b></textarea>',
    '<h1>head<p>para<h2>two</h2><hr>rule<input a=1><button>b<input b=2></button>',
    '<!-- comment --><![CDATA[cdata]]><?pi x?><!doctype html>text<a href="/x">link</a',
  ]) {
    const { root } = buildLeanTree(html);
    assert.deepEqual(leanTree(root), pick(parserTree(html)), html);
  }
});

/** Keeps only the attributes leanTree reads, so both trees compare like for like. */
function pick(nodes: unknown[]): unknown[] {
  return nodes.map((n) => {
    if (typeof n === 'string') return n;
    const [tag, attrs, kids] = n as [string, Record<string, string>, unknown[]];
    const kept: Record<string, string> = {};
    for (const name of ['src', 'href', 'class', 'id', 'a', 'b', 'x']) if (Object.hasOwn(attrs, name)) kept[name] = attrs[name]!;
    return [tag, kept, pick(kids)];
  });
}
