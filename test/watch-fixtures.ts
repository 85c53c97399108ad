// Shared fixtures for the watch and alert tests: local HTTP servers, realistic article pages and feeds, a CLI runner on a temp store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { Command } from 'commander';
import { Engine } from '../src/engine/index.js';
import type { AlertState } from '../src/store/alert-state.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import type { WatchState } from '../src/store/watch-state.js';
import { Fetcher } from '../src/ingest/fetch.js';
import { type Handler, type TestServer, startServer, toLoopback } from './helpers/local-server.js';
import { registerWatchCommands, type WatchCommandHooks } from '../src/cli/watch-commands.js';

export { type Handler, type TestServer, startServer, toLoopback } from './helpers/local-server.js';

const servers: TestServer[] = [];
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** A local server closed when the test file ends. */
export async function server(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}

/** An RFC 822 date of November 2026, day d, 09:30 UTC, as feeds give it. */
export const day = (d: number): string => new Date(Date.UTC(2026, 10, d, 9, 30)).toUTCString();

const TOPICS = [
  {
    title: 'Dockworkers extend harbour strike as talks stall',
    place: 'ROTTERDAM',
    body: [
      'Dockworkers at the port extended their harbour strike into a third week on Tuesday after talks with terminal operators broke up without agreement, leaving dozens of container ships waiting at anchor.',
      '"We are not going back until the night-shift pay is restored," union spokeswoman Ineke de Vries told reporters outside the terminal gates, adding that members had voted overwhelmingly to continue.',
      'The operators said in a statement that the union demands would add millions of euros a year to their costs and that they had offered a phased increase over three years.',
      'Shipping analysts estimate the stoppage has delayed roughly 40,000 containers, with retailers warning of shortages of some imported goods before the holiday season.',
    ],
  },
  {
    title: 'Central bank holds rates, signals cuts later in the year',
    place: 'FRANKFURT',
    body: [
      'The central bank left its main interest rate unchanged on Thursday but signalled that borrowing costs could fall later in the year if inflation keeps easing.',
      'Bank president Margit Oberholzer said the governing council had discussed a cut but judged it premature, as services prices were still rising faster than the bank would like.',
      '"We are data dependent, not calendar dependent," she told a news conference, declining to commit to a date for the first reduction.',
      'Markets had priced in a small chance of a cut this month; bond yields fell slightly after the announcement as investors focused on the softer tone of the statement.',
    ],
  },
  {
    title: 'Wildfire forces evacuation of hillside villages',
    place: 'ATHENS',
    body: [
      'Firefighters battled a wildfire fanned by strong winds on the slopes north of the capital on Sunday, and authorities ordered the evacuation of four hillside villages.',
      'More than 200 firefighters, supported by water-dropping aircraft and helicopters, were deployed, the fire service said, and several homes were reported damaged.',
      'Civil protection minister Nikos Kalantzis said the coming hours would be critical because forecasters expected gusts of up to 70 kilometres an hour into the evening.',
      'Residents were told to leave by the coastal road, and a shelter was opened in a sports hall in the nearest town for those without anywhere else to go.',
    ],
  },
  {
    title: 'Chipmaker to build plant, creating 3,000 jobs',
    place: 'DRESDEN',
    body: [
      'A semiconductor manufacturer announced plans on Monday to build a new fabrication plant in the region, an investment the company said would create about 3,000 jobs.',
      'Chief executive Laura Brenner said construction would begin next spring, subject to approval of state aid, and that production could start within four years.',
      'Regional officials welcomed the decision as a boost for a local industry that already employs tens of thousands of people in chip design and equipment supply.',
      'Critics questioned the size of the public subsidy, arguing that the money would be better spent on training and on smaller companies in the supply chain.',
    ],
  },
  {
    title: 'Storm cuts power to thousands along the coast',
    place: 'HALIFAX',
    body: [
      'A late-season storm brought heavy rain and gusting winds to the coast overnight, cutting power to tens of thousands of homes and closing several highways.',
      'The utility said crews were working to restore electricity but warned that some customers in rural areas could be without power until the weekend.',
      'Schools in three counties were closed on Friday, and the ferry service to the islands was suspended until conditions improve.',
      'Emergency officials urged people to stay away from downed lines and to check on elderly neighbours, especially those who rely on electric heating.',
    ],
  },
  {
    title: 'City council approves new tram line after long debate',
    place: 'LYON',
    body: [
      'The city council approved plans for a new tram line on Wednesday evening after a debate that lasted more than six hours and drew protesters on both sides.',
      'The line, which will connect the eastern suburbs with the main railway station, is expected to carry about 60,000 passengers a day when it opens.',
      'Deputy mayor Claire Fontaine said the project would cut car traffic and pollution, while opposition councillors argued the cost estimates were unrealistic.',
      'Construction is due to start next year, with the first trams running before the end of the decade if the timetable holds.',
    ],
  },
];

