// The alert tunables from data/alerts-config.json, typed, with per-run overrides.
import { loadData } from '../util/data-files.js';

export interface AlertsConfig {
  retryBaseMs: number;
  retryMaxMs: number;
  /** 0 = retry until delivered. */
  giveUpAfterAttempts: number;
  webhookTimeoutMs: number;
  execTimeoutMs: number;
  maxPayloadTextChars: number;
  shellMetacharacters: string;
}

export function alertsConfig(over: Partial<AlertsConfig> = {}): AlertsConfig {
  const { _comment, ...rest } = loadData<AlertsConfig & { _comment?: string }>('alerts-config.json');
  void _comment;
  return { ...rest, ...over };
}
