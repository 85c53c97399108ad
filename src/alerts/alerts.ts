// Alert rules over new articles: add/list/remove rules, record one firing per (alert, event or article), deliver with persisted retries.
import { randomBytes } from 'node:crypto';
import type { Engine, ProcessedArticle } from '../engine/index.js';
import { alertsConfig, type AlertsConfig } from './config.js';
import { postWebhook, runCommand } from './deliver.js';
import { AlertConfigError, DeliveryError } from './errors.js';
import { splitCommand } from './exec-command.js';
import { firingKey, matchAlert } from './match.js';
import { alertPayload } from './payload.js';
import type { Alert, AlertKind, AlertLogEntry, AlertState, Firing, NewAlert } from '../store/alert-state.js';
import type { AlertSubject } from './types.js';
import { queryTerms, words } from './words.js';

export interface AlertsOptions {
  config?: Partial<AlertsConfig>;
  now?: () => Date;
  /** Called for each alert log entry (after it is stored), e.g. to print it on stderr. */
  onLog?: (e: AlertLogEntry) => void;
}

export interface DeliveryReport {
  delivered: number;
  failed: number;
  /** Firings still waiting for a later attempt. */
  pending: number;
}

/** Delay before the next attempt after `attempts` failures: base * 2^(attempts-1), capped (no jitter: deliveries are few). */
export function retryDelay(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}

const KINDS: AlertKind[] = ['query', 'speaker', 'entity'];

export class Alerts {
  readonly config: AlertsConfig;
  private readonly now: () => Date;

  constructor(
    readonly store: AlertState,
    private readonly opts: AlertsOptions = {},
  ) {
    this.config = alertsConfig(opts.config);
    this.now = opts.now ?? (() => new Date());
  }

  /** Check and store a new rule. Throws AlertConfigError with what to change. */
  async add(input: NewAlert): Promise<Alert> {
    if (!KINDS.includes(input.kind)) throw new AlertConfigError(`alert kind must be one of ${KINDS.join(', ')}, got '${input.kind}'`);
    const value = input.value.trim();
    if (!words(value).length) throw new AlertConfigError(`--${input.kind} needs words to match, got '${input.value}'`);
    if (input.kind === 'query' && !queryTerms(value).length) throw new AlertConfigError(`--query '${input.value}' has no words to match`);
    if (input.webhook && input.exec) throw new AlertConfigError('give either --webhook or --exec, not both (add two alerts to notify both ways)');
    if (input.webhook) {
      let u: URL;
      try {
        u = new URL(input.webhook);
      } catch {
        throw new AlertConfigError(`--webhook '${input.webhook}' is not a URL (expected http:// or https://)`);
      }
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new AlertConfigError(`--webhook '${input.webhook}' must be an http:// or https:// URL`);
    }
    if (input.exec) splitCommand(input.exec, this.config.shellMetacharacters);
    const id = randomBytes(4).toString('hex');
    const alert = await this.store.addAlert(
      id,
      { kind: input.kind, value, webhook: input.webhook ?? null, exec: input.exec ?? null },
      this.now().toISOString(),
    );
    await this.log(
      id,
      null,
      'info',
      `added ${input.kind} alert '${value}'${alert.webhook ? ` -> POST ${alert.webhook}` : alert.exec ? ` -> exec ${alert.exec}` : ' (recorded in the alert log only)'}`,
    );
    return alert;
  }

  list(): Promise<Alert[]> {
    return this.store.alerts();
  }

  /** Remove a rule by id or unique id prefix; throws AlertConfigError when none or several match. */
  async remove(ref: string): Promise<Alert> {
    const hits = (await this.store.alerts()).filter((a) => a.id === ref || a.id.startsWith(ref));
    if (hits.length !== 1)
      throw new AlertConfigError(hits.length ? `'${ref}' matches ${hits.length} alerts; give more of the id` : `no alert '${ref}' (see 'newsloom alert list')`);
    const a = hits[0]!;
    await this.store.removeAlert(a.id);
    await this.log(a.id, null, 'info', `removed ${a.kind} alert '${a.value}'`);
    return a;
  }

