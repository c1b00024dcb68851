import { isatty } from 'node:tty';
import createDebug from 'debug';

const debug = createDebug('connector-e2e:plugin');

/**
 * Veramo's `veramo:agent:<method>` debug namespaces print each method's arguments and result in
 * full: for these methods that is the invitation URL (and its QR image), which carries the
 * invitation secret.
 */
export const SECRET_PRINTING_NAMESPACES = ['veramo:agent:e2eCreateInvitation', 'veramo:agent:e2eAcceptInvitation'] as const;

let warned = false;

/** Warns once per process when a namespace that prints invitation secrets is enabled. */
export function warnIfDebugPrintsSecrets(): void {
  if (warned) return;
  const on = SECRET_PRINTING_NAMESPACES.filter((ns) => createDebug.enabled(ns));
  if (on.length === 0) return;
  warned = true;
  const message = `DEBUG enables ${on.join(', ')}: Veramo prints these methods' arguments and results, so invitation URLs and their secrets reach the log`;
  debug(message);
  process.emitWarning(message, { code: 'CONNECTOR_E2E_DEBUG_PRINTS_SECRETS' });
}

/**
 * Veramo's `agent.execute` builds two `debug` instances per method call, and each asks
 * `tty.isatty(stderr)` whether to colour its output (about 2.5 us, 1-3% of an agent's CPU
 * under load). Unless `DEBUG_COLORS` already decides it, the answer is fixed once for the
 * process; `debug` then reads it from `inspectOpts` and prints exactly as before.
 */
export function settleDebugColors(): void {
  const opts = createDebug.inspectOpts;
  if (opts && !('colors' in opts)) opts.colors = isatty(process.stderr.fd);
}
