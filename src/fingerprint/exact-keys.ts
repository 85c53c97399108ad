// Each document's exact-text hash kept as 16 bytes in a typed array instead of a 32-character string on the heap.
import { withRoom } from '../util/typed-grow.js';

const HEX32 = /^[0-9a-f]{32}$/;

/**
 * The exact hashes of documents 0..n-1, in arrival order. A hash is 32 lowercase hex characters (fingerprint.ts):
 * kept as four 32-bit words, 16 bytes a document instead of a string (~48 bytes, more when it is a slice of the digest)
 * and its slot in an array the collector walks (~40 MB at a million documents). Any other form of hash (a fingerprint
 * made elsewhere) is kept as it is, aside.
 */
export class ExactKeys {
  private words = new Uint32Array(4 * 1024);
  private readonly other = new Map<number, string>();
  private n = 0;

  /** Keep document n's hash (documents come in order: the first call is document 0). */
  push(hash: string): void {
    const d = this.n++;
    this.words = withRoom(this.words, 4 * this.n, true);
    if (!HEX32.test(hash)) {
      this.other.set(d, hash);
      return;
    }
    for (let k = 0; k < 4; k++) this.words[4 * d + k] = Number.parseInt(hash.slice(8 * k, 8 * k + 8), 16);
  }

  /** Document d's hash, as pushed. */
  get(d: number): string {
    const odd = this.other.get(d);
    if (odd !== undefined) return odd;
    let out = '';
    for (let k = 0; k < 4; k++) out += this.words[4 * d + k]!.toString(16).padStart(8, '0');
    return out;
  }

  bytes(): number {
    return this.words.byteLength;
  }
}
