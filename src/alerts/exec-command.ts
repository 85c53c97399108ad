// Splits an --exec command string into an argv array without a shell, refusing shell syntax (pure).
//
// Choice: newsloom never runs a shell. The alert's JSON goes to the command's stdin (and a few NEWSLOOM_ALERT_*
// variables), never into its command line, so article text cannot inject anything. The command string itself is the
// user's own, split on white space with '...' and "..." quoting. Characters that only mean something to a shell
// (| & ; < > ( ) $ ` * ? newline, per data/alerts-config.json) are refused outside quotes, with a message asking for an
// explicit shell, e.g. --exec "sh -c 'jq .article.title >> alerts.txt'", so a shell runs only when the user wrote one.
import { AlertConfigError } from './errors.js';

/** The argv of `command`: ["notify-send", "-u", "critical"] for `notify-send -u critical`. */
export function splitCommand(command: string, shellMetacharacters: string): string[] {
  const argv: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (const ch of command) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch) && ch !== '\n') {
      if (inWord) argv.push(cur);
      cur = '';
      inWord = false;
    } else if (shellMetacharacters.includes(ch)) {
      throw new AlertConfigError(
        `--exec '${command}' uses shell syntax (${JSON.stringify(ch)}); newsloom runs the command directly, without a shell. ` +
          `Quote the character, or ask for a shell explicitly: --exec "sh -c '...'" (the alert JSON arrives on stdin)`,
      );
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (quote) throw new AlertConfigError(`--exec '${command}' has an unclosed ${quote} quote`);
  if (inWord) argv.push(cur);
  if (!argv.length) throw new AlertConfigError('--exec needs a command to run');
  return argv;
}
