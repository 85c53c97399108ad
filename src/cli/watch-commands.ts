// The `watch` and `alert` commands (commander): poll feeds and pages into the store, manage alert rules and their deliveries.
import { Option, type Command } from 'commander';
import type { Engine } from '../engine/index.js';
import { UsageError } from '../errors.js';
import { Alerts } from '../alerts/alerts.js';
import type { AlertsConfig } from '../alerts/config.js';
import { Fetcher } from '../ingest/fetch.js';
import type { Alert, AlertKind, AlertLogEntry, AlertState } from '../store/alert-state.js';
import type { Store } from '../store/store.js';
import type { LogLevel, SeenItem, WatchLogEntry, WatchSource, WatchState } from '../store/watch-state.js';
import { watchConfig } from '../watch/config.js';
import { formatInterval, parseInterval } from '../watch/interval.js';
import { outcomeCounts } from '../watch/outcome-text.js';
import type { RoundReport, SourceOutcome } from '../watch/types.js';
import { normaliseSourceUrl, Watcher } from '../watch/watcher.js';

/** Opens the engine on the store the command line names (SQLite or PostgreSQL: watch and alert state live in either). */
export type OpenEngine = (cmd: Command) => Promise<{ engine: Engine; store: Store; close(): Promise<void> }>;

/** Hooks for tests and embedding: where output goes, which fetcher is used, and how the exit status is set. */
export interface WatchCommandHooks {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  fetcher?: () => Fetcher;
  setExitCode?: (code: number) => void;
  watchConfig?: Parameters<typeof watchConfig>[0];
  alertsConfig?: Partial<AlertsConfig>;
}

function line(write: (s: string) => void): (s: string) => void {
  return (s) => write(s.endsWith('\n') ? s : `${s}\n`);
}

