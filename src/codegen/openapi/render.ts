/** Small string helpers shared by the OpenAPI templates. */

/** A JSDoc block (indented), or '' when there is nothing to say. `*\/` in spec text is defused. */
export function jsdoc(lines: ReadonlyArray<string | undefined>, indent = ''): string {
  const kept = lines
    .filter((line): line is string => line !== undefined && line.trim() !== '')
    .flatMap((line) => line.replace(/\*\//g, '*\\/').split('\n'))
    .map((line) => line.trimEnd());
  if (kept.length === 0) return '';
  if (kept.length === 1) return `${indent}/** ${kept[0]} */\n`;
  return `${indent}/**\n${kept.map((line) => `${indent} *${line === '' ? '' : ` ${line}`}`).join('\n')}\n${indent} */\n`;
}

/** A literal value rendered as TypeScript source with stable formatting. */
export function literal(value: unknown): string {
  return JSON.stringify(value);
}

/** `a | b | c`, `never` when empty, parenthesised members left to the caller. */
export function union(types: readonly string[], empty = 'never'): string {
  const unique = [...new Set(types)];
  return unique.length === 0 ? empty : unique.join(' | ');
}
