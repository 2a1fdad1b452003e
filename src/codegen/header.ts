import path from 'node:path';

/**
 * The name of a spec as it appears in generated headers: relative to `cwd` (POSIX separators)
 * when the file is inside it, else its base name, so output never contains absolute paths.
 */
export function specLabel(specPath: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, specPath));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return path.basename(specPath);
  return relative.split(path.sep).join('/');
}

/**
 * First line of every generated TypeScript file.
 *
 * @example generatedHeader(['specs/openapi.yaml'])
 * // → '// generated from specs/openapi.yaml by clawgate, do not edit\n'
 */
export function generatedHeader(sources: readonly string[]): string {
  return `// generated from ${sources.join(' and ')} by clawgate, do not edit\n`;
}

/** The same notice for JSON files, which cannot hold comments: put it in `$comment`. */
export function generatedJsonComment(sources: readonly string[]): string {
  return `generated from ${sources.join(' and ')} by clawgate, do not edit`;
}

/** Serialises a JSON document with the notice as its first key and a trailing newline. */
export function generatedJson(sources: readonly string[], value: Record<string, unknown>): string {
  return `${JSON.stringify({ $comment: generatedJsonComment(sources), ...value }, null, 2)}\n`;
}
