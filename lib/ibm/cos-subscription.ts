import { ITerraformDependable, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { NormalizedKeyFilter } from '../core/filters';
import { escapeTerraformTemplate } from './naming';
import { TerraformData } from './terraform-data';

/** What one `ibmcloud ce subscription cos` needs; every value reaches the shell only as an environment variable. */
export interface CosSubscriptionProps {
  readonly projectId: string;
  /** Region of the project (the CLI targets it before selecting the project). */
  readonly region: string;
  /** Subscription name (Code Engine resource name). */
  readonly name: string;
  /** The app (or job) the events are sent to. */
  readonly destination: string;
  readonly destinationType: 'app' | 'job';
  readonly bucket: string;
  /** `write`, `delete` or `all`. */
  readonly eventType: string;
  readonly filter: NormalizedKeyFilter;
  /** Resources that must exist first: the app and the `Notifications Manager` authorization. */
  readonly dependsOn: readonly ITerraformDependable[];
  readonly preconditions?: readonly Precondition[];
}

/** The shell that runs the provisioners: POSIX sh, whatever Terraform's platform default is. */
export const SUBSCRIPTION_INTERPRETER = ['/bin/sh', '-c'];

/** Seconds the CLI waits for a new subscription to become ready: the new `Notifications Manager` authorization may take a while to reach COS. */
export const SUBSCRIPTION_READY_TIMEOUT_SECONDS = 300;

/**
 * Creates the subscription. Arguments come from environment variables, always double-quoted, and are collected with
 * `set --`, so a prefix with spaces, quotes, `$(...)` or `;` is passed to the CLI as one literal argument and never
 * parsed by the shell. There is no `${` in the script, so Terraform does not interpolate it either.
 *
 * A subscription of the same name is one an earlier apply created before failing (it never became ready): Terraform
 * marks that resource tainted and runs no destroy-time provisioner for it, so the leftover is deleted here first.
 * When the new one does not become ready, its status (which names the cause) is printed and the apply fails.
 */
export const CREATE_SUBSCRIPTION_SCRIPT = [
  'set -eu',
  'ibmcloud target -r "$CE_REGION" >/dev/null',
  'ibmcloud ce project select --id "$CE_PROJECT_ID"',
  'if ibmcloud ce subscription cos get --name "$CE_SUBSCRIPTION" >/dev/null 2>&1; then',
  '  ibmcloud ce subscription cos delete --name "$CE_SUBSCRIPTION" --force --wait --wait-timeout 120',
  'fi',
  'set -- --name "$CE_SUBSCRIPTION" --destination "$CE_DESTINATION" --destination-type "$CE_DESTINATION_TYPE" --bucket "$CE_BUCKET" --event-type "$CE_EVENT_TYPE"',
  'if [ -n "$CE_PREFIX" ]; then set -- "$@" --prefix "$CE_PREFIX"; fi',
  'if [ -n "$CE_SUFFIX" ]; then set -- "$@" --suffix "$CE_SUFFIX"; fi',
  `if ! ibmcloud ce subscription cos create "$@" --wait --wait-timeout ${SUBSCRIPTION_READY_TIMEOUT_SECONDS}; then`,
  '  ibmcloud ce subscription cos get --name "$CE_SUBSCRIPTION" || true',
  '  echo "COS subscription $CE_SUBSCRIPTION is not ready. Check the Notifications Manager authorization of the project on the COS instance, that bucket $CE_BUCKET is regional and in $CE_REGION, and that $CE_DESTINATION_TYPE $CE_DESTINATION exists (docs/ibm.md)." >&2',
  '  exit 1',
  'fi',
].join('\n');

/** Deletes the subscription if it (and its project) still exist, so a destroy after a manual cleanup succeeds. */
export const DELETE_SUBSCRIPTION_SCRIPT = [
  'set -eu',
  'ibmcloud target -r "$CE_REGION" >/dev/null',
  'if ! ibmcloud ce project select --id "$CE_PROJECT_ID"; then echo "Code Engine project $CE_PROJECT_ID is gone: nothing to delete."; exit 0; fi',
  'if ibmcloud ce subscription cos get --name "$CE_SUBSCRIPTION" >/dev/null 2>&1; then',
  '  ibmcloud ce subscription cos delete --name "$CE_SUBSCRIPTION" --force',
  'fi',
].join('\n');

/** Environment of both provisioners: each value is read from `self.input`, the only thing a destroy-time provisioner may reference. */
const ENVIRONMENT: Record<string, string> = {
  CE_REGION: '${self.input.region}',
  CE_PROJECT_ID: '${self.input.project_id}',
  CE_SUBSCRIPTION: '${self.input.name}',
  CE_DESTINATION: '${self.input.destination}',
  CE_DESTINATION_TYPE: '${self.input.destination_type}',
  CE_BUCKET: '${self.input.bucket}',
  CE_EVENT_TYPE: '${self.input.event_type}',
  CE_PREFIX: '${self.input.prefix}',
  CE_SUFFIX: '${self.input.suffix}',
};

/**
 * A Code Engine COS subscription. The IBM provider has no resource for it (terraform-provider-ibm issue #5231) and
 * the Code Engine v2 API has no subscription operations, so it is a `terraform_data` whose create and destroy
 * `local-exec` provisioners run `ibmcloud ce subscription cos create/delete`. That needs, where `terraform apply`
 * runs: the `ibmcloud` CLI with the `code-engine` plugin, logged in to the account (e.g. `ibmcloud login --apikey`).
 * Any change of bucket, event type, filter, destination or name replaces it (delete, then create).
 */
export class CosSubscription extends Construct {
  public readonly resource: TerraformData;
  public readonly subscriptionName: string;

  constructor(scope: Construct, id: string, props: CosSubscriptionProps) {
    super(scope, id);
    this.subscriptionName = props.name;
    const input = {
      region: props.region,
      project_id: props.projectId,
      name: props.name,
      destination: props.destination,
      destination_type: props.destinationType,
      bucket: props.bucket,
      event_type: props.eventType,
      prefix: escapeTerraformTemplate(props.filter.prefix),
      suffix: escapeTerraformTemplate(props.filter.suffix),
    };
    this.resource = new TerraformData(this, 'Subscription', {
      input,
      triggersReplace: input,
      dependsOn: [...props.dependsOn],
      lifecycle: props.preconditions && props.preconditions.length > 0 ? { precondition: [...props.preconditions] } : undefined,
      provisioners: [
        { type: 'local-exec', command: CREATE_SUBSCRIPTION_SCRIPT, interpreter: SUBSCRIPTION_INTERPRETER, environment: ENVIRONMENT },
        { type: 'local-exec', when: 'destroy', command: DELETE_SUBSCRIPTION_SCRIPT, interpreter: SUBSCRIPTION_INTERPRETER, environment: ENVIRONMENT },
      ],
    });
  }
}
