// Classifies IP addresses as public or private/loopback/link-local (IPv4 and IPv6) using the ranges in data/fetch-blocked-ranges.json.
import { isIP } from 'node:net';
import ranges from '../../data/fetch-blocked-ranges.json' with { type: 'json' };

/** Why an address is not public: the range it falls in and a human label ("loopback", "link-local"). */
export interface BlockedRange {
  address: string;
  cidr: string;
  label: string;
}

interface ParsedRange {
  bytes: Uint8Array;
  prefix: number;
  cidr: string;
  label: string;
}

interface EmbeddingRange extends ParsedRange {
  ipv4ByteOffset: number;
}

/** Parses a dotted-quad IPv4 address into 4 bytes, or null when it is not one. */
export function parseIPv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const p = parts[i];
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    out[i] = n;
  }
  return out;
}

/** Parses an IPv6 address (with "::", an embedded IPv4 tail, optional brackets and zone id) into 16 bytes, or null. */
export function parseIPv6(input: string): Uint8Array | null {
  let text = input.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (isIP(text) !== 6) return null;
  const out = new Uint8Array(16);
  let tail: Uint8Array | null = null;
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) > lastColon) {
    tail = parseIPv4(text.slice(lastColon + 1));
    if (!tail) return null;
    text = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 && missing !== 0) return null;
  const groups = [...head, ...Array<string>(Math.max(0, missing)).fill('0'), ...rest];
  if (groups.length !== 8) return null;
  for (let i = 0; i < 8; i++) {
    const g = groups[i];
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    const v = parseInt(g, 16);
    out[i * 2] = v >> 8;
    out[i * 2 + 1] = v & 0xff;
  }
  if (tail) out.set(tail, 12);
  return out;
}

function parseCidr(cidr: string, label: string, family: 4 | 6): ParsedRange {
  const [addr, bits] = cidr.split('/');
  const bytes = family === 4 ? parseIPv4(addr) : parseIPv6(addr);
  const prefix = Number(bits);
  if (!bytes || !Number.isInteger(prefix) || prefix < 0 || prefix > bytes.length * 8) {
    throw new Error(`data/fetch-blocked-ranges.json: bad CIDR "${cidr}"`);
  }
  return { bytes, prefix, cidr, label };
}

function inRange(addr: Uint8Array, r: ParsedRange): boolean {
  let bits = r.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((addr[i] & mask) !== (r.bytes[i] & mask)) return false;
  }
  return true;
}

const V4 = ranges.ipv4.map((r) => parseCidr(r.cidr, r.label, 4));
const V6 = ranges.ipv6.map((r) => parseCidr(r.cidr, r.label, 6));
const EMBED: EmbeddingRange[] = ranges.ipv6Embedding.map((r) => ({
  ...parseCidr(r.cidr, r.label, 6),
  ipv4ByteOffset: r.ipv4ByteOffset,
}));

function classify4(bytes: Uint8Array, address: string): BlockedRange | null {
  for (const r of V4) if (inRange(bytes, r)) return { address, cidr: r.cidr, label: r.label };
  return null;
}

/**
 * Returns the non-public range an IP address belongs to, or null when it is public.
 * Throws nothing: a string that is not an IP address returns null (callers resolve names first).
 */
export function blockedRangeOf(address: string): BlockedRange | null {
  const v4 = parseIPv4(address);
  if (v4) return classify4(v4, address);
  const v6 = parseIPv6(address);
  if (!v6) return null;
  for (const r of V6) if (inRange(v6, r)) return { address, cidr: r.cidr, label: r.label };
  for (const e of EMBED) {
    if (!inRange(v6, e)) continue;
    const inner = v6.slice(e.ipv4ByteOffset, e.ipv4ByteOffset + 4);
    const hit = classify4(inner, address);
    if (hit) return { address, cidr: `${e.cidr} -> ${hit.cidr}`, label: `${e.label} ${hit.label}` };
  }
  return null;
}

/** Strips the brackets WHATWG URL keeps around IPv6 hostnames. */
export function bareHostname(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** True when the URL host is an IP literal (no DNS lookup will happen for it). */
export function isIpLiteral(hostname: string): boolean {
  return isIP(bareHostname(hostname)) !== 0;
}
