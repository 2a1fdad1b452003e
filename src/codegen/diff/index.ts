/**
 * Breaking-change check between two versions of the specs.
 *
 * @example
 * const changes = diffSpecs({ openapi: { before: oldDoc, after: newDoc } });
 * const breaking = changes.filter((c) => c.kind === 'breaking');
 */
import { diffAsyncApi } from './asyncapi.js';
import { diffOpenApi } from './openapi.js';
import type { DiffInput, Report, SpecChange } from './types.js';

export type { DiffInput, SpecChange, SpecPair } from './types.js';
export { formatChanges } from './format.js';
export {
  readSpecsAtRevision,
  readSpecsInWorkTree,
  repositoryRoot,
  specPairs,
  SPEC_FILES,
  type SpecFiles,
} from './git.js';

/**
 * Compares parsed spec documents (local `$ref`s are followed here). A missing `before` means the
 * file is new (everything is an addition); a missing `after` means it was deleted. Pure: no I/O.
 * Breaking changes come first; within a kind the order is the order of the documents.
 */
export function diffSpecs(input: DiffInput): SpecChange[] {
  const changes: SpecChange[] = [];
  const reporter =
    (spec: SpecChange['spec']): Report =>
    (change) =>
      changes.push({ ...change, spec });
  if (input.openapi && (input.openapi.before !== undefined || input.openapi.after !== undefined)) {
    diffOpenApi(input.openapi.before, input.openapi.after, reporter('openapi'));
  }
  if (input.asyncapi && (input.asyncapi.before !== undefined || input.asyncapi.after !== undefined)) {
    diffAsyncApi(input.asyncapi.before, input.asyncapi.after, reporter('asyncapi'));
  }
  return dedupe([...changes.filter((c) => c.kind === 'breaking'), ...changes.filter((c) => c.kind !== 'breaking')]);
}

/** The same schema reached through several paths reports once per location. */
function dedupe(changes: SpecChange[]): SpecChange[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = `${c.spec}|${c.rule}|${c.location}|${c.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
