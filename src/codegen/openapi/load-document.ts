import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BaseResolver, bundle, createConfig, lintDocument, makeDocumentFromString } from '@redocly/openapi-core';
import { parse as parseYaml } from 'yaml';
import { InvalidSpecError } from '../types.js';
import type { OpenApiDocument } from './document.js';

/**
 * Reads, parses, validates and bundles an OpenAPI 3.0/3.1 document.
 * Every problem surfaces as `InvalidSpecError` naming `label` (the file as the user knows it).
 */
export async function loadOpenApiDocument(specPath: string, label: string): Promise<OpenApiDocument> {
  // 1. Read.
  const absolutePath = path.resolve(specPath);
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (err) {
    throw new InvalidSpecError(label, [`cannot read the file: ${(err as Error).message}`]);
  }

  // 2. Parse (YAML is a superset of JSON), with line numbers in errors.
  let parsed: unknown;
  try {
    parsed = parseYaml(text, { prettyErrors: true });
  } catch (err) {
    throw new InvalidSpecError(label, [`not valid YAML/JSON: ${(err as Error).message}`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidSpecError(label, ['the document is not an object']);
  }

  // 3. Version: only OpenAPI 3.0.x and 3.1.x.
  const record = parsed as Record<string, unknown>;
  if ('swagger' in record) {
    throw new InvalidSpecError(label, [
      `Swagger ${String(record.swagger)} is not supported: convert it to OpenAPI 3.x`,
    ]);
  }
  if (typeof record.openapi !== 'string' || !/^3\.[01]\.\d+/.test(record.openapi)) {
    throw new InvalidSpecError(label, [
      `"openapi" must be a 3.0.x or 3.1.x version string, got ${JSON.stringify(record.openapi ?? null)}`,
    ]);
  }

  // 4. Structural validation (Redocly's "minimal" ruleset: the OpenAPI schema, unresolved refs,
  //    unique operationIds and path parameters declared).
  const config = await createConfig({
    extends: ['minimal'],
    rules: { 'operation-operationId-unique': 'error', 'path-parameters-defined': 'error' },
  });
  const resolver = new BaseResolver(config.resolve);
  const document = makeDocumentFromString(text, absolutePath);
  const lintProblems = await lintDocument({ document, config: config.styleguide, externalRefResolver: resolver });
  const errors = lintProblems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => {
      const location = problem.location[0];
      if (location?.pointer === undefined) return problem.message;
      // Problems inside an external $ref'd file name that file, relative to the spec.
      const file =
        location.source.absoluteRef === absolutePath
          ? ''
          : path.relative(path.dirname(absolutePath), location.source.absoluteRef);
      return `${problem.message} (at ${file}${location.pointer.replace(/^#/, file === '' ? '' : '#')})`;
    });
  if (errors.length > 0) throw new InvalidSpecError(label, errors);

  // 5. Bundle external refs into one document; local refs stay as they are.
  const bundled = await bundle({ config, doc: document, dereference: false, externalRefResolver: resolver });
  const bundleErrors = bundled.problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => problem.message);
  if (bundleErrors.length > 0) throw new InvalidSpecError(label, bundleErrors);
  return bundled.bundle.parsed as OpenApiDocument;
}
