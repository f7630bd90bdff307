/**
 * Post-processing of the generated bindings: block and map references are created on first use.
 *
 * The generator gives every resource, data source, provider and nested block class one eagerly built reference per
 * block or computed map attribute (`private _timeouts = new XTimeoutsOutputReference(this, "timeouts");`). cdktf
 * captures a full stack trace for each one it constructs, and almost none are ever used. This rewrites each such
 * field into an optional backing field and a private getter that creates the reference, with the same class and
 * arguments, on first use. Reads of `internalValue` alone go through the backing field and give what a fresh
 * reference gives (undefined). The constructor and a block's `internalValue` setter skip writing `undefined` to a
 * reference that does not exist yet (a fresh generated reference's setter leaves it unchanged for `undefined`);
 * `putX`, `resetX` and the public getter create it. Every use of a rewritten field must match a known form, or this throws: a generator
 * upgrade cannot leave an eager field or a half-rewritten class behind silently.
 */

/** A reference field as the generator writes it. */
const REFERENCE_FIELD = /^  private (_[A-Za-z0-9]+) = new ((?:cdktf\.)?[A-Za-z0-9]+)\((this, "[a-z0-9_]+"(?:, (?:true|false))?)\);$/;
/** Any class field built with `new`: what REFERENCE_FIELD must match, so a changed form is caught, not skipped. */
const FIELD_WITH_NEW = /^\s*(?:(?:private|protected|public|readonly|static|declare)\s+)*#?[A-Za-z0-9_$]+\??\s*(?::[^=()]+)?=\s*new\b/;
/** The start of a class member at the generator's indentation: its kind (get/set) and name. */
const MEMBER_START = /^  (?:(?:public|private|protected|static|readonly|async)\s+)*(?:(get|set)\s+)?([A-Za-z0-9_]+)\s*\(/;
const CLASS_START = /^(?:export )?(?:abstract )?class ([A-Za-z0-9_]+)\b/;

/** Thrown when a generated line looks like something this rewrite handles but has a form it does not know. */
export class LazyReferenceError extends Error {
  public constructor(file: string, lineNumber: number, line: string, why: string) {
    super(`${file}:${lineNumber}: ${why}: "${line.trim()}". Extend scripts/lazy-references.ts for this form, then run "npm run gen".`);
    this.name = 'LazyReferenceError';
  }
}

/** One reference field of a class. */
interface ReferenceField {
  /** The private name the generated code uses (`_timeouts`); after the rewrite, the getter that creates it. */
  readonly name: string;
  /** The backing field: the reference once it has been created, else undefined. */
  readonly backing: string;
  /** The public attribute (`timeouts`). */
  readonly attribute: string;
}

/** Rewrites the reference fields of one generated TypeScript file; `file` names it in errors. */
export function makeReferencesLazy(source: string, file: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  let classStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || CLASS_START.test(lines[i])) {
      if (classStart >= 0) out.push(...rewriteClass(lines.slice(classStart, i), classStart, file));
      else out.push(...lines.slice(0, i));
      classStart = i;
    }
  }
  return out.join('\n');
}

/** Rewrites one class, from its `export class` line up to the next class; `offset` is its first line's index. */
function rewriteClass(lines: string[], offset: number, file: string): string[] {
  const fields = new Map<string, ReferenceField>();
  lines.forEach((line, i) => {
    const match = REFERENCE_FIELD.exec(line);
    if (!match) {
      if (FIELD_WITH_NEW.test(line) && !/^\s*(return|const|let|var)\b/.test(line)) {
        throw new LazyReferenceError(file, offset + i + 1, line, 'field initializer of an unknown form');
      }
      return;
    }
    const name = match[1];
    const field = { name, backing: `${name}IfCreated`, attribute: name.slice(1) };
    if (lines.some((l) => l.includes(field.backing))) {
      throw new LazyReferenceError(file, offset + i + 1, line, `the class already uses the name ${field.backing}`);
    }
    fields.set(name, field);
  });
  if (fields.size === 0) return lines;

  const out: string[] = [];
  let member: { kind?: string; name: string } | undefined;
  lines.forEach((line, i) => {
    const start = MEMBER_START.exec(line);
    if (start) member = { kind: start[1], name: start[2] };
    const field = REFERENCE_FIELD.exec(line);
    if (field) {
      const { backing } = fields.get(field[1])!;
      out.push(
        `  private ${backing}?: ${field[2]};`,
        `  private get ${field[1]}(): ${field[2]} {`,
        `    return this.${backing} ??= new ${field[2]}(${field[3]});`,
        '  }',
      );
      return;
    }
    const used = [...fields.values()].filter((f) => new RegExp(`this\\.${f.name}(?![A-Za-z0-9_$])`).test(line));
    if (used.length === 0) {
      out.push(line);
      return;
    }
    const fail = (why: string): never => {
      throw new LazyReferenceError(file, offset + i + 1, line, why);
    };
    if (used.length > 1) fail('more than one reference field on one line');
    out.push(...rewriteUse(line, used[0], member, fail));
  });
  return out;
}

