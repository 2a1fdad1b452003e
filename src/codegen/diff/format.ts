import type { SpecChange } from './types.js';

/** Human-readable report of `diffSpecs` output, breaking changes first. */
export function formatChanges(changes: readonly SpecChange[], revision: string): string {
  const breaking = changes.filter((c) => c.kind === 'breaking');
  const compatible = changes.filter((c) => c.kind !== 'breaking');
  if (changes.length === 0) return `No changes to the specs since ${revision}.\n`;
  const lines: string[] = [];
  const section = (title: string, list: readonly SpecChange[], mark: string): void => {
    if (list.length === 0) return;
    lines.push(`${title} (${list.length}):`);
    for (const c of list) lines.push(`  ${mark} [${c.rule}] ${c.spec} ${c.location}: ${c.message}`);
    lines.push('');
  };
  section(`Breaking changes since ${revision}`, breaking, '✗');
  section(`Non-breaking changes since ${revision}`, compatible, '+');
  lines.push(breaking.length > 0 ? `${breaking.length} breaking change(s).` : 'No breaking changes.');
  return `${lines.join('\n')}\n`;
}
