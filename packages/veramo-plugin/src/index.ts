/**
 * @connector-e2e/veramo-plugin: QR connections, synchronous X3DH and end-to-end encrypted
 * AtalaMessages for Veramo agents, through a blind connector.
 * @packageDocumentation
 */
export { ConnectorE2E, type ConnectorE2EOptions } from './plugin.js';
export { DEFAULT_ROTATION } from './limits.js';
export type { RotationPolicy } from './session/sending-keys.js';
export { ConnectorE2EError, PLUGIN_ERROR_CODES, errorCodeOf, type ConnectorE2EErrorCode, type PluginErrorCode } from './errors.js';
export { E2EEntities } from './storage/entities.js';
export { E2EMigrations } from './storage/migrations/index.js';
export { decodeQrPng, pngFromDataUrl, renderQr } from './handshake/qr.js';
export { schema } from './plugin.schema.js';
export * from './types/IConnectorE2E.js';
export { AgentEntities, AgentMigrations, initializeDataSource, openAgentDatabase, prepareSqlite, type DatabaseOptions } from './storage/agent-database.js';
export { createConnectorE2EAgent, type AgentSetupOptions, type ConnectorE2EAgent } from './setup.js';
