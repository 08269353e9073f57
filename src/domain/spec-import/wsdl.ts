import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ExtractedOperation, SpecImportResult, SpecIssue } from './types';

const WSDL11_NS = 'http://schemas.xmlsoap.org/wsdl/';
const WSDL20_NS = 'http://www.w3.org/ns/wsdl';

// Elements that may repeat; fast-xml-parser otherwise gives an object for one and an array for two.
const REPEATED = new Set([
  'service',
  'port',
  'endpoint',
  'binding',
  'portType',
  'interface',
  'operation',
  'message',
  'part',
  'fault',
  'schema',
  'element',
  'import',
  'include',
]);

type Xml = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
  // Entity expansion is bounded (a "billion laughs" document must not exhaust a Worker).
  processEntities: {
    enabled: true,
    maxEntityCount: 50,
    maxTotalExpansions: 1000,
    maxExpandedLength: 100_000,
  },
});

const META = XMLParser.getMetaDataSymbol();

const list = (v: unknown): Xml[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is Xml => typeof x === 'object' && x !== null,
  );
const attr = (node: Xml | undefined, name: string) =>
  typeof node?.[`@${name}`] === 'string' ? (node[`@${name}`] as string) : '';
/** The local part of a QName attribute value (`tns:CalculatorSoap` -> `CalculatorSoap`). */
const local = (qname: string) => qname.slice(qname.indexOf(':') + 1);

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(text).join(' ');
  if (typeof v === 'object' && v !== null) return text((v as Xml)['#text']);
  return '';
}
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

export function lineAt(content: string, offset: number): number {
  let line = 1;
  for (let i = content.indexOf('\n'); i !== -1 && i < offset; i = content.indexOf('\n', i + 1)) line++;
  return line;
}

/** A plain JSON copy of a parsed XML fragment (drops the parser's metadata symbol). */
const plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/**
 * Reads a WSDL 1.1 (`definitions`) or 2.0 (`description`) document: its services and, through
 * their bindings, the operations of the port types (1.1) or interfaces (2.0) they expose. Each
 * operation becomes `{ method: 'SOAP', path: '<service>/<operation>' }`; the request and response
 * name their message/element and carry the XML Schema element declaration when the document
 * holds it. A WSDL without services lists the operations of every port type/interface instead.
 */
export function parseWsdl(content: string): SpecImportResult {
  const wellFormed = XMLValidator.validate(content);
  if (wellFormed !== true) {
    return {
      ok: false,
      errors: [{ message: `not well-formed XML: ${wellFormed.err.msg}`, line: wellFormed.err.line }],
    };
  }
  let doc: Xml;
  try {
    doc = parser.parse(content) as Xml;
  } catch (e) {
    // e.g. an external entity (never resolved) or an entity expansion past the limits.
    return { ok: false, errors: [{ message: `invalid XML: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const errors: SpecIssue[] = [];
  const lineOf = (node: Xml | undefined) => {
    const meta = node?.[META as unknown as string] as { startIndex?: number } | undefined;
    return meta?.startIndex === undefined ? undefined : lineAt(content, meta.startIndex);
  };

  const v11 = doc.definitions !== undefined && content.includes(WSDL11_NS);
  const v20 = doc.description !== undefined && content.includes(WSDL20_NS);
  const root = list(v11 ? doc.definitions : v20 ? doc.description : undefined)[0];
  if (!root) {
    return {
      ok: false,
      errors: [
        {
          message:
            'not a WSDL document: the root element must be a WSDL 1.1 <definitions> or WSDL 2.0 <description>',
          line: 1,
        },
      ],
    };
  }

  const elements = new Map<string, Xml>();
  for (const schema of list((root.types as Xml | undefined)?.schema)) {
    for (const el of list(schema.element)) elements.set(attr(el, 'name'), el);
  }
  const byName = (nodes: unknown) => new Map(list(nodes).map((n) => [attr(n, 'name'), n]));
  const messages = byName(root.message);
  const abstract = byName(v11 ? root.portType : root.interface);
  const bindings = byName(root.binding);
  const abstractKind = v11 ? 'portType' : 'interface';

  const describe = (io: Xml | undefined) => {
    if (!io) return null;
    if (v20) {
      const element = attr(io, 'element');
      return element ? { element, schema: plain(elements.get(local(element))) ?? null } : null;
    }
    const messageName = attr(io, 'message');
    if (!messageName) return null;
    const message = messages.get(local(messageName));
    return {
      message: messageName,
      parts: list(message?.part).map((p) => {
        const element = attr(p, 'element');
        return {
          name: attr(p, 'name'),
          ...(element ? { element, schema: plain(elements.get(local(element))) ?? null } : {}),
          ...(attr(p, 'type') ? { type: attr(p, 'type') } : {}),
        };
      }),
    };
  };

  const operations: ExtractedOperation[] = [];
  const seen = new Set<string>();
  const emit = (prefix: string, abstractName: string) => {
    for (const op of list(abstract.get(abstractName)?.operation)) {
      const name = attr(op, 'name');
      const path = `${prefix}/${name}`;
      if (!name || seen.has(path)) continue;
      seen.add(path);
      const doc = clean(text(op.documentation));
      const first = doc.split(/(?<=[.!?])\s/)[0] ?? '';
      operations.push({
        method: 'SOAP',
        path,
        operationId: name,
        summary: first.length > 200 ? `${first.slice(0, 197)}...` : first,
        description: doc,
        tags: [abstractName],
        parameters: [],
        requestSchema: describe(list(op.input)[0]),
        responseSchema: describe(list(op.output)[0]),
      });
    }
  };

  const services = list(root.service);
  for (const service of services) {
    const serviceName = attr(service, 'name');
    if (v20) {
      const iface = local(attr(service, 'interface'));
      if (!abstract.has(iface)) {
        errors.push({
          message: `service "${serviceName}" names an unknown interface "${attr(service, 'interface')}"`,
          line: lineOf(service),
        });
      } else emit(serviceName, iface);
      continue;
    }
    for (const port of list(service.port)) {
      const binding = bindings.get(local(attr(port, 'binding')));
      if (!binding) {
        errors.push({
          message: `port "${attr(port, 'name')}" of service "${serviceName}" names an unknown binding "${attr(port, 'binding')}"`,
          line: lineOf(port),
        });
        continue;
      }
      const portType = local(attr(binding, 'type'));
      if (!abstract.has(portType)) {
        errors.push({
          message: `binding "${attr(binding, 'name')}" names an unknown portType "${attr(binding, 'type')}"`,
          line: lineOf(binding),
        });
        continue;
      }
      emit(serviceName, portType);
    }
  }
  if (services.length === 0) for (const name of abstract.keys()) emit(name, name);
  if (errors.length) return { ok: false, errors };
  if (operations.length === 0) {
    const imports = list(root.import).map((i) => attr(i, 'location') || attr(i, 'namespace'));
    return {
      ok: false,
      errors: [
        {
          message: imports.length
            ? `the WSDL declares no operations itself and imports ${imports.map((i) => `"${i}"`).join(', ')}, which is not fetched: upload the document that holds the ${abstractKind}`
            : `the WSDL declares no operations (no ${abstractKind} with an operation)`,
        },
      ],
    };
  }
  return {
    ok: true,
    format: 'wsdl',
    mediaType: 'application/wsdl+xml',
    title: attr(services[0], 'name') || attr(root, 'name') || '',
    version: '',
    operations,
  };
}
