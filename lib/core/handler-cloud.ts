import { Construct, IConstruct } from 'constructs';
import { ConfigurationError } from './errors';

/**
 * TypeScript keeps one cloud's function away from another cloud's bucket, JavaScript does not: without this, the
 * mistake surfaces as "bindCosNotification is not a function". `bindMethod` is the method every handler of the
 * bucket's cloud has; `cloud` names what the bucket needs ("a Function Compute function").
 */
export function requireHandlerOfCloud(bucket: IConstruct, handler: unknown, bindMethod: string, cloud: string): void {
  if (typeof (handler as Record<string, unknown> | undefined)?.[bindMethod] === 'function') return;
  const what = Construct.isConstruct(handler) ? `${handler.constructor.name} ${handler.node.path}` : `${describeNonConstruct(handler)}`;
  throw new ConfigurationError(bucket, `${what} cannot receive this bucket's events (${bucket.constructor.name} ${bucket.node.path}): it is not ${cloud}.`,
    `pass ${cloud} from the same cloud as the bucket, or a bucket of the function's cloud.`);
}

function describeNonConstruct(value: unknown): string {
  if (value === null || value === undefined) return `The handler ${String(value)}`;
  const name = (value as object).constructor?.name;
  return `The handler (${typeof value}${name && name !== 'Object' ? ` ${name}` : ''})`;
}
