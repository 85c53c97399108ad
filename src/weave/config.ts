// Weave configuration: the defaults from data/weave-config.json and the error a bad configuration or snapshot raises.
import defaults from '../../data/weave-config.json' with { type: 'json' };
import type { WeaveConfig } from './types.js';

/** A weaver snapshot or configuration that cannot be used. */
export class WeaveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WeaveError';
  }
}

/** The default tunables, read from data/weave-config.json. */
export function defaultWeaveConfig(): WeaveConfig {
  const { _about: _ignored, ...rest } = defaults as typeof defaults & { _about?: string };
  return structuredClone(rest) as WeaveConfig;
}
