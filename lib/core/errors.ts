import { IConstruct } from 'constructs';
import { renderTokens } from './tokens';

/**
 * A configuration mistake found before anything reaches the cloud.
 * The message always names the construct path and says how to fix the configuration; unresolved tokens in it are
 * written as what they stand for (`renderTokens`), never as cdktf's markers.
 */
export class ConfigurationError extends Error {
  public readonly constructPath: string;

  constructor(scope: IConstruct, problem: string, fix: string) {
    const path = scope.node.path || '<root>';
    super(`[${path}] ${renderTokens(scope, problem)} Fix: ${renderTokens(scope, fix)}`);
    this.name = 'ConfigurationError';
    this.constructPath = path;
  }
}

/** Throws a ConfigurationError when `condition` is false. */
export function assertConfig(condition: boolean, scope: IConstruct, problem: string, fix: string): asserts condition {
  if (!condition) throw new ConfigurationError(scope, problem, fix);
}
