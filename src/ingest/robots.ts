// robots.txt (RFC 9309): parse into groups, pick the group for our product token, and decide allow/disallow by longest match.

export interface RobotsRule {
  allow: boolean;
  /** The path pattern as written (percent-encoding normalised); may contain "*" and a trailing "$". */
  pattern: string;
}

export interface RobotsGroup {
  /** Lower-case product tokens from the group's User-agent lines ("*" for everyone). */
  agents: string[];
  rules: RobotsRule[];
  /** Crawl-delay in seconds, when the group gives one (not in RFC 9309, but widely used). */
  crawlDelay: number | null;
}

export interface Robots {
  groups: RobotsGroup[];
  sitemaps: string[];
}

/** The policy that applies when robots.txt cannot be used: 4xx means no restrictions, unreachable means none allowed. */
export const ALLOW_ALL: Robots = { groups: [], sitemaps: [] };
export const DISALLOW_ALL: Robots = { groups: [{ agents: ['*'], rules: [{ allow: false, pattern: '/' }], crawlDelay: null }], sitemaps: [] };

/** Upper-cases percent escapes and percent-encodes non-ASCII characters so paths and patterns compare alike. */
export function normalizeRobotsPath(path: string): string {
  let out = '';
  for (const ch of path) {
    const code = ch.codePointAt(0)!;
    if (code > 0x7e || code < 0x21) {
      for (const b of Buffer.from(ch, 'utf8')) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    } else out += ch;
  }
  return out.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

/** Parses robots.txt text; unknown lines and rules outside any group are ignored, as the RFC asks. */
export function parseRobots(text: string): Robots {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line
      .slice(0, colon)
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase().split(/[\s/]/)[0] || '*');
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (key === 'sitemap') {
      if (value) sitemaps.push(value);
      continue;
    }
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      if (value === '') continue; // "Disallow:" with no path allows everything: no rule to add.
      current.rules.push({ allow: key === 'allow', pattern: normalizeRobotsPath(value) });
    } else if (key === 'crawl-delay') {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.crawlDelay = n;
    }
  }
  return { groups, sitemaps };
}

/** The product token a User-Agent string carries ("newsloom/0.1 (+url)" -> "newsloom"). */
export function productToken(userAgent: string): string {
  return userAgent.trim().split(/[\s/]/)[0].toLowerCase();
}

/** The merged group that applies to `agent`: all groups naming it, else all "*" groups, else null. */
export function groupFor(robots: Robots, agent: string): RobotsGroup | null {
  const token = productToken(agent);
  let matched = robots.groups.filter((g) => g.agents.includes(token));
  if (matched.length === 0) matched = robots.groups.filter((g) => g.agents.includes('*'));
  if (matched.length === 0) return null;
  const delays = matched.map((g) => g.crawlDelay).filter((d): d is number => d !== null);
  return {
    agents: [...new Set(matched.flatMap((g) => g.agents))],
    rules: matched.flatMap((g) => g.rules),
    crawlDelay: delays.length ? Math.max(...delays) : null,
  };
}

const patternCache = new Map<string, RegExp>();

function patternRegex(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    const anchored = pattern.endsWith('$');
    const body = (anchored ? pattern.slice(0, -1) : pattern)
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}${anchored ? '$' : ''}`, 's');
    if (patternCache.size > 5000) patternCache.clear();
    patternCache.set(pattern, re);
  }
  return re;
}

export interface RobotsVerdict {
  allowed: boolean;
  /** The rule that decided, or null when no rule matched (allowed by default). */
  rule: RobotsRule | null;
}

/** Decides whether `agent` may fetch `pathAndQuery` ("/news/a?x=1"): the longest matching rule wins, Allow on a tie. */
export function robotsVerdict(robots: Robots, agent: string, pathAndQuery: string): RobotsVerdict {
  const path = normalizeRobotsPath(pathAndQuery || '/');
  if (path === '/robots.txt') return { allowed: true, rule: null };
  const group = groupFor(robots, agent);
  if (!group) return { allowed: true, rule: null };
  let best: RobotsRule | null = null;
  for (const rule of group.rules) {
    if (!patternRegex(rule.pattern).test(path)) continue;
    if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)) {
      best = rule;
    }
  }
  return { allowed: best ? best.allow : true, rule: best };
}

export function isAllowedByRobots(robots: Robots, agent: string, pathAndQuery: string): boolean {
  return robotsVerdict(robots, agent, pathAndQuery).allowed;
}

/** Crawl-delay (seconds) for our agent, or null. */
export function crawlDelayFor(robots: Robots, agent: string): number | null {
  return groupFor(robots, agent)?.crawlDelay ?? null;
}
