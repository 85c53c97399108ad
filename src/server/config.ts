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
}

export function serverConfig(): ServerConfig {
  return loadData<ServerConfig>('server-config.json');
}
