/**
 * @connector-e2e/connector-client: the client for the connector API. See README.md.
 */
export { ConnectorClient, MAX_SEND_BATCH_ITEMS, decodeDirectoryAnswer, type ConnectorClientOptions } from './client.js';
export { Subscription, REJECTED_RETRY_BASE_MS, REJECTED_RETRY_MAX_MS, type HandlerResult, type SubscribeOptions, type SubscriptionStatus } from './subscription.js';
export { createParticipantKey, type ParticipantKey } from './key.js';
export { ConnectorClientError, CONNECTOR_CODES, CLIENT_CODES, type ConnectorClientErrorCode } from './errors.js';
export type {
  AcceptResult,
  AckRef,
  CreateTokensArgs,
  Delivery,
  DeliveryKind,
  DirectoryAnswer,
  DirectoryConnectArgs,
  DirectoryConnectResult,
  DirectoryKeyInfo,
  DirectoryStock,
  FetchArgs,
  OneTimePreKey,
  PublishPreKeysArgs,
  FetchResult,
  RegisterArgs,
  SendArgs,
  SendBatchResult,
  SendResult,
  TokenGrant,
  TokenInfo,
} from './types.js';
