import { Tokenization } from 'cdktf';

/** The size of a string's literal parts, and how many unresolved tokens it holds (whose sizes are not known). */
export function literalBytes(value: string): { readonly bytes: number; readonly tokens: number } {
  const fragments = Tokenization.reverseString(value);
  const bytes = fragments.literals.reduce((n: number, l: unknown) => n + Buffer.byteLength(String(l)), 0);
  return { bytes, tokens: fragments.tokens.length };
}
