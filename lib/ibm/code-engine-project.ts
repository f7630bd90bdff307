import { ITerraformDependable } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { CodeEngineProject as CodeEngineProjectResource } from '../generated/providers/ibm/code-engine-project';
import { ConfigurationError } from '../core/errors';
import { dashedNameRules, physicalName } from '../core/names';
import { isLiteral } from '../core/tokens';
import { IbmPlacement, ResolvedIbmPlacement, resolveIbmPlacement, resourceGroupId } from './context';
import { ICosInstance } from './cos-instance';
import { checkName, CODE_ENGINE_MAX_COS_SUBSCRIPTIONS, CODE_ENGINE_PROJECT_NAME } from './naming';
import { TriggerRole } from './trigger-role';

/** A Code Engine project: where apps run and COS subscriptions live. */
export interface ICodeEngineProject extends IConstruct {
  /** The project ID (a GUID): the IAM `serviceInstance` of the project. */
  readonly projectId: string;
  /** The project CRN: trusted profiles link to it. */
  readonly crn: string;
  /** The project's region: a literal when known, else the provider-computed attribute. */
  readonly region: string;
  /** The project's resource group ID: the CLI targets it for COS subscriptions (project commands need a targeted group). */
  readonly resourceGroupId: string;
  readonly placement: ResolvedIbmPlacement;
  /** The `codeengine` → COS `Notifications Manager` authorization for a COS instance (one per instance), if this library manages it. */
  authorizationFor(cosInstance: ICosInstance): readonly ITerraformDependable[];
  /** Counts a COS subscription against the project's limit of 100; `scope` is the notification, for errors. */
  reserveSubscription(scope: IConstruct): void;
}

export interface CodeEngineProjectProps extends IbmPlacement {
  /** @default derived from the construct path */
  readonly projectName?: string;
  /**
   * Create the `codeengine` → COS `Notifications Manager` authorization for each COS instance whose buckets notify
   * this project. Set false when it exists already (IAM accepts one per project and instance) or someone else manages it.
   * @default true
   */
  readonly authorizeNotifications?: boolean;
}

/** `resourceGroupId` is the project's group (the CLI targets it for COS subscriptions); default: the account's default group. */
export interface ImportedCodeEngineProjectOptions extends IbmPlacement {
  /** The project's CRN (trusted profiles link to it). */
  readonly crn: string;
  /** @default true */
  readonly authorizeNotifications?: boolean;
}

abstract class CodeEngineProjectBase extends Construct implements ICodeEngineProject {
  public abstract readonly projectId: string;
  public abstract readonly crn: string;
  public abstract readonly region: string;
  public abstract readonly resourceGroupId: string;
  public abstract readonly placement: ResolvedIbmPlacement;
  protected abstract readonly authorize: boolean;
  private subscriptions = 0;

  public authorizationFor(cosInstance: ICosInstance): readonly ITerraformDependable[] {
    if (!this.authorize) return [];
    const role = TriggerRole.forCosInstance(this, {
      sourceService: 'codeengine',
      sourceInstanceId: this.projectId,
      cosInstance,
      provider: this.placement.provider,
    });
    return [role.policy];
  }

  public reserveSubscription(scope: IConstruct): void {
    if (this.subscriptions >= CODE_ENGINE_MAX_COS_SUBSCRIPTIONS) {
      throw new ConfigurationError(scope, `Code Engine project ${this.node.path} already has ${this.subscriptions} COS subscriptions; Code Engine allows ${CODE_ENGINE_MAX_COS_SUBSCRIPTIONS} per project.`,
        'merge notifications with a shorter common prefix, or use a second project.');
    }
    this.subscriptions += 1;
  }
}

/** A Code Engine project (`ibm_code_engine_project`) in the provider's region. */
export class CodeEngineProject extends CodeEngineProjectBase {
  /** An existing project, by ID (a GUID) and CRN. */
  public static fromProjectId(scope: Construct, id: string, projectId: string, options: ImportedCodeEngineProjectOptions): ICodeEngineProject {
    return new ImportedCodeEngineProject(scope, id, projectId, options);
  }

  public readonly projectId: string;
  public readonly crn: string;
  public readonly region: string;
  public readonly resourceGroupId: string;
  public readonly placement: ResolvedIbmPlacement;
  public readonly project: CodeEngineProjectResource;
  protected readonly authorize: boolean;

  constructor(scope: Construct, id: string, props: CodeEngineProjectProps = {}) {
    super(scope, id);
    this.placement = resolveIbmPlacement(this, props);
    this.authorize = props.authorizeNotifications ?? true;
    this.resourceGroupId = resourceGroupId(this, this.placement);
    this.project = new CodeEngineProjectResource(this, 'Project', {
      name: checkName(this, CODE_ENGINE_PROJECT_NAME, props.projectName ?? physicalName(this, dashedNameRules(128))),
      // Optional + ForceNew and not Computed, yet Read writes the API's value back: left unset, the second plan
      // replaces the project (and a deleted project's name stays taken for 7 days). So it is always set.
      resourceGroupId: this.resourceGroupId,
      provider: this.placement.provider,
    });
    this.projectId = this.project.projectId;
    this.crn = this.project.crn;
    this.region = this.placement.literalRegion !== undefined && !this.placement.regionIsDefault ? this.placement.literalRegion : this.project.region;
  }
}

const PROJECT_ID = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/;

class ImportedCodeEngineProject extends CodeEngineProjectBase {
  public readonly crn: string;
  public readonly region: string;
  public readonly resourceGroupId: string;
  public readonly placement: ResolvedIbmPlacement;
  protected readonly authorize: boolean;

  constructor(scope: Construct, id: string, public readonly projectId: string, options: ImportedCodeEngineProjectOptions) {
    super(scope, id);
    if (isLiteral(projectId) && !PROJECT_ID.test(projectId)) {
      throw new ConfigurationError(this, `${JSON.stringify(projectId)} is not a Code Engine project ID.`, 'pass the project GUID (`ibmcloud ce project get --name <name>` shows it as ID).');
    }
    this.placement = resolveIbmPlacement(this, options);
    if (this.placement.literalRegion === undefined) {
      throw new ConfigurationError(this, `The region of imported project ${projectId} is unknown.`, 'pass { region } or give the provider a literal region.');
    }
    this.region = this.placement.literalRegion;
    this.resourceGroupId = resourceGroupId(this, this.placement);
    this.crn = options.crn;
    this.authorize = options.authorizeNotifications ?? true;
  }
}
