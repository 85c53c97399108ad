// A read window over a file by byte position: WARC reading jumps over skipped records and scans forward to resynchronise.
import { type FileHandle, open } from 'node:fs/promises';

/** Positional reads through one reusable window, so a file of any size is read with memory for one window (or one record). */
export class FileWindow {
  private buf: Buffer = Buffer.alloc(0);
  private start = 0;

  private constructor(
    private readonly fh: FileHandle,
    readonly size: number,
    private readonly chunk: number,
  ) {}

  static async open(path: string, chunk: number): Promise<FileWindow> {
    const fh = await open(path, 'r');
    try {
      const { size } = await fh.stat();
      return new FileWindow(fh, size, chunk);
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  /** Bytes [pos, pos + len), fewer when the file ends first. The result stays valid after later reads. */
  async get(pos: number, len: number): Promise<Buffer> {
    const end = Math.min(this.size, pos + len);
    if (pos >= this.start && end <= this.start + this.buf.length) return this.buf.subarray(pos - this.start, end - this.start);
    const n = Math.max(0, Math.min(Math.max(end - pos, this.chunk), this.size - pos));
    const buf = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const { bytesRead } = await this.fh.read(buf, got, n - got, pos + got);
      if (!bytesRead) break;
      got += bytesRead;
    }
    this.buf = buf.subarray(0, got);
    this.start = pos;
    return this.buf.subarray(0, Math.min(got, end - pos));
  }

  /** Bytes from `pos` to the end of the window, re-reading when fewer than `min` are there (fewer only when the file ends). */
  async peek(pos: number, min: number): Promise<Buffer> {
    const inWindow = pos >= this.start && pos <= this.start + this.buf.length;
    if (!inWindow || (this.start + this.buf.length - pos < min && this.start + this.buf.length < this.size)) await this.get(pos, min);
    return this.buf.subarray(pos - this.start);
  }

  /** Position of the first `needle` at or after `pos`, or -1 when the file holds none. */
  async find(pos: number, needle: Buffer): Promise<number> {
    let at = pos;
    while (at < this.size) {
      const buf = await this.get(at, this.chunk);
      const i = buf.indexOf(needle);
      if (i >= 0) return at + i;
      if (at + buf.length >= this.size) return -1;
      at += Math.max(1, buf.length - needle.length + 1);
    }
    return -1;
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}
