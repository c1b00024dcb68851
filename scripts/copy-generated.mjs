// tsc does not emit the generated protobuf JavaScript; copy it (and its declarations) into dist.
import { copyFileSync, mkdirSync } from 'node:fs';
mkdirSync('dist/gen', { recursive: true });
for (const f of ['proto.js', 'proto.d.ts']) copyFileSync(`src/gen/${f}`, `dist/gen/${f}`);
