import { IConstruct } from 'constructs';

/**
 * A configuration mistake found before anything reaches the cloud.
 * The message always names the construct path and says how to fix the configuration.
 */
export class ConfigurationError extends Error {
  public readonly constructPath: string;

  constructor(scope: IConstruct, problem: string, fix: string) {
    const path = scope.node.path || '<root>';
    super(`[${path}] ${problem} Fix: ${fix}`);
    this.name = 'ConfigurationError';
    this.constructPath = path;
  }
}

/** Throws a ConfigurationError when `condition` is false. */
export function assertConfig(condition: boolean, scope: IConstruct, problem: string, fix: string): asserts condition {
  if (!condition) throw new ConfigurationError(scope, problem, fix);
}
