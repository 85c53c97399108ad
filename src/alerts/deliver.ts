// Delivers one alert payload: POST it as JSON to a webhook, or run a command with it on stdin (argv array, no shell).
import { spawn } from 'node:child_process';
import { DeliveryError } from './errors.js';
import type { AlertPayload } from '../store/alert-state.js';

/** POST `payload` to `url`; any 2xx answer is a delivery. Redirects are not followed (a webhook URL should be exact). */
export async function postWebhook(url: string, payload: AlertPayload, timeoutMs: number): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'newsloom-alerts/0.1' },
      body: JSON.stringify(payload),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError') throw new DeliveryError(url, `no answer within ${timeoutMs} ms`);
    const cause = err.cause?.code ?? err.cause?.message ?? err.message;
    throw new DeliveryError(url, `cannot reach the webhook (${cause})`);
  }
  await res.arrayBuffer().catch(() => undefined);
  if (res.status < 200 || res.status >= 300) {
    const where = res.status >= 300 && res.status < 400 ? ` (redirects to ${res.headers.get('location') ?? '?'}; give the final URL)` : '';
    throw new DeliveryError(url, `webhook answered HTTP ${res.status}${where}`);
  }
}

/** Run `argv` with `payload` as JSON on stdin; exit status 0 is a delivery. */
export function runCommand(argv: string[], payload: AlertPayload, timeoutMs: number): Promise<void> {
  const target = argv.join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      stdio: ['pipe', 'ignore', 'pipe'],
      env: { ...process.env, NEWSLOOM_ALERT_ID: payload.alert.id, NEWSLOOM_ALERT_KEY: payload.key, NEWSLOOM_ARTICLE_ID: payload.article.id },
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 2000) stderr += d.toString('utf8');
    });
    child.stdin.on('error', () => undefined); // a command that does not read stdin is fine
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(new DeliveryError(target, e.code === 'ENOENT' ? `command '${argv[0]}' not found` : `cannot run: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const why = signal ? `killed by ${signal}${signal === 'SIGKILL' ? ` (over ${timeoutMs} ms?)` : ''}` : `exited with status ${code}`;
      const tail = stderr.trim().split('\n').slice(-2).join(' | ');
      reject(new DeliveryError(target, `${why}${tail ? `: ${tail}` : ''}`));
    });
    child.stdin.end(`${JSON.stringify(payload)}\n`);
  });
}
