/**
 * Close codes the connector uses to end a WebSocket for a limit. The reason text is the key,
 * so a client can tell them apart without a table; every one of them means "reconnect later":
 * nothing pushed on the closed socket is lost, since items leave only on an ack.
 */
export const WS_CLOSE = {
  /** The participant's outbound bytes held the most of the process's budget: it reads too slowly. */
  slow_consumer: 4008,
  /** The participant opened more sockets than allowed; this, its oldest, gave way to the newest. */
  socket_replaced: 4009,
  /** The participant sent frames faster than allowed. */
  rate_limited: 4029,
} as const;

export type WsCloseReason = keyof typeof WS_CLOSE;