function positiveInt(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} takes a whole number above 0, got '${v}'`);
  return n;
}

/** A watched source and its state; its stubs (items kept with title and link only), one per line. */
function sourceLine(s: WatchSource, stubs: SeenItem[]): string {
  const state = s.failures ? `FAILING x${s.failures}: ${s.lastError}` : s.lastPolledAt ? 'ok' : 'not polled yet';
  const feed = s.kind === 'page-feed' ? ` -> ${s.feedUrl}` : '';
  const head = `${s.url}${feed}\n  ${s.kind ?? 'unknown'}, every ${formatInterval(s.everyMs)}${s.allowPrivate ? ', private addresses allowed' : ''}; ${s.items} item(s) ingested; last poll ${s.lastPolledAt ?? 'never'}, next ${s.nextPollAt ?? 'now'}; ${state}`;
  if (!stubs.length) return head;
  const lines = stubs.map((i) => `    ${i.title ?? '(no title)'} <${i.itemUrl}> (${i.attempts} attempt(s): ${i.lastError ?? 'page not read'})`);
  return `${head}\n  ${stubs.length} stub(s), kept with title and link only (the page could not be read and the feed has no text):\n${lines.join('\n')}`;
}

function outcomeLine(o: SourceOutcome, cap: number): string {
  if (!o.ok) return `FAIL ${o.url}: ${o.error}`;
  if (o.notModified) return `ok   ${o.url} (${o.kind}): not modified`;
  return `ok   ${o.url} (${o.kind}): ${outcomeCounts(o, cap)}`;
}

function logLine(e: WatchLogEntry): string {
  return `${e.at} ${e.level.padEnd(5)} ${e.sourceUrl ?? '-'}${e.itemUrl ? ` [${e.itemUrl}]` : ''}: ${e.message}`;
}

function alertLine(a: Alert): string {
  const target = a.webhook ? `POST ${a.webhook}` : a.exec ? `exec ${a.exec}` : 'log only';
  return `${a.id}  ${a.kind.padEnd(7)} ${JSON.stringify(a.value)}  -> ${target}  (added ${a.createdAt})`;
}

function alertLogLine(e: AlertLogEntry): string {
  return `${e.at} ${e.level.padEnd(5)} ${e.alertId ?? '-'}${e.key ? ` ${e.key}` : ''}: ${e.message}`;
}

/**
 * Make alerts fire for articles added by any engine path (`ingest`, the HTTP API): call once after opening the engine.
 * Firings are recorded at once; webhook/exec deliveries go out on the next watch round or `newsloom alert deliver`
 * (or call `deliverDue()` on the returned object after the ingest).
 */
export function attachAlerts(engine: Engine, store: Store, config?: Partial<AlertsConfig>): Alerts {
  const alerts = new Alerts(store.alertState(), { config });
  alerts.listen(engine);
  return alerts;
}

/** Register `watch` (with `watch log`, `watch remove`) and `alert` (add, list, remove, log, deliver) on `program`. */
export function registerWatchCommands(program: Command, open: OpenEngine, hooks: WatchCommandHooks = {}): void {
  const out = line(hooks.stdout ?? ((s) => process.stdout.write(s)));
  const err = line(hooks.stderr ?? ((s) => process.stderr.write(s)));
  const setExit = hooks.setExitCode ?? ((c: number) => (process.exitCode = c));

  async function withStores<T>(cmd: Command, fn: (o: { engine: Engine; ws: WatchState; as: AlertState }) => Promise<T>): Promise<T> {
    const h = await open(cmd);
    try {
      return await fn({ engine: h.engine, ws: h.store.watchState(), as: h.store.alertState() });
    } finally {
      await h.close();
    }
  }

  const watch = program
    .command('watch')
    .description('poll feeds (RSS, Atom, RDF, sitemaps) or pages and ingest their new items; exits 2 after --once when a source failed')
    .argument('[sources...]', 'feed or page URLs (a page is searched for <link rel=alternate> feeds, else ingested itself); none = every watched source')
    .option('--every <interval>', `how often to poll each source (30s, 5m, 1h; default ${watchConfig().defaultEvery})`)
    .option('--once', 'poll once and exit')
    .option('--allow-private', 'allow private, loopback and link-local addresses (an intranet or local feed)')
    .option('--list', 'list the watched sources and their state, and exit')
    .option('--json', 'print reports as JSON')
    .option('--quiet', 'print only warnings and errors on stderr')
    .action(
      async (
        sources: string[],
        opts: { every?: string; once?: boolean; allowPrivate?: boolean; list?: boolean; json?: boolean; quiet?: boolean },
        cmd: Command,
      ) => {
        await withStores(cmd, async ({ engine, ws, as }) => {
          if (opts.list) {
            const list = await ws.sources();
            const stubs = await Promise.all(list.map((s) => ws.seenItems(s.url, 'stub')));
            if (opts.json) list.forEach((s, i) => out(JSON.stringify({ ...s, stubs: stubs[i] })));
            else out(list.length ? list.map((s, i) => sourceLine(s, stubs[i]!)).join('\n') : "no watched sources (add some with 'newsloom watch URL...')");
            return;
          }
          const onLog = (level: LogLevel, source: string | null, message: string) => {
            if (opts.quiet && level === 'info') return;
            err(`watch: ${level === 'info' ? '' : `${level}: `}${source ?? ''}${source ? ': ' : ''}${message}`);
          };
          const alerts = new Alerts(as, {
            config: hooks.alertsConfig,
            onLog: (e) => (!opts.quiet || e.level !== 'info') && err(`alert ${e.alertId ?? ''}: ${e.level === 'info' ? '' : `${e.level}: `}${e.message}`),
          });
          alerts.listen(engine);
          const watcher = new Watcher({
            engine,
            store: ws,
            fetcher: hooks.fetcher?.() ?? new Fetcher(),
            config: hooks.watchConfig,
            onLog,
            afterRound: async () => {
              await alerts.deliverDue();
            },
          });
          let urls: string[] | undefined;
          if (sources.length) {
            urls = sources.map(normaliseSourceUrl);
            for (const u of urls) {
              const existing = await ws.source(u);
              const every = opts.every ? parseInterval(opts.every) : (existing?.everyMs ?? parseInterval(watcher.config.defaultEvery));
              await watcher.add([u], every, !!opts.allowPrivate);
            }
          } else {
            if (opts.every) throw new UsageError('--every applies to the sources named on the command line; name them (newsloom watch URL... --every 5m)');
            if (!(await ws.sources()).length)
              throw new UsageError('no sources are watched yet; give feed or page URLs: newsloom watch https://example.com/rss.xml');
          }
          const print = (r: RoundReport) => {
            if (opts.json) out(JSON.stringify(r));
            else for (const o of r.sources) out(outcomeLine(o, watcher.config.maxItemsPerRound));
          };
          const first = await watcher.round({ urls });
          print(first);
          if (opts.once) {
            setExit(first.ok ? 0 : 2);
            return;
          }
          const stop = new AbortController();
          const onSignal = () => stop.abort();
          process.once('SIGINT', onSignal);
          process.once('SIGTERM', onSignal);
          try {
            await watcher.loop(stop.signal, print, urls);
          } finally {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
          }
        });
      },
    );

  watch
    .command('log')
    .description('show what watch did: polls, new items, fallbacks and failures with their reasons')
    .option('--source <url>', 'only this source')
    .option('--limit <n>', 'how many entries (newest)', (v) => positiveInt(v, '--limit'), 50)
    .option('--json', 'print as JSON lines')
    .action(async (opts: { source?: string; limit: number; json?: boolean }, cmd: Command) => {
      await withStores(cmd, async ({ ws }) => {
        const entries = await ws.logEntries({ limit: opts.limit, sourceUrl: opts.source ? normaliseSourceUrl(opts.source) : undefined });
        if (opts.json) for (const e of entries) out(JSON.stringify(e));
        else out(entries.length ? entries.map(logLine).join('\n') : 'the watch log is empty');
      });
    });

  watch
    .command('remove')
    .description('stop watching a source (forgets its seen items; ingested articles stay)')
    .argument('<url>', 'a watched source URL')
    .action(async (url: string, _opts: unknown, cmd: Command) => {
      await withStores(cmd, async ({ ws }) => {
        const u = normaliseSourceUrl(url);
        if (!(await ws.removeSource(u))) throw new UsageError(`'${u}' is not watched (see 'newsloom watch --list')`);
        out(`stopped watching ${u}`);
      });
    });

  const alert = program.command('alert').description('alerts on new articles: by query words, speaker or entity; delivered to a webhook or a command');

  alert
    .command('add')
    .description('add an alert; it fires once per new matching event (or article, before events exist)')
    .addOption(new Option('--query <text>', 'all these words (or "quoted phrases") in the title or text').conflicts(['speaker', 'entity']))
    .addOption(new Option('--speaker <name>', 'a statement by this person').conflicts(['query', 'entity']))
    .addOption(new Option('--entity <name>', 'this person, organisation or place is named').conflicts(['query', 'speaker']))
    .addOption(new Option('--webhook <url>', 'POST the alert JSON to this URL').conflicts('exec'))
    .addOption(
      new Option('--exec <command>', 'run this command (no shell) with the alert JSON on stdin; for a shell: --exec "sh -c \'...\'"').conflicts('webhook'),
    )
    .option('--json', 'print the alert as JSON')
    .action(async (opts: { query?: string; speaker?: string; entity?: string; webhook?: string; exec?: string; json?: boolean }, cmd: Command) => {
      const kind: AlertKind | null = opts.query !== undefined ? 'query' : opts.speaker !== undefined ? 'speaker' : opts.entity !== undefined ? 'entity' : null;
      if (!kind) throw new UsageError('alert add needs one of --query TEXT, --speaker NAME or --entity NAME');
      await withStores(cmd, async ({ as }) => {
        const a = await new Alerts(as, { config: hooks.alertsConfig }).add({
          kind,
          value: opts[kind]!,
          webhook: opts.webhook ?? null,
          exec: opts.exec ?? null,
        });
        out(opts.json ? JSON.stringify(a) : `added alert ${a.id}: ${alertLine(a)}`);
      });
    });

  alert
    .command('list')
    .description('list the alerts')
    .option('--json', 'print as JSON lines')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStores(cmd, async ({ as }) => {
        const list = await as.alerts();
        if (opts.json) for (const a of list) out(JSON.stringify(a));
        else out(list.length ? list.map(alertLine).join('\n') : "no alerts (add one with 'newsloom alert add --query WORDS')");
      });
    });

  alert
    .command('remove')
    .description('remove an alert and its pending deliveries')
    .argument('<id>', 'alert id (or a unique prefix)')
    .action(async (ref: string, _opts: unknown, cmd: Command) => {
      await withStores(cmd, async ({ as }) => {
        const a = await new Alerts(as, { config: hooks.alertsConfig }).remove(ref);
        out(`removed alert ${a.id}`);
      });
    });

  alert
    .command('log')
    .description('show alert firings and delivery attempts')
    .option('--alert <id>', 'only this alert')
    .option('--limit <n>', 'how many entries (newest)', (v) => positiveInt(v, '--limit'), 50)
    .option('--json', 'print as JSON lines')
    .action(async (opts: { alert?: string; limit: number; json?: boolean }, cmd: Command) => {
      await withStores(cmd, async ({ as }) => {
        const entries = await as.logEntries({ limit: opts.limit, alertId: opts.alert });
        if (opts.json) for (const e of entries) out(JSON.stringify(e));
        else out(entries.length ? entries.map(alertLogLine).join('\n') : 'the alert log is empty');
      });
    });

  alert
    .command('deliver')
    .description('retry the deliveries that are due now (watch does this after every round); exits 2 when one failed')
    .option('--all', 'retry every undelivered firing now, due or not')
    .action(async (opts: { all?: boolean }, cmd: Command) => {
      await withStores(cmd, async ({ as }) => {
        const r = await new Alerts(as, {
          config: hooks.alertsConfig,
          onLog: (e) => e.level !== 'info' && err(`alert ${e.alertId ?? ''}: ${e.message}`),
        }).deliverDue({ all: opts.all });
        out(`delivered ${r.delivered}, failed ${r.failed}, still pending ${r.pending}`);
        if (r.failed) setExit(2);
      });
    });
}
