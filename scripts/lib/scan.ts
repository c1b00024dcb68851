/**
 * Searches raw files (a SQLite database with its -wal and -shm, a log) for byte strings: what
 * an attacker with a copy of the connector's disk would grep for. Raw bytes include free pages
 * and WAL frames, so deleted rows count too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Needle {
  label: string;
  /** Encodings to look for; any match counts. */
  variants: Uint8Array[];
}

export interface ScanResult {
  files: { name: string; bytes: number }[];
  /** For each needle label, the files it was found in. */
  found: Map<string, string[]>;
}

/** A text needle, as UTF-8. */
export function textNeedle(label: string, ...texts: string[]): Needle {
  return { label, variants: texts.filter((t) => t.length > 0).map((t) => new Uint8Array(Buffer.from(t, 'utf8'))) };
}

/** A binary secret: raw bytes and the usual text encodings of it. */
export function bytesNeedle(label: string, bytes: Uint8Array): Needle {
  const b = Buffer.from(bytes);
  const encodings = [b.toString('hex'), b.toString('hex').toUpperCase(), b.toString('base64'), b.toString('base64url')];
  return { label, variants: [new Uint8Array(b), ...encodings.map((t) => new Uint8Array(Buffer.from(t, 'utf8')))] };
}

/** `path` and every file next to it whose name starts with its name (`x.sqlite-wal`, `x.sqlite-shm`). */
export function withCompanions(path: string): string[] {
  const dir = dirname(path);
  const base = basename(path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith(base))
    .sort()
    .map((f) => join(dir, f));
}

export function scanFiles(paths: readonly string[], needles: readonly Needle[]): ScanResult {
  const result: ScanResult = { files: [], found: new Map(needles.map((n) => [n.label, []])) };
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const data = readFileSync(path);
    result.files.push({ name: basename(path), bytes: data.length });
    for (const n of needles) {
      if (n.variants.some((v) => v.length > 0 && data.indexOf(v) >= 0)) result.found.get(n.label)!.push(basename(path));
    }
  }
  return result;
}
