import { createHmac } from 'node:crypto';

/**
 * The plaintext of chaos message `id`: derived from a per-run salt, so the harness can grep
 * files for every plaintext without the agents writing plaintexts anywhere themselves.
 * The marker (32 hex characters) is what the secrets scan looks for.
 */
export function markerOf(salt: string, id: string): string {
  return createHmac('sha256', salt).update(id).digest('hex').slice(0, 32);
}

export function bodyOf(salt: string, id: string): string {
  const marker = markerOf(salt, id);
  // Mostly small messages, now and then a few KiB (the size is a function of the id too).
  const big = Number.parseInt(marker.slice(0, 2), 16) < 16;
  return big ? `${marker}.${marker.repeat(96)}` : `${marker}.${id}`;
}
