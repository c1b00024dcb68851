#!/usr/bin/env node
// Runs the connector in this process, from its build (dist/) or, in a source checkout without
// a build, from the TypeScript sources through tsx. One process and no child: SIGTERM/SIGINT
// reach the server itself, which shuts down gracefully.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli.js');

// Started by an npm script, we run under `npm -> sh -> node`: npm forwards a SIGTERM to the
// shell only, which dies and leaves us holding the port. So stop (gracefully, as on SIGTERM)
// once the parent is gone. Run directly (e.g. `nohup ... &`), outliving the parent is wanted.
function stopWithParent() {
  if (process.channel) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  if (process.env.npm_lifecycle_event === undefined) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
  }, 500);
  timer.unref();
}

stopWithParent();
if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  // The workspace packages resolve to their TypeScript sources under this export condition
  // (the in-process form of `--conditions=connector-e2e:source`).
  const hook = `export async function resolve(specifier, context, next) {
    return next(specifier, context.conditions.includes('connector-e2e:source') ? context : { ...context, conditions: [...context.conditions, 'connector-e2e:source'] });
  }`;
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    process.stderr.write('connector: no build (dist/) and no tsx to run the sources; run `npm run build` first\n');
    process.exit(1);
  }
  tsx.register();
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  await import(pathToFileURL(join(root, 'src', 'cli.ts')).href);
}
