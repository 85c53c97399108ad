// The literal text of a row's numeric "id" as written in its JSON, so ids like 12345678901234567890 never pass through a JS number.
// Our own: JSON.parse on Node 20 gives no access to a number's source text; this is one linear scan of the row's top level.

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The source text of the number given for `key` at the top level of the JSON object `json` (the last one, as JSON.parse
 * keeps), or null when that member is absent or not a number. Assumes `json` already parsed as JSON.
 */
export function topLevelNumberLiteral(json: string, key: string): string | null {
  let depth = 0;
  let found: string | null = null;
  let i = 0;
  const n = json.length;
  while (i < n) {
    const c = json[i]!;
    if (c === '"') {
      // a string: at depth 1 it may be a member name
      const start = i + 1;
      i++;
      while (i < n && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
      const end = i;
      i++;
      if (depth !== 1) continue;
      let j = i;
      while (j < n && (json[j] === ' ' || json[j] === '\t' || json[j] === '\n' || json[j] === '\r')) j++;
      if (json[j] !== ':') continue; // a value, not a name
      if (JSON.parse(json.slice(start - 1, end + 1)) !== key) continue;
      j++;
      while (j < n && (json[j] === ' ' || json[j] === '\t' || json[j] === '\n' || json[j] === '\r')) j++;
      NUMBER.lastIndex = j;
      const m = NUMBER.exec(json);
      found = m ? m[0] : null;
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    i++;
  }
  return found;
}
