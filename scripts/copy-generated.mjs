// tsc does not emit the generated protobuf JavaScript; copy it (and its declarations) into
// packages/protocol/dist. Paths are relative to this file, so it runs from any directory.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const protocol = fileURLToPath(new URL('../packages/protocol/', import.meta.url));
mkdirSync(`${protocol}dist/gen`, { recursive: true });
for (const f of ['proto.js', 'proto.d.ts']) copyFileSync(`${protocol}src/gen/${f}`, `${protocol}dist/gen/${f}`);
