/** The check environment tests use: the bundled seed and data, logging into an array. */
import type { CheckEnvironment } from '../../server/src/core/environment';
import { buildEnvironment, EnvironmentOptions } from '../../server/src/node/environment';

export const logged: string[] = [];

let shared: CheckEnvironment | undefined;

/** The default environment (bundled seed), built once per test process. */
export function testEnvironment(opts: Partial<EnvironmentOptions> = {}): CheckEnvironment {
  const log = (m: string) => logged.push(m);
  if (Object.keys(opts).length > 0) return buildEnvironment({ log, ...opts });
  return (shared ??= buildEnvironment({ log }));
}