/** The rewrite of one line that uses a reference field, by the member it is in; `fail` throws for unknown forms. */
function rewriteUse(
  line: string,
  field: ReferenceField,
  member: { kind?: string; name: string } | undefined,
  fail: (why: string) => never,
): string[] {
  const { name, backing, attribute } = field;
  const capitalized = attribute.charAt(0).toUpperCase() + attribute.slice(1);
  const ref = `this.${name}`;
  const read = `this.${backing}?.internalValue`;
  const indent = /^\s*/.exec(line)![0];
  const body = line.trim();
  const where = member ? `${member.kind ?? ''} ${member.name}`.trim() : 'outside any member';

  // Uses that need the reference itself create it through the getter: unchanged.
  if (member?.kind === 'get' && member.name === attribute && body === `return ${ref};`) return [line];
  if (member?.kind === undefined && member?.name === `put${capitalized}` && body === `${ref}.internalValue = value;`) return [line];
  if (member?.kind === undefined && member?.name === `reset${capitalized}` && body === `${ref}.internalValue = undefined;`) return [line];

  // Reads of the value alone: a reference not yet created holds none.
  if (member?.kind === 'get' && member.name === `${attribute}Input` && body === `return ${ref}.internalValue;`) {
    return [`${indent}return ${read};`];
  }
  if (member?.kind === 'get' && member.name === 'internalValue') {
    if (body === `if (${ref}?.internalValue !== undefined) {` || new RegExp(`^internalValueResult\\.${attribute} = this\\.${name}\\?\\.internalValue;$`).test(body)) {
      return [line.replace(`${ref}?.internalValue`, read)];
    }
  }
  if ((member?.name === 'synthesizeAttributes' || member?.name === 'synthesizeHclAttributes') && member.kind === undefined) {
    // `key: mapper(this._x.internalValue),` (JSON) or `value: mapper(this._x.internalValue),` (HCL)
    const mapped = new RegExp(`^[a-z0-9_]+: [A-Za-z0-9_.]+(?:\\([A-Za-z0-9_]+, (?:true|false)\\))?\\(this\\.${name}\\.internalValue\\),$`);
    if (mapped.test(body)) {
      return [line.replace(`${ref}.internalValue`, read)];
    }
  }

  // Writes: setting undefined on a reference that does not exist yet would leave a fresh one unchanged, so skip it.
  if (member?.name === 'constructor' && member.kind === undefined) {
    const assigned = new RegExp(`^this\\.${name}\\.internalValue = (config\\.[A-Za-z0-9_]+);$`).exec(body);
    if (assigned) {
      return [`${indent}if (${assigned[1]} !== undefined) {`, `${indent}  ${body}`, `${indent}}`];
    }
  }
  if (member?.kind === 'set' && member.name === 'internalValue') {
    if (body === `${ref}.internalValue = undefined;`) {
      return [`${indent}if (this.${backing} !== undefined) {`, `${indent}  this.${backing}.internalValue = undefined;`, `${indent}}`];
    }
    const assigned = new RegExp(`^this\\.${name}\\.internalValue = (value\\.[A-Za-z0-9_]+);$`).exec(body);
    if (assigned) {
      return [`${indent}if (${assigned[1]} !== undefined || this.${backing} !== undefined) {`, `${indent}  ${body}`, `${indent}}`];
    }
  }
  return fail(`use of ${name} of an unknown form (in ${where})`);
}