/** A news page for story `n` (topics repeat with the number woven into the text, so every page is distinct). */
export function articlePage(n: number, opts: { title?: string; extra?: string } = {}): string {
  const t = TOPICS[n % TOPICS.length]!;
  const title = opts.title ?? `${t.title} (${n})`;
  const paras = t.body.map((p, i) => `<p>${i === 0 ? `${t.place} — ` : ''}${p}${i === 1 ? ` Report number ${n}.` : ''}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Daily Courier</title>
<meta property="og:title" content="${title}"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Staff Reporter</p>
${paras}
${opts.extra ?? ''}
</article></main>
<footer><p>© Daily Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

export interface FeedEntry {
  id: string;
  link: string | null;
  title: string;
  pubDate?: string;
  content?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(items: FeedEntry[], title = 'Daily Courier'): string {
  const body = items
    .map(
      (i) =>
        `<item><guid isPermaLink="false">${esc(i.id)}</guid>${i.link ? `<link>${esc(i.link)}</link>` : ''}<title>${esc(i.title)}</title>` +
        `${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(title)}</title><link>https://courier.example/</link><language>en</language>\n${body}\n</channel></rss>`;
}

/** A route serving a feed built fresh on every request, with an ETag so unchanged feeds answer 304. */
export function feedRoute(build: () => string, type = 'application/rss+xml; charset=utf-8'): Handler {
  return (req, res) => {
    const xml = build();
    const etag = `"${Buffer.from(xml).length}-${hashish(xml)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag });
    res.end(xml);
  };
}

function hashish(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h >>> 0;
}

export function htmlRoute(html: string | (() => string)): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(typeof html === 'string' ? html : html());
  };
}

export function testFetcher(over: { timeoutMs?: number; maxBytes?: number } = {}): Fetcher {
  return new Fetcher({
    perHostDelayMs: 0,
    backoffBaseMs: 5,
    backoffMaxMs: 20,
    resolve: toLoopback,
    defaults: { timeoutMs: over.timeoutMs ?? 3000, retries: 0, maxBytes: over.maxBytes ?? 2_000_000 },
  });
}

export interface Harness {
  /** The store: a SQLite file in a temp folder, or the postgres:// URL given. */
  db: string;
  /** A temp folder for the test's own files. */
  dir: string;
  /** Run `newsloom ARGS` (the watch/alert commands) in-process on the store. */
  run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Open the store for assertions (closed after). */
  inspect<T>(fn: (s: { store: Store; ws: WatchState; as: AlertState }) => Promise<T> | T): Promise<T>;
  cleanup(): void;
}

/** The watch and alert commands on a fresh store: a temp SQLite file, or `opts.db` (e.g. a fresh PostgreSQL schema). */
export function harness(hooks: Omit<WatchCommandHooks, 'stdout' | 'stderr' | 'setExitCode'> = {}, opts: { db?: string } = {}): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'newsloom-watch-'));
  const db = opts.db ?? join(dir, 'test.db');
  return {
    db,
    dir,
    async run(args) {
      let stdout = '';
      let stderr = '';
      let code = 0;
      const program = new Command()
        .option('--db <path>', 'database file', db)
        .exitOverride()
        .configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
      registerWatchCommands(
        program,
        async (cmd) => {
          const store = await openStore((cmd.optsWithGlobals() as { db: string }).db);
          return { engine: new Engine(store), store, close: () => store.close() };
        },
        { fetcher: () => testFetcher(), ...hooks, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), setExitCode: (c) => (code = c) },
      );
      try {
        await program.parseAsync(args, { from: 'user' });
      } catch (e) {
        stderr += `${(e as Error).message}\n`;
        code = 1;
      }
      return { code, stdout, stderr };
    },
    async inspect(fn) {
      const store = await openStore(db);
      try {
        return await fn({ store, ws: store.watchState(), as: store.alertState() });
      } finally {
        await store.close();
      }
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
