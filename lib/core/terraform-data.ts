import { TerraformMetaArguments, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

export interface TerraformDataConfig extends TerraformMetaArguments {
  /** Any value; stored in state and available as `self.input` to (destroy-time) provisioners. */
  readonly input?: unknown;
  /** Any value; a change replaces the resource (runs the destroy and create provisioners again). */
  readonly triggersReplace?: unknown;
}

/**
 * Terraform's built-in `terraform_data` resource, which cdktf 0.21 has no class for: state plus provisioners,
 * with no provider. Used to run CLI commands for things that have no Terraform resource.
 */
export class TerraformData extends TerraformResource {
  public static readonly tfResourceType = 'terraform_data';
  public readonly input?: unknown;
  public readonly triggersReplace?: unknown;

  constructor(scope: Construct, id: string, config: TerraformDataConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      forEach: config.forEach,
      provisioners: config.provisioners,
      connection: config.connection,
    });
    this.input = config.input;
    this.triggersReplace = config.triggersReplace;
  }

  /** The `output` attribute: `input` once applied. */
  public get output(): string {
    return this.getStringAttribute('output');
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { input: this.input, triggers_replace: this.triggersReplace };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return {
      input: { value: this.input, isBlock: false, type: 'simple', storageClassType: 'any' },
      triggers_replace: { value: this.triggersReplace, isBlock: false, type: 'simple', storageClassType: 'any' },
    };
  }
}