  /** Listen to the engine: every newly added article is checked against the active rules. */
  listen(engine: Engine): void {
    engine.onArticle(async (p: ProcessedArticle) => {
      try {
        await this.consider(p as ProcessedArticle & Partial<AlertSubject>);
      } catch (e) {
        // An alert problem must never stop ingestion; it is logged and the article stays stored.
        await this.log(null, null, 'error', `checking alerts for article ${p.article.id} failed: ${(e as Error).message}`).catch(() => undefined);
      }
    });
  }

  /** Check one new article against every active rule; returns the firings recorded (none twice for the same alert and key). */
  async consider(subject: AlertSubject): Promise<Firing[]> {
    const fired: Firing[] = [];
    const key = firingKey(subject);
    for (const alert of await this.store.alerts({ activeOnly: true })) {
      const match = matchAlert(alert, subject);
      if (!match) continue;
      const at = this.now().toISOString();
      const payload = alertPayload(alert, subject, match, key, at, this.config.maxPayloadTextChars);
      const target = alert.webhook ?? alert.exec;
      const isNew = await this.store.insertFiring({
        alertId: alert.id,
        key,
        articleId: subject.article.id,
        eventId: subject.assignment?.event ?? null,
        payload,
        createdAt: at,
        nextAttemptAt: target ? at : null,
      });
      if (!isNew) continue;
      const title = subject.article.title ? `'${subject.article.title}'` : subject.article.id;
      if (!target) {
        await this.store.markDelivered(alert.id, key, at);
        await this.log(alert.id, key, 'info', `fired on ${title} (${match.detail}); no webhook or exec, recorded here only`);
      } else await this.log(alert.id, key, 'info', `fired on ${title} (${match.detail})`);
      fired.push((await this.store.firing(alert.id, key))!);
    }
    return fired;
  }

  /** Attempt every firing that is due (all undelivered ones when `all`), recording each attempt; never throws for a failed delivery. */
  async deliverDue(opts: { all?: boolean } = {}): Promise<DeliveryReport> {
    const report: DeliveryReport = { delivered: 0, failed: 0, pending: 0 };
    const due = await this.store.dueFirings(opts.all ? '9999' : this.now().toISOString());
    for (const f of due) {
      const alert = await this.store.alert(f.alertId);
      if (!alert) continue;
      const target = alert.webhook ? `POST ${alert.webhook}` : `exec ${alert.exec}`;
      try {
        if (alert.webhook) await postWebhook(alert.webhook, f.payload, this.config.webhookTimeoutMs);
        else if (alert.exec) await runCommand(splitCommand(alert.exec, this.config.shellMetacharacters), f.payload, this.config.execTimeoutMs);
        const at = this.now().toISOString();
        await this.store.markDelivered(f.alertId, f.key, at);
        report.delivered++;
        await this.log(f.alertId, f.key, 'info', `delivered (${target}) on attempt ${f.attempts + 1}`);
      } catch (e) {
        const problem = e instanceof DeliveryError || e instanceof AlertConfigError ? e.message : `unexpected error: ${(e as Error).message}`;
        const attempts = f.attempts + 1;
        const giveUp = this.config.giveUpAfterAttempts > 0 && attempts >= this.config.giveUpAfterAttempts;
        const delay = retryDelay(attempts, this.config.retryBaseMs, this.config.retryMaxMs);
        const next = giveUp ? null : new Date(this.now().getTime() + delay).toISOString();
        await this.store.markFailed(f.alertId, f.key, problem, next);
        report.failed++;
        await this.log(
          f.alertId,
          f.key,
          giveUp ? 'error' : 'warn',
          `delivery attempt ${attempts} failed: ${problem}; ${giveUp ? 'giving up (giveUpAfterAttempts)' : `next try after ${next} (on the next watch round or 'newsloom alert deliver')`}`,
        );
      }
    }
    report.pending = await this.store.pendingCount();
    return report;
  }

  private async log(alertId: string | null, key: string | null, level: AlertLogEntry['level'], message: string): Promise<void> {
    const e: AlertLogEntry = { at: this.now().toISOString(), alertId, key, level, message };
    await this.store.log(e);
    this.opts.onLog?.(e);
  }
}
