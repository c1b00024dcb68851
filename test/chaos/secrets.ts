/**
 * The secrets scan: looks for plaintexts and key bytes in files (logs, database files incl.
 * -wal and -shm) in every encoding we could think of a leak taking: raw bytes, hex (both
 * cases), base64 and base64url at any alignment. Plaintexts are looked for by their marker
 * (bodies.ts), as ASCII, as hex of the ASCII, and in base64 / base64url.
 */
import { readFileSync, statSync } from 'node:fs';

export interface Needle {
  /** What it stands for, e.g. `key 3f2a…` or `plaintext 9c1e…`. */
  readonly label: string;
  readonly kind: 'key' | 'plaintext';
  readonly bytes: Buffer;
}

export interface Hit {
  file: string;
  offset: number;
  label: string;
  kind: 'key' | 'plaintext';
  encoding: string;
  /** The text line around the hit (text files only), cut to 200 characters. */
  line?: string;
}

/** The base64 characters of `data` that do not depend on what precedes it, for each alignment. */
function base64Variants(data: Buffer): string[] {
  const out: string[] = [];
  for (let align = 0; align < 3; align++) {
    const enc = Buffer.concat([Buffer.alloc(align), data]).toString('base64').replace(/=+$/, '');
    // Characters covering prefix bytes (or mixing them in) and the last, partial group vary.
    const skip = align === 0 ? 0 : Math.ceil((align * 8) / 6);
    const total = align + data.length;
    const stable = Math.floor((total * 8) / 6);
    const s = enc.slice(skip, stable);
    if (s.length >= 16) out.push(s);
  }
  return out;
}

function encodings(n: Needle): Array<{ encoding: string; bytes: Buffer }> {
  const out: Array<{ encoding: string; bytes: Buffer }> = [];
  const hex = n.bytes.toString('hex');
  if (n.kind === 'key') {
    out.push({ encoding: 'raw', bytes: n.bytes }, { encoding: 'hex', bytes: Buffer.from(hex) }, { encoding: 'HEX', bytes: Buffer.from(hex.toUpperCase()) });
  } else {
    out.push({ encoding: 'ascii', bytes: n.bytes }, { encoding: 'hex', bytes: Buffer.from(hex) });
  }
  for (const b64 of base64Variants(n.bytes)) {
    out.push({ encoding: 'base64', bytes: Buffer.from(b64) });
    const url = b64.replace(/\+/g, '-').replace(/\//g, '_');
    if (url !== b64) out.push({ encoding: 'base64url', bytes: Buffer.from(url) });
  }
  return out;
}

export class SecretScanner {
  /** First four bytes (as uint32) -> candidates starting with them. */
  private readonly index = new Map<number, Array<{ needle: Needle; encoding: string; bytes: Buffer }>>();
  size = 0;

  add(n: Needle): void {
    for (const e of encodings(n)) {
      if (e.bytes.length < 8) continue;
      const k = e.bytes.readUInt32LE(0);
      let list = this.index.get(k);
      if (!list) this.index.set(k, (list = []));
      list.push({ needle: n, ...e });
      this.size++;
    }
  }

  scanFile(file: string): Hit[] {
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      return [];
    }
    if (size < 8) return [];
    return this.scan(readFileSync(file), file);
  }

  scan(buf: Buffer, file: string): Hit[] {
    const hits: Hit[] = [];
    const end = buf.length - 3;
    for (let i = 0; i < end; i++) {
      const list = this.index.get(buf.readUInt32LE(i));
      if (!list) continue;
      for (const c of list) {
        if (i + c.bytes.length > buf.length) continue;
        if (buf.compare(c.bytes, 0, c.bytes.length, i, i + c.bytes.length) !== 0) continue;
        const lineStart = buf.lastIndexOf(0x0a, i) + 1;
        let lineEnd = buf.indexOf(0x0a, i);
        if (lineEnd < 0) lineEnd = buf.length;
        const line = buf.subarray(lineStart, Math.min(lineEnd, lineStart + 400)).toString('utf8');
        hits.push({ file, offset: i, label: c.needle.label, kind: c.needle.kind, encoding: c.encoding, line: line.slice(0, 200) });
      }
    }
    return hits;
  }
}
