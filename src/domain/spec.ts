import type { SPEC_FORMATS } from '../../db/schema/apis';

export type SpecFormat = (typeof SPEC_FORMATS)[number];

/**
 * Recognises what kind of API description a document is, from its content: OpenAPI 3.x,
 * Swagger 2.0 (JSON or YAML) or WSDL. Returns null for anything else. Pure; full parsing and
 * operation extraction is the spec importer's job.
 */
export function detectSpecFormat(content: string): { format: SpecFormat; mediaType: string } | null {
  const head = content.slice(0, 4096).trimStart();
  if (head.startsWith('<')) {
    return /<(\w+:)?definitions[\s>]|<(\w+:)?description[\s>]/.test(head) && /wsdl/i.test(head)
      ? { format: 'wsdl', mediaType: 'application/wsdl+xml' }
      : null;
  }
  if (head.startsWith('{')) {
    try {
      const doc = JSON.parse(content) as Record<string, unknown>;
      if (typeof doc.openapi === 'string' && doc.openapi.startsWith('3.')) {
        return { format: 'openapi3', mediaType: 'application/json' };
      }
      if (doc.swagger === '2.0') return { format: 'swagger2', mediaType: 'application/json' };
    } catch {
      return null;
    }
    return null;
  }
  if (/^openapi:\s*["']?3\.\d/m.test(head)) return { format: 'openapi3', mediaType: 'application/yaml' };
  if (/^swagger:\s*["']?2\.0/m.test(head)) return { format: 'swagger2', mediaType: 'application/yaml' };
  return null;
}
