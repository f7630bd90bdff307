import { TerraformResource } from 'cdktf';

/**
 * A resource's address (`type.name`), or one attribute of it (`type.name.attr`), as the plain traversal
 * `lifecycle.replace_triggered_by` requires. A resource's `fqn` renders as `${type.name}`, which Terraform rejects
 * there ("Invalid character"), so the address is spelled out.
 */
export function resourceReference(resource: TerraformResource, attribute?: string): string {
  const address = `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
  return attribute === undefined ? address : `${address}.${attribute}`;
}
