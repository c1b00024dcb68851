/**
 * GET /invite: what a phone camera opens from an invitation QR code (`<connector>/invite#...`).
 * The invitation itself is in the URL fragment, which browsers never send, so this page never
 * sees it; it only says what the link is. Static, no scripts (nothing may read the fragment),
 * nothing cached, no Referer leaving it.
 */
import type { FastifyInstance } from 'fastify';
import { INVITATION_PATH } from '@connector-e2e/protocol';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Connection invitation</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 34rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #222; }
h1 { font-size: 1.4rem; }
</style>
</head>
<body>
<h1>This is a connection invitation</h1>
<p>The link or QR code you opened invites your wallet to set up an end-to-end encrypted
connection with the organisation that showed it to you.</p>
<p>A web browser cannot accept it. Open the link with your wallet app, or scan the QR code
from within the wallet app.</p>
<p>The invitation stays on your device: the part of the link that holds it is never sent to
this server.</p>
</body>
</html>
`;

export const INVITE_PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
} as const;

export function invitePageRoute(app: FastifyInstance): void {
  app.get(INVITATION_PATH, async (_req, reply) => reply.headers(INVITE_PAGE_HEADERS).send(PAGE));
}
