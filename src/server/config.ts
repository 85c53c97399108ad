// The server's tunables, loaded from data/server-config.json.
import { loadData } from '../util/data-files.js';

export interface ServerConfig {
  defaultLimit: number;
  /** Search pages are smaller: every hit costs a text read and a snippet. */
  searchDefaultLimit: number;
  maxLimit: number;
  maxIdLength: number;
  maxQueryLength: number;
  ingestBodyBytes: number;
  ingestMaxRows: number;
  jsonlContentTypes: string[];
  securityHeaders: Record<string, string>;
  /** How often a /api/live connection looks for new data (the store's data version), in ms. */
  livePollMs: number;
  /** A comment line this often keeps idle /api/live connections open through proxies, in ms. */
  liveHeartbeatMs: number;
  /** New articles read per look. */
  liveBatch: number;
  /** At most this many rows in one export. */
  exportMaxRows: number;
}

export function serverConfig(): ServerConfig {
  return loadData<ServerConfig>('server-config.json');
}
