import { ITerraformDependable, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { NormalizedKeyFilter } from '../core/filters';
import { escapeTerraformTemplate } from './naming';
import { TerraformData } from '../core/terraform-data';

/** What one `ibmcloud ce subscription cos` needs; every value reaches the shell only as an environment variable. */
export interface CosSubscriptionProps {
  readonly projectId: string;
  /** Region of the project (the CLI logs in to it before selecting the project). */
  readonly region: string;
  /** Resource group ID of the project (the CLI targets it: Code Engine project commands need a targeted group). */
  readonly resourceGroupId: string;
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

/** Seconds the CLI waits for a subscription to be deleted (its own default is 15). */
export const SUBSCRIPTION_DELETE_TIMEOUT_SECONDS = 120;

/** The environment variable the provisioners take the API key from (`IC_API_KEY`, the provider's other name, is accepted too). */
export const SUBSCRIPTION_API_KEY_ENV = 'IBMCLOUD_API_KEY';

/**
 * What both provisioners run first. They never use the operator's CLI session: each run gets its own CLI home
 * (`IBMCLOUD_HOME`, a new temporary directory, removed on exit), so `login`, `target` and `project select` of
 * subscriptions that Terraform creates in parallel (for several projects, regions or resource groups) cannot
 * overwrite each other, and the operator's own session is left alone. The CLI keeps its plugins in the home, so
 * the executables of the operator's installed plugins are linked into it, and nothing else of them (a plugin's own
 * configuration, where a selected project could be kept, stays behind). Then it logs in with the API key from the
 * environment to the project's region and resource group, and selects the project.
 * Missing pieces (the CLI, its code-engine plugin, the key) fail with what to install or set. `what` names the
 * resource in those messages (a shell word list: it may read variables such as `$CE_SUBSCRIPTION`).
 */
export function cliSessionScript(what: string): string {
  return [
    'set -eu',
    `fail() { echo "${what}: $*" >&2; exit 1; }`,
    'command -v ibmcloud >/dev/null 2>&1 || fail "the ibmcloud CLI is not on the PATH where terraform runs. Install it (curl -fsSL https://clis.cloud.ibm.com/install/linux | sh) and its code-engine plugin (ibmcloud plugin install code-engine); see docs/ibm.md."',
    'CE_API_KEY=$(printenv IBMCLOUD_API_KEY || printenv IC_API_KEY || true)',
    '[ -n "$CE_API_KEY" ] || fail "IBMCLOUD_API_KEY is not set. Export the API key terraform deploys with (IBMCLOUD_API_KEY, or IC_API_KEY as the provider reads it) before terraform apply; the subscription is created with the ibmcloud CLI, logged in with that key."',
    'IBMCLOUD_API_KEY=$CE_API_KEY',
    'export IBMCLOUD_API_KEY',
    'CE_OPERATOR_HOME=$(printenv IBMCLOUD_HOME || printenv HOME || true)',
    'IBMCLOUD_HOME=$(mktemp -d)',
    'export IBMCLOUD_HOME',
    `trap 'rm -rf "$IBMCLOUD_HOME"' EXIT`,
    "trap 'exit 130' HUP INT TERM",
    'mkdir -p "$IBMCLOUD_HOME/.bluemix/plugins"',
    'for CE_PLUGIN in "$CE_OPERATOR_HOME/.bluemix/plugins"/*; do',
    '  [ -d "$CE_PLUGIN" ] || continue',
    '  CE_PLUGIN_HOME="$IBMCLOUD_HOME/.bluemix/plugins/$(basename "$CE_PLUGIN")"',
    '  mkdir -p "$CE_PLUGIN_HOME"',
    '  for CE_FILE in "$CE_PLUGIN"/*; do',
    '    if [ -f "$CE_FILE" ] && [ -x "$CE_FILE" ]; then ln -s "$CE_FILE" "$CE_PLUGIN_HOME/"; fi',
    '  done',
    'done',
    'ibmcloud config --check-version=false >/dev/null',
    'ibmcloud plugin show code-engine >/dev/null 2>&1 || fail "the code-engine plugin of the ibmcloud CLI is not installed where terraform runs (in $CE_OPERATOR_HOME/.bluemix/plugins). Run: ibmcloud plugin install code-engine"',
    'ibmcloud login -r "$CE_REGION" -g "$CE_RESOURCE_GROUP" --quiet || fail "ibmcloud login with IBMCLOUD_API_KEY to region $CE_REGION and resource group $CE_RESOURCE_GROUP failed."',
  ].join('\n');
}

/**
 * The part of a provisioner's environment {@link cliSessionScript} logs in with (`CE_REGION`, `CE_RESOURCE_GROUP`) and
 * that selects the project (`CE_PROJECT_ID`), read from the resource's `self.input` (`region`, `resource_group_id`,
 * `project_id`), the only thing a destroy-time provisioner may reference.
 */
export const CLI_SESSION_ENVIRONMENT: Readonly<Record<string, string>> = {
  CE_REGION: '${self.input.region}',
  CE_RESOURCE_GROUP: '${self.input.resource_group_id}',
  CE_PROJECT_ID: '${self.input.project_id}',
};

/** The session script of the subscription provisioners (see {@link cliSessionScript}). */
export const SUBSCRIPTION_SESSION_SCRIPT = cliSessionScript('COS subscription $CE_SUBSCRIPTION');

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
  SUBSCRIPTION_SESSION_SCRIPT,
  'ibmcloud ce project select --id "$CE_PROJECT_ID"',
  'if ibmcloud ce subscription cos get --name "$CE_SUBSCRIPTION" >/dev/null 2>&1; then',
  `  ibmcloud ce subscription cos delete --name "$CE_SUBSCRIPTION" --force --wait --wait-timeout ${SUBSCRIPTION_DELETE_TIMEOUT_SECONDS}`,
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
  SUBSCRIPTION_SESSION_SCRIPT,
  'if ! ibmcloud ce project select --id "$CE_PROJECT_ID"; then echo "Code Engine project $CE_PROJECT_ID is gone: nothing to delete."; exit 0; fi',
  'if ibmcloud ce subscription cos get --name "$CE_SUBSCRIPTION" >/dev/null 2>&1; then',
  `  ibmcloud ce subscription cos delete --name "$CE_SUBSCRIPTION" --force --wait --wait-timeout ${SUBSCRIPTION_DELETE_TIMEOUT_SECONDS}`,
  'fi',
].join('\n');

/** Environment of both provisioners: each value is read from `self.input`, the only thing a destroy-time provisioner may reference. */
const ENVIRONMENT: Record<string, string> = {
  ...CLI_SESSION_ENVIRONMENT,
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
 * `local-exec` provisioners run `ibmcloud ce subscription cos create/delete`, each in a CLI session of its own
 * (see {@link SUBSCRIPTION_SESSION_SCRIPT}). That needs, where `terraform apply` runs: the `ibmcloud` CLI with the
 * `code-engine` plugin, and an API key in `IBMCLOUD_API_KEY` (or `IC_API_KEY`).
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
      resource_group_id: props.resourceGroupId,
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
