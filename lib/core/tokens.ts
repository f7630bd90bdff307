import { DefaultTokenResolver, StringConcat, TerraformElement, TerraformStack, TerraformVariable, Token, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';

/** A string known at synth time: not a Terraform reference or other unresolved token. */
export function isLiteral(value: string | undefined): value is string {
  return value !== undefined && !Token.isUnresolved(value);
}

/**
 * Terraform reads `${` and `%{` in every string of the synthesized JSON as template syntax; a prefix such as
 * `in/${x}/` must reach the cloud literally, so they are doubled. cdktf's own token markers are left alone.
 */
export function escapeTerraformTemplate(text: string): string {
  return text.replace(/\$\{(?!TfToken\[)/g, () => '$${').replace(/%\{/g, () => '%%{');
}

const RESOLVER = new DefaultTokenResolver(new StringConcat());

const REFERENCES = new WeakMap<IConstruct, Map<string, string>>();

/**
 * One reference per construct and attribute: every read of a generated attribute getter makes a new cdktf token,
 * with a full stack trace. For what every construct of a stack asks for (the account of a shared data source).
 */
export function referenceOnce<T extends IConstruct>(construct: T, attribute: string, read: (construct: T) => string): string {
  let byAttribute = REFERENCES.get(construct);
  if (!byAttribute) REFERENCES.set(construct, byAttribute = new Map());
  let reference = byAttribute.get(attribute);
  if (reference === undefined) byAttribute.set(attribute, reference = read(construct));
  return reference;
}

/** A value as the synthesized JSON of `scope`'s stack will hold it: lazy values computed, references as `${...}`. */
export function resolveIn(scope: IConstruct, value: unknown): unknown {
  return Tokenization.resolve(value, { scope, preparing: false, resolver: RESOLVER });
}

/** cdktf's markers for unresolved strings and lists; numbers are encoded as huge doubles, tried one by one. */
const TOKEN_MARKER = /[$#]\{TfToken\[TOKEN\.\d+\]\}|-?\d\.\d+e[+-]\d{3}/g;
/** A quoted value that is nothing but one marker: rendered without the quotes. */
const QUOTED_TOKEN = /"([$#]\{TfToken\[TOKEN\.\d+\]\})"/g;

let rendering = false;

/**
 * A message's text with every unresolved token written as what it stands for: "the bucket of photos/Photos/Bucket",
 * "Terraform variable region", or the lazy value's own text once it can be computed. Raw markers such as
 * `${TfToken[TOKEN.0]}` mean nothing to a reader and change from run to run.
 */
export function renderTokens(scope: IConstruct, text: string): string {
  return text
    .replace(QUOTED_TOKEN, (_, marker: string) => describeToken(scope, marker))
    .replace(TOKEN_MARKER, (marker) => (isNumberMarker(marker) && Tokenization.reverseNumber(Number(marker)) === undefined
      ? marker : `<${describeToken(scope, marker)}>`));
}

function isNumberMarker(marker: string): boolean {
  return !marker.includes('TfToken');
}

function describeToken(scope: IConstruct, marker: string): string {
  const fallback = 'a value known only at plan time';
  if (rendering) return fallback;
  rendering = true;
  try {
    const token = isNumberMarker(marker) ? Tokenization.reverseNumber(Number(marker)) : Tokenization.reverseString(marker).firstToken;
    if (token === undefined) return fallback;
    const stack = TerraformStack.of(scope);
    const resolved = resolveIn(stack, token);
    if (typeof resolved !== 'string') return `${fallback} (${JSON.stringify(resolved)})`;
    return describeExpression(stack, resolved);
  } catch {
    return fallback;
  } finally {
    rendering = false;
  }
}

/** `${type.id.attr}`, `${data.type.id.attr}` or `${var.name}` as the construct it belongs to. */
function describeExpression(stack: TerraformStack, text: string): string {
  const whole = /^\$\{([^{}]*)\}$/.exec(text);
  if (!whole) return /\$\{/.test(text) ? `the Terraform expression ${text}` : JSON.stringify(text);
  const expression = whole[1];
  const variable = /^var\.([A-Za-z0-9_-]+)$/.exec(expression);
  if (variable) {
    const found = stack.node.findAll().find((c): c is TerraformVariable => c instanceof TerraformVariable && c.friendlyUniqueId === variable[1]);
    return `Terraform variable ${variable[1]}${found ? ` (${found.node.path})` : ''}`;
  }
  const reference = /^(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.(.+)$/.exec(expression);
  if (reference) {
    const [, data, type, id, attribute] = reference;
    const matches = (c: IConstruct): c is TerraformElement =>
      c instanceof TerraformElement && c.friendlyUniqueId === id && (c as unknown as { terraformResourceType?: string }).terraformResourceType === type;
    // A reference to another stack's resource resolves to that resource's own address.
    const element = stack.node.findAll().find(matches) ?? stack.node.root.node.findAll().find(matches);
    if (element) return `the ${attribute} of ${data ? 'data source ' : ''}${element.node.path}`;
  }
  return `the Terraform expression ${text}`;
}
