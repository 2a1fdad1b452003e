/**
 * `npm run spec:diff -- <git-rev> [--json]`: lists the changes to specs/openapi.yaml and
 * specs/asyncapi.yaml between <git-rev> and the work tree. Exit 1 when any change is breaking,
 * 0 when none is, 2 on a usage or read error.
 */
import {
  diffSpecs,
  formatChanges,
  readSpecsAtRevision,
  readSpecsInWorkTree,
  repositoryRoot,
  specPairs,
} from '../src/codegen/diff/index.js';

const USAGE =
  'usage: npm run spec:diff -- <git-rev> [--json]\n  compares specs/openapi.yaml and specs/asyncapi.yaml at <git-rev> with the work tree';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.filter((arg) => arg.startsWith('--') && arg !== '--json');
  if (positional.length !== 1 || unknown.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const revision = positional[0]!;
  try {
    const root = repositoryRoot(process.cwd());
    const changes = diffSpecs(specPairs(readSpecsAtRevision(root, revision), readSpecsInWorkTree(root)));
    const breaking = changes.some((c) => c.kind === 'breaking');
    if (json) process.stdout.write(`${JSON.stringify({ revision, breaking, changes }, null, 2)}\n`);
    else process.stdout.write(formatChanges(changes, revision));
    return breaking ? 1 : 0;
  } catch (err) {
    process.stderr.write(`spec:diff: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
