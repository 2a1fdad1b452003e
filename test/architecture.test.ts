import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The layers of src/, highest first (docs/architecture.md draws them). A module may import only
 * from layers below its own; modules of one layer do not import each other.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['main'],
  ['app'],
  ['codegen'],
  ['http', 'realtime'],
  ['deps'],
  ['gateways', 'quotas'],
  ['tenancy'],
  ['store'],
  ['bus', 'limits'],
  ['observability'],
  ['version'],
  ['config', 'package-root'],
  ['errors'],
];

export interface ModuleImport {
  /** e.g. `src/realtime/server.ts` */
  file: string;
  from: string;
  to: string;
}

/** Top-level module of a path under src/: its folder, or the file name for files at the root. */
function moduleOf(relative: string): string {
  const [first = '', second] = relative.split('/');
  return second === undefined ? first.replace(/\.ts$/, '') : first;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Every relative import between two different top-level modules of `srcDir`. */
export function moduleImports(srcDir: string): ModuleImport[] {
  const found: ModuleImport[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const from = moduleOf(path.relative(srcDir, file).split(path.sep).join('/'));
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      const target = path
        .relative(srcDir, path.resolve(path.dirname(file), specifier))
        .split(path.sep)
        .join('/');
      if (target.startsWith('..')) continue; // generated/, contract-tests/: outside the layers
      const to = moduleOf(target.replace(/\.js$/, '.ts'));
      if (to !== from) found.push({ file: path.relative(path.dirname(srcDir), file), from, to });
    }
  }
  return found;
}

function layerOf(module: string): number {
  return LAYERS.findIndex((layer) => layer.includes(module));
}

/** Imports that do not point strictly down the layers, as `file: from → to` lines. */
export function layerViolations(imports: readonly ModuleImport[]): string[] {
  return imports
    .filter(({ from, to }) => layerOf(from) === -1 || layerOf(to) === -1 || layerOf(to) <= layerOf(from))
    .map(({ file, from, to }) => `${file}: ${from} → ${to}`);
}

/** Cycles in the graph of top-level modules, each as `a → b → … → a`. */
export function moduleCycles(imports: readonly ModuleImport[]): string[] {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) edges.set(from, (edges.get(from) ?? new Set()).add(to));
  const cycles = new Set<string>();
  const visit = (module: string, trail: string[]): void => {
    const at = trail.indexOf(module);
    if (at !== -1) {
      const cycle = trail.slice(at);
      // One spelling per cycle: start at its alphabetically first module.
      const start = cycle.indexOf([...cycle].sort()[0] ?? module);
      const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
      cycles.add([...rotated, rotated[0]].join(' → '));
      return;
    }
    for (const next of edges.get(module) ?? []) visit(next, [...trail, module]);
  };
  for (const module of edges.keys()) visit(module, []);
  return [...cycles].sort();
}

describe('architecture: src/ layers', () => {
  const imports = moduleImports(SRC);

  it('places every top-level module of src/ in a layer', () => {
    const relative = sourceFiles(SRC).map((file) => path.relative(SRC, file).split(path.sep).join('/'));
    const modules = new Set(relative.map(moduleOf));
    expect([...modules].filter((module) => layerOf(module) === -1)).to.deep.equal([]);
  });

  it('has imports that only point down the layers (transport → domain → store, bus, config …)', () => {
    expect(layerViolations(imports)).to.deep.equal([]);
  });

  it('has no cycle between top-level modules', () => {
    expect(moduleCycles(imports)).to.deep.equal([]);
  });

  it('keeps the WebSocket transport independent of the HTTP one', () => {
    expect(imports.filter(({ from, to }) => from === 'realtime' && to === 'http')).to.deep.equal([]);
  });

  it('finds a cycle and an upward import when there is one', () => {
    const given: ModuleImport[] = [
      { file: 'src/services/gateways.ts', from: 'services', to: 'events' },
      { file: 'src/events/fleet.ts', from: 'events', to: 'services' },
      { file: 'src/store/pg.ts', from: 'store', to: 'http' },
    ];
    expect(moduleCycles(given)).to.deep.equal(['events → services → events']);
    expect(layerViolations(given)).to.include('src/store/pg.ts: store → http');
  });
});
