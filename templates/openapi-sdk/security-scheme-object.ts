import type { SecuritySchemeModel } from '../../src/codegen/openapi/model.js';
import { jsdoc } from '../../src/codegen/openapi/render.js';

/** The client option carrying one scheme's credential. */
export function renderSchemeOption(scheme: SecuritySchemeModel): string {
  if (scheme.kind === 'unsupported') return '';
  return `${jsdoc([scheme.description], '  ')}  ${scheme.optionName}?: string;\n`;
}

/** The runtime rule for one scheme: which option and fallback hold it and where it goes. */
export function renderSchemeRule(scheme: SecuritySchemeModel): string {
  const fields = [`kind: ${JSON.stringify(scheme.kind)}`, `option: ${JSON.stringify(scheme.optionName)}`];
  if (scheme.in !== undefined) fields.push(`in: ${JSON.stringify(scheme.in)}`);
  if (scheme.parameterName !== undefined) fields.push(`name: ${JSON.stringify(scheme.parameterName)}`);
  return `  ${JSON.stringify(scheme.name)}: { ${fields.join(', ')} },\n`;
}
