import { AssetType, ITerraformDependable, TerraformAsset, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformData } from '../core/terraform-data';
import { CodeEngineBuild } from '../generated/providers/ibm/code-engine-build';
import { ICodeEngineProject } from './code-engine-project';
import { CLI_SESSION_ENVIRONMENT, cliSessionScript, SUBSCRIPTION_INTERPRETER } from './cos-subscription';

/** Build sizes Code Engine offers (`strategy_size`): CPU and memory of the build. */
export type CodeEngineBuildSize = 'small' | 'medium' | 'large' | 'xlarge' | 'xxlarge';

export interface CodeEngineImageBuildProps {
  readonly project: ICodeEngineProject;
  /** Name of the build configuration. */
  readonly name: string;
  /** The context directory (written at synth) that Code Engine builds with its Dockerfile. */
  readonly contextDir: string;
  /** Hash of the context: names its asset folder. */
  readonly contextHash: string;
  /** The image the build pushes, with its tag. */
  readonly outputImage: string;
  /** The registry secret with push rights to the image's namespace. */
  readonly outputSecret: string;
  readonly size: CodeEngineBuildSize;
  /** Seconds the build may take. */
  readonly timeoutSeconds: number;
  /** What must exist first (the registry secret). */
  readonly dependsOn?: readonly ITerraformDependable[];
  readonly provider?: TerraformProvider;
}

/**
 * Submits the build run: the context is uploaded from the synthesized stack's asset folder (`--source`, a local
 * directory, which a build of `source_type = "local"` takes) and built with the build's Dockerfile strategy; the CLI
 * waits until the image is pushed and fails the apply when the build fails, printing its logs. Every value comes from
 * the environment, double-quoted.
 */
export const SUBMIT_BUILD_SCRIPT = [
  cliSessionScript('Code Engine build $CE_BUILD'),
  'ibmcloud ce project select --id "$CE_PROJECT_ID"',
  'if ! ibmcloud ce buildrun submit --build "$CE_BUILD" --source "$CE_SOURCE" --wait --wait-timeout "$CE_BUILD_TIMEOUT"; then',
  '  echo "Code Engine build $CE_BUILD of $CE_SOURCE did not push $CE_IMAGE. See the build run logs above (ibmcloud ce buildrun logs --buildrun <name>) and that the registry secret may push to the namespace (docs/ibm.md)." >&2',
  '  exit 1',
  'fi',
].join('\n');

const ENVIRONMENT: Record<string, string> = {
  ...CLI_SESSION_ENVIRONMENT,
  CE_BUILD: '${self.input.build}',
  CE_SOURCE: '${self.input.source}',
  CE_IMAGE: '${self.input.image}',
  CE_BUILD_TIMEOUT: '${self.input.timeout}',
};

/**
 * The image of a Node.js component, built by Code Engine from the context written at synth (no Docker anywhere):
 * an `ibm_code_engine_build` (local source, Dockerfile strategy, pushing `outputImage`) and a `terraform_data` whose
 * create provisioner submits a build run with the context, in a CLI session of its own (as the COS subscriptions do).
 * The tag is the context's hash, so a change of code or packages builds and deploys a new image and nothing else does.
 */
export class CodeEngineImageBuild extends Construct {
  public readonly context: TerraformAsset;
  public readonly build: CodeEngineBuild;
  public readonly run: TerraformData;
  /** The pushed image, for the app or job (which waits for {@link run}). */
  public readonly imageReference: string;

  constructor(scope: Construct, id: string, props: CodeEngineImageBuildProps) {
    super(scope, id);
    this.context = new TerraformAsset(this, 'Context', { path: props.contextDir, type: AssetType.DIRECTORY, assetHash: props.contextHash });
    this.build = new CodeEngineBuild(this, 'Build', {
      projectId: props.project.projectId,
      name: props.name,
      outputImage: props.outputImage,
      outputSecret: props.outputSecret,
      sourceType: 'local',
      strategyType: 'dockerfile',
      strategySpecFile: 'Dockerfile',
      strategySize: props.size,
      timeout: props.timeoutSeconds,
      dependsOn: props.dependsOn ? [...props.dependsOn] : undefined,
      provider: props.provider,
    });
    const input = {
      region: props.project.region,
      resource_group_id: props.project.resourceGroupId,
      project_id: props.project.projectId,
      build: this.build.name,
      // Relative to the stack directory, where Terraform runs the provisioner.
      source: `\${path.module}/${this.context.path}`,
      image: this.build.outputImage,
      timeout: String(props.timeoutSeconds),
    };
    this.run = new TerraformData(this, 'Run', {
      input,
      // A new context is a new tag: only then is the image built again.
      triggersReplace: { image: props.outputImage },
      provisioners: [{ type: 'local-exec', command: SUBMIT_BUILD_SCRIPT, interpreter: SUBSCRIPTION_INTERPRETER, environment: ENVIRONMENT }],
    });
    this.imageReference = props.outputImage;
  }
}
