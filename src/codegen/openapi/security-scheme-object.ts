import { resolveLocal, type OpenApiDocument, type SecuritySchemeObject } from './document.js';
import type { SecuritySchemeModel } from './model.js';
import { camelCase } from './names.js';

/** Client options the REST client always has; scheme options must not take these names. */
const RESERVED_OPTIONS = new Set(['baseUrl', 'fetch', 'headers', 'bearerToken', 'apiKey']);

/**
 * Security schemes (OpenAPI 3.1 §4.8.27), sorted by name: each becomes a client option named after
 * it (`adminToken` → `adminToken`) and a rule for where its credential goes.
 */
export function transformSecuritySchemes(document: OpenApiDocument): SecuritySchemeModel[] {
  const schemes = document.components?.securitySchemes ?? {};
  return Object.keys(schemes)
    .sort()
    .map((name) => {
      const { value } = resolveLocal<SecuritySchemeObject>(document, schemes[name] as SecuritySchemeObject);
      let optionName = camelCase(name);
      if (RESERVED_OPTIONS.has(optionName)) optionName = `${optionName}Credential`;
      const model: SecuritySchemeModel = { name, optionName, kind: kindOf(value), description: describe(name, value) };
      if (value.type === 'apiKey') {
        model.in = value.in ?? 'header';
        model.parameterName = value.name ?? name;
      }
      return model;
    });
}

function kindOf(scheme: SecuritySchemeObject): SecuritySchemeModel['kind'] {
  if (scheme.type === 'apiKey') return 'apiKey';
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') return 'basic';
  if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return 'bearer';
  return 'unsupported';
}

function describe(name: string, scheme: SecuritySchemeObject): string {
  switch (kindOf(scheme)) {
    case 'apiKey':
      return `API key for scheme \`${name}\`, sent in ${scheme.in ?? 'header'} \`${scheme.name ?? name}\`.`;
    case 'basic':
      return `\`user:password\` for scheme \`${name}\` (HTTP Basic).`;
    case 'bearer':
      return `Token for scheme \`${name}\`, sent as \`Authorization: Bearer <token>\`.`;
    default:
      return `Scheme \`${name}\` (${scheme.type}) is not applied by this client.`;
  }
}
