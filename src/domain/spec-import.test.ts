import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  describeSpecIssue,
  type ExtractedOperation,
  parseSpec,
  SPEC_IMPORT_MAX_CHARS,
  type SpecImportResult,
} from './spec-import';
import { Expander } from './spec-import/refs';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../test/fixtures/specs/${name}`, import.meta.url)), 'utf8');

function ok(result: SpecImportResult) {
  if (!result.ok) throw new Error(`expected a parsed spec, got ${JSON.stringify(result.errors)}`);
  return result;
}
function failed(result: SpecImportResult) {
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}
const op = (ops: ExtractedOperation[], method: string, path: string) => {
  const found = ops.find((o) => o.method === method && o.path === path);
  if (!found)
    throw new Error(`no ${method} ${path} in ${ops.map((o) => `${o.method} ${o.path}`).join(', ')}`);
  return found;
};
/** Every `$ref` left in an extracted value, with what the importer marked it as. */
function refsLeft(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) refsLeft(x, out);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$ref === 'string')
      out.push(`${o.$ref}${o.circular ? ' circular' : o.truncated ? ' truncated' : ''}`);
    for (const [k, x] of Object.entries(o)) if (k !== 'example') refsLeft(x, out);
  }
  return out;
}

describe('parseSpec: good documents', () => {
  it.each([
    {
      file: 'petstore-swagger2.json',
      format: 'swagger2',
      mediaType: 'application/json',
      title: 'Swagger Petstore',
      version: '1.0.7',
      operations: [
        'POST /pet/{petId}/uploadImage',
        'POST /pet',
        'PUT /pet',
        'GET /pet/findByStatus',
        'GET /pet/findByTags',
        'GET /pet/{petId}',
        'POST /pet/{petId}',
        'DELETE /pet/{petId}',
        'GET /store/inventory',
        'POST /store/order',
        'GET /store/order/{orderId}',
        'DELETE /store/order/{orderId}',
      ],
    },
    {
      file: 'uber-swagger2.yaml',
      format: 'swagger2',
      mediaType: 'application/yaml',
      title: 'Uber API',
      version: '1.0.0',
      operations: ['GET /products', 'GET /estimates/price', 'GET /estimates/time', 'GET /me', 'GET /history'],
    },
    {
      file: 'petstore-openapi3.yaml',
      format: 'openapi3',
      mediaType: 'application/yaml',
      title: 'Swagger Petstore',
      version: '1.0.0',
      operations: ['GET /pets', 'POST /pets', 'GET /pets/{petId}'],
    },
    {
      file: 'webhooks-openapi31.yaml',
      format: 'openapi3',
      mediaType: 'application/yaml',
      title: 'Webhook Example',
      version: '1.0.0',
      operations: ['GET /pets', 'GET /pets/{petId}', 'POST webhook:newPet'],
    },
    {
      file: 'refs-openapi3.json',
      format: 'openapi3',
      mediaType: 'application/json',
      title: 'Layanan Data Kepegawaian',
      version: '2.1.0',
      operations: [
        'GET /pegawai',
        'POST /pegawai',
        'GET /pegawai/{nip}',
        'PUT /pegawai/{nip}',
        'GET /unit-organisasi/{kode}',
      ],
    },
    {
      file: 'calculator.wsdl',
      format: 'wsdl',
      mediaType: 'application/wsdl+xml',
      title: 'Calculator',
      version: '',
      operations: [
        'SOAP Calculator/Add',
        'SOAP Calculator/Subtract',
        'SOAP Calculator/Multiply',
        'SOAP Calculator/Divide',
      ],
    },
    {
      file: 'greath-wsdl20.wsdl',
      format: 'wsdl',
      mediaType: 'application/wsdl+xml',
      title: 'reservationService',
      version: '',
      operations: ['SOAP reservationService/opCheckAvailability'],
    },
  ])('$file: $format with $operations.length operations', ({ file, operations, ...meta }) => {
    const result = ok(parseSpec(fixture(file)));
    expect(result).toMatchObject(meta);
    expect(result.operations.map((o) => `${o.method} ${o.path}`)).toEqual(operations);
    // What the caller stores must survive a round trip through JSON columns unchanged.
    expect(JSON.parse(JSON.stringify(result.operations))).toEqual(result.operations);
  });

  it('reads Swagger 2.0 parameters, body and form data, and responses', () => {
    const ops = ok(parseSpec(fixture('petstore-swagger2.json'))).operations;
    const addPet = op(ops, 'POST', '/pet');
    expect(addPet).toMatchObject({
      operationId: 'addPet',
      summary: 'Add a new pet to the store',
      tags: ['pet'],
    });
    // The body parameter becomes the request schema, fully resolved.
    expect(addPet.parameters).toEqual([]);
    expect(addPet.requestSchema).toMatchObject({
      required: ['name', 'photoUrls'],
      properties: {
        category: { type: 'object', properties: { name: { type: 'string' } } },
        tags: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' } } } },
      },
    });
    expect(addPet.responseSchema).toBeNull(); // only a 405
    const upload = op(ops, 'POST', '/pet/{petId}/uploadImage');
    expect(upload.parameters.map((p) => (p as { in: string }).in)).toEqual(['path', 'formData', 'formData']);
    expect(upload.responseSchema).toMatchObject({ properties: { code: { type: 'integer' } } });
    expect(op(ops, 'GET', '/pet/findByStatus').responseSchema).toMatchObject({
      type: 'array',
      items: { required: ['name', 'photoUrls'] },
    });
    expect(op(ops, 'GET', '/store/inventory').tags).toEqual(['store']);
    for (const o of ops) expect(refsLeft([o.parameters, o.requestSchema, o.responseSchema])).toEqual([]);
  });

  it('reads YAML integer status codes (Swagger 2.0 YAML)', () => {
    const me = op(ok(parseSpec(fixture('uber-swagger2.yaml'))).operations, 'GET', '/me');
    expect(me).toMatchObject({ operationId: null, summary: 'User Profile', tags: ['User'] });
    expect(me.responseSchema).toMatchObject({ properties: { first_name: { type: 'string' } } });
  });

  it('reads OpenAPI 3.0 parameters, request bodies and the success response', () => {
    const ops = ok(parseSpec(fixture('petstore-openapi3.yaml'))).operations;
    const list = op(ops, 'GET', '/pets');
    expect(list).toMatchObject({ operationId: 'listPets', summary: 'List all pets', tags: ['pets'] });
    expect(list.parameters).toEqual([
      {
        name: 'limit',
        in: 'query',
        description: 'How many items to return at one time (max 100)',
        required: false,
        schema: { type: 'integer', maximum: 100, format: 'int32' },
      },
    ]);
    // 200, not the `default` error response.
    expect(list.responseSchema).toMatchObject({ type: 'array', items: { required: ['id', 'name'] } });
    const create = op(ops, 'POST', '/pets');
    expect(create.requestSchema).toMatchObject({ type: 'object', required: ['id', 'name'] });
    expect(create.responseSchema).toBeNull(); // 201 has no content
  });

  it('reads OpenAPI 3.1: webhooks, path item $refs, type arrays and $ref siblings', () => {
    const ops = ok(parseSpec(fixture('webhooks-openapi31.yaml'))).operations;
    const list = op(ops, 'GET', '/pets');
    expect(list).toMatchObject({ operationId: 'listPets', summary: 'The pets in the store' });
    expect(list.parameters).toEqual([{ name: 'tag', in: 'query', schema: { type: ['string', 'null'] } }]);
    const get = op(ops, 'GET', '/pets/{petId}');
    expect(get.parameters).toMatchObject([{ name: 'petId', in: 'path', required: true }]);
    expect(get.responseSchema).toMatchObject({
      description: 'The pet, as stored',
      properties: { tag: { type: ['string', 'null'] }, kind: { const: 'pet' } },
    });
    const hook = op(ops, 'POST', 'webhook:newPet');
    expect(hook).toMatchObject({
      operationId: 'newPetWebhook',
      tags: ['events'],
      summary: 'A pet was added',
    });
    expect(hook.requestSchema).toMatchObject({ required: ['id', 'name'] });
  });

  it('resolves nested, chained and circular $refs, and leaves data alone', () => {
    const ops = ok(parseSpec(fixture('refs-openapi3.json'))).operations;
    const list = op(ops, 'GET', '/pegawai');
    expect(list.parameters).toEqual([
      { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
      { name: 'pageSize', in: 'query', schema: { type: 'integer', maximum: 100, default: 20 } },
      { name: 'unit', in: 'query', schema: { type: 'string', example: '35.07.01' } },
    ]);
    const page = list.responseSchema as { properties: { items: { items: { allOf: unknown[] } } } };
    expect(page.properties.items.items.allOf).toHaveLength(2);

    const get = op(ops, 'GET', '/pegawai/{nip}');
    // A path-level parameter, through a chain of two references.
    expect(get.parameters).toEqual([
      {
        name: 'nip',
        in: 'path',
        required: true,
        description: 'Nomor Induk Pegawai',
        schema: { type: 'string', pattern: '^[0-9]{18}$', example: '198503302010011002' },
      },
    ]);
    // application/json is preferred over application/xml listed first.
    const pegawai = get.responseSchema as { allOf: [unknown, { properties: Record<string, unknown> }] };
    expect(pegawai.allOf[0]).toMatchObject({ properties: { atasan: { pattern: '^[0-9]{18}$' } } });
    expect(pegawai.allOf[1].properties.atasanLangsung).toEqual({
      $ref: '#/components/schemas/Pegawai',
      circular: true,
    });
    expect(pegawai.allOf[1].properties.unitOrganisasi).toMatchObject({
      properties: {
        kepala: { $ref: '#/components/schemas/Pegawai', circular: true },
        subUnit: { items: { $ref: '#/components/schemas/Unit', circular: true } },
      },
    });
    // A property named "example" is a schema; the `example` keyword's value is data, $ref and all.
    expect(pegawai.allOf[1].properties.example).toEqual({
      type: 'string',
      description: 'a property that happens to be named example',
    });
    expect(get.responseSchema).toMatchObject({ example: { $ref: 'not a reference: example data' } });

    // A parameter reached through a pointer into another operation, merged after the path-level one.
    expect(op(ops, 'PUT', '/pegawai/{nip}').parameters).toMatchObject([{ name: 'nip' }, { name: 'unit' }]);
    expect(op(ops, 'POST', '/pegawai')).toMatchObject({
      requestSchema: { required: ['nip', 'nama'] },
      responseSchema: { allOf: [{ required: ['nip', 'nama'] }, {}] },
    });
    const tree = op(ops, 'GET', '/unit-organisasi/{kode}').responseSchema;
    // Unit > kepala (Pegawai) > unitOrganisasi (Unit) | atasanLangsung (Pegawai); Unit > subUnit (Unit).
    expect(refsLeft(tree).sort()).toEqual([
      '#/components/schemas/Pegawai circular',
      '#/components/schemas/Unit circular',
      '#/components/schemas/Unit circular',
    ]);
  });

  it('reads WSDL operations with their messages and schema elements', () => {
    const ops = ok(parseSpec(fixture('calculator.wsdl'))).operations;
    const add = op(ops, 'SOAP', 'Calculator/Add');
    expect(add).toMatchObject({
      operationId: 'Add',
      summary: 'Adds two integers.',
      description: 'Adds two integers. This is a test WebService. ©DNE Online',
      tags: ['CalculatorSoap'],
      parameters: [],
      requestSchema: {
        message: 'tns:AddSoapIn',
        parts: [{ name: 'parameters', element: 'tns:Add', schema: { '@name': 'Add' } }],
      },
      responseSchema: { message: 'tns:AddSoapOut', parts: [{ element: 'tns:AddResponse' }] },
    });
    const wsdl2 = ok(parseSpec(fixture('greath-wsdl20.wsdl'))).operations[0];
    expect(wsdl2).toMatchObject({
      tags: ['reservationInterface'],
      requestSchema: { element: 'ghns:checkAvailability', schema: { '@type': 'tCheckAvailability' } },
    });
  });

  it('accepts a byte order mark, OpenAPI 3.2 methods and a 3.1 document with components only', () => {
    expect(ok(parseSpec(`\uFEFF${fixture('petstore-openapi3.yaml')}`)).operations).toHaveLength(3);
    const v32 = ok(
      parseSpec(`openapi: 3.2.0
info: {title: Cari, version: "1"}
paths:
  /dokumen:
    query:
      responses: {"200": {description: ok}}
    additionalOperations:
      LINK:
        responses: {"204": {description: linked}}
`),
    );
    expect(v32.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['QUERY /dokumen', 'LINK /dokumen']);
    const componentsOnly = ok(
      parseSpec('openapi: 3.1.0\ninfo: {title: Skema, version: "1"}\ncomponents: {}\n'),
    );
    expect(componentsOnly.operations).toEqual([]);
  });
});

describe('parseSpec: refused documents', () => {
  it.each([
    { file: 'broken/invalid-yaml.yaml', message: /^invalid YAML: .*same column/, line: 9 },
    { file: 'broken/invalid-json.json', message: /^invalid JSON: /, line: 8 },
    {
      file: 'broken/missing-paths-swagger2.json',
      message: /^missing required property "paths"$/,
      pointer: '',
    },
    { file: 'broken/missing-info-openapi3.yaml', message: /^missing required property "info"$/, pointer: '' },
    {
      file: 'broken/missing-ref.yaml',
      message: /^reference "#\/components\/schemas\/Pengaduan" points to nothing/,
      pointer: '/paths/~1pengaduan/get/responses/200/content/application~1json/schema/items/$ref',
      line: 16,
    },
    {
      file: 'broken/external-ref.yaml',
      message: /^external reference "common.yaml#\/components\/parameters\/Nik" is not supported/,
      pointer: '/paths/~1penduduk~1{nik}/get/parameters/0/$ref',
      line: 9,
    },
    {
      file: 'broken/not-a-spec-asyncapi.yaml',
      message: /^not an OpenAPI 3.x, Swagger 2.0 or WSDL/,
      pointer: '',
    },
    {
      file: 'broken/schema-invalid-openapi3.yaml',
      message: /^must be one of "path", "query", "header", "cookie" \(found "body"\)$/,
      pointer: '/paths/~1aset/get/parameters/0/in',
      line: 10,
    },
    {
      file: 'broken/duplicate-operationid.yaml',
      message: /^operationId "getSurat" is also used by GET \/surat$/,
      pointer: '/paths/~1surat~1{id}/get/operationId',
      line: 14,
    },
    {
      file: 'broken/broken.wsdl',
      message: /^not well-formed XML: Expected closing tag 'wsdl:port'/,
      line: 10,
    },
    { file: 'broken/unknown-binding.wsdl', message: /unknown binding "tns:CalculatorSoapBinding"/, line: 7 },
  ])('$file: $message', ({ file, message, line, pointer }) => {
    const errors = failed(parseSpec(fixture(file)));
    const first = errors[0]!;
    expect(first.message).toMatch(message);
    if (line !== undefined) expect(first.line).toBe(line);
    if (pointer !== undefined) expect(first.pointer).toBe(pointer);
    expect(first.line !== undefined || first.pointer !== undefined).toBe(true);
  });

  it('lists every problem of an invalid document, deepest first, not the schema noise', () => {
    expect(failed(parseSpec(fixture('broken/schema-invalid-openapi3.yaml')))).toEqual([
      {
        message: 'must be one of "path", "query", "header", "cookie" (found "body")',
        pointer: '/paths/~1aset/get/parameters/0/in',
        line: 10,
      },
      {
        message: 'missing required property "description"',
        pointer: '/paths/~1aset/get/responses/200',
        line: 14,
      },
    ]);
    expect(failed(parseSpec(fixture('broken/external-ref.yaml')))).toHaveLength(2);
  });

  it.each([
    {
      name: 'a typo in a response (3.0, additionalProperties: false)',
      doc: 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          descriptio: x\n',
      errors: [
        { message: 'missing required property "description"', line: 7 },
        { message: 'property "descriptio" is not allowed here', line: 8 },
      ],
    },
    {
      name: 'an unknown property (3.1, unevaluatedProperties: false)',
      doc: 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      foo: 1\n      responses:\n        "200": {description: ok}\n',
      errors: [{ message: 'property "foo" is not allowed here', pointer: '/paths/~1a/get/foo', line: 6 }],
    },
    {
      name: 'a 3.1 document with neither paths, components nor webhooks',
      doc: 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\n',
      errors: [{ message: 'needs one of "paths", "components" or "webhooks"', pointer: '' }],
    },
    {
      name: 'a 3.0 parameter without schema or content',
      doc: 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query}\n      responses:\n        "200": {description: ok}\n',
      errors: [{ message: 'needs "schema" or "content"', line: 7 }],
    },
    {
      name: 'a version that is not a string',
      doc: 'openapi: 3.0.3\ninfo: {title: t, version: 1}\npaths: {}\n',
      errors: [{ message: 'must be of type string (found number)', pointer: '/info/version', line: 2 }],
    },
    {
      name: 'an unquoted swagger: 2.0',
      doc: 'swagger: 2.0\ninfo: {title: t, version: "1"}\npaths: {}\n',
      errors: [{ message: 'the "swagger" field must be the string "2.0" (quote it in YAML)', line: 1 }],
    },
    {
      name: 'OpenAPI 4',
      doc: '{"openapi": "4.0.0", "info": {"title": "t", "version": "1"}}',
      errors: [{ message: 'unsupported OpenAPI version "4.0.0" (3.0.x, 3.1.x and 3.2.x are read)' }],
    },
    {
      name: 'a host with a scheme (Swagger 2.0 pattern)',
      doc: 'swagger: "2.0"\ninfo: {title: t, version: "1"}\nhost: "http://x.example/"\npaths: {}\n',
      errors: [
        { message: '"http://x.example/" does not match the pattern the specification requires', line: 3 },
      ],
    },
    {
      name: 'an undeclared path parameter',
      doc: 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a/{id}:\n    get:\n      responses: {"200": {description: ok}}\n',
      errors: [{ message: 'path parameter "id" of "/a/{id}" is not declared for GET', line: 5 }],
    },
    {
      name: 'a duplicate parameter',
      doc: 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, schema: {type: string}}\n        - {name: q, in: query, schema: {type: integer}}\n      responses: {"200": {description: ok}}\n',
      errors: [{ message: 'duplicate parameter "q" in query', line: 8 }],
    },
    {
      name: 'two Swagger 2.0 bodies',
      doc: 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    post:\n      parameters:\n        - {name: a, in: body, schema: {type: string}}\n        - {name: b, in: body, schema: {type: string}}\n      responses: {"200": {description: ok}}\n',
      errors: [{ message: 'an operation may have only one body parameter', line: 5 }],
    },
    {
      name: 'references that lead back to themselves',
      doc: '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"$ref":"#/components/responses/A"}}}}},"components":{"responses":{"A":{"$ref":"#/components/responses/B"},"B":{"$ref":"#/components/responses/A"}}}}',
      errors: [
        {
          message: 'reference "#/components/responses/A" leads back to itself without reaching a definition',
        },
        {
          message: 'reference "#/components/responses/B" leads back to itself without reaching a definition',
        },
        {
          message: 'reference "#/components/responses/A" leads back to itself without reaching a definition',
        },
      ],
    },
    {
      name: 'a named-anchor reference',
      doc: '{"openapi":"3.1.0","info":{"title":"t","version":"1"},"components":{"schemas":{"A":{"$ref":"#pet"}}}}',
      errors: [{ message: 'reference "#pet" uses a named anchor, which is not supported' }],
    },
    {
      name: 'a reference to an inherited Object property',
      doc: '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"A":{"$ref":"#/components/schemas/constructor"}}}}',
      errors: [
        { message: 'reference "#/components/schemas/constructor" points to nothing in this document' },
      ],
    },
  ])('refuses $name', ({ doc, errors }) => {
    expect(failed(parseSpec(doc))).toMatchObject(errors);
  });

  it.each([
    { name: 'an empty document', doc: '  \n', message: 'the document is empty' },
    { name: 'plain text', doc: 'bukan spesifikasi', message: /^not an OpenAPI 3.x, Swagger 2.0 or WSDL/ },
    { name: 'a YAML list', doc: '- a\n- b\n', message: /^not an OpenAPI/ },
    { name: 'several YAML documents', doc: 'openapi: 3.0.3\n---\nfoo: 1\n', message: /multiple documents/ },
    {
      name: 'XML that is not WSDL',
      doc: '<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"/>',
      message: /^not a WSDL document/,
    },
    {
      name: 'a WSDL that only imports',
      doc: '<definitions xmlns="http://schemas.xmlsoap.org/wsdl/"><import namespace="urn:x" location="other.wsdl"/></definitions>',
      message: /imports "other.wsdl", which is not fetched/,
    },
    {
      name: 'a document over the size limit',
      doc: `openapi: 3.0.3\n#${'x'.repeat(SPEC_IMPORT_MAX_CHARS)}`,
      message: /larger than 1024 KiB/,
    },
  ])('refuses $name', ({ doc, message }) => {
    expect(failed(parseSpec(doc))[0]!.message).toMatch(message);
  });
});

describe('parseSpec: hostile input is refused quickly', () => {
  const laughs = [
    'openapi: 3.0.3',
    "info: {title: t, version: '1'}",
    'paths: {}',
    'x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ...['b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
      (n, i) => `x-${n}: &${n} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`,
    ),
  ].join('\n');
  it.each([
    { name: 'a YAML alias bomb', doc: laughs, message: /resource exhaustion/ },
    {
      name: 'a YAML alias that contains itself',
      doc: 'openapi: 3.0.3\nx-a: &a [1, *a]\n',
      message: /contains itself/,
    },
    {
      name: 'deeply nested JSON',
      doc: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      message: /nested deeper than 100/,
    },
    {
      name: 'deeply nested YAML flow',
      doc: `x: ${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      message: /nested deeper/,
    },
    { name: 'deeply nested YAML blocks', doc: '- '.repeat(300_000), message: /nested deeper/ },
    {
      name: 'an XML external entity',
      doc: '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><definitions xmlns="http://schemas.xmlsoap.org/wsdl/"><documentation>&x;</documentation></definitions>',
      message: /^invalid XML: External entities are not supported/,
    },
  ])('$name', ({ doc, message }) => {
    const t0 = performance.now();
    expect(failed(parseSpec(doc))[0]!.message).toMatch(message);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('cuts reference explosions at a size budget and marks what it cut', () => {
    // Each schema refers twice to the next and once to itself: 2^40 paths without a budget.
    const schemas: Record<string, unknown> = { A40: { type: 'string' } };
    for (let i = 0; i < 40; i++) {
      schemas[`A${i}`] = {
        type: 'object',
        properties: {
          x: { $ref: `#/components/schemas/A${i + 1}` },
          y: { $ref: `#/components/schemas/A${i + 1}` },
          self: { $ref: `#/components/schemas/A${i}` },
        },
      };
    }
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: {
              '200': {
                description: 'x',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/A0' } } },
              },
            },
          },
        },
      },
      components: { schemas },
    };
    const [get] = ok(parseSpec(JSON.stringify(doc))).operations;
    const out = JSON.stringify(get);
    expect(out.length).toBeLessThan(400 * 1024);
    expect(out).toContain('"truncated":true');
  });
});

describe('Expander', () => {
  const root = {
    components: {
      schemas: {
        Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } },
        Big: { type: 'object', properties: { a: { type: 'string', description: 'x'.repeat(500) } } },
      },
    },
  };
  it('marks a reference back into the schema being expanded as circular', () => {
    expect(new Expander(root, false).expand({ $ref: '#/components/schemas/Node' })).toEqual({
      type: 'object',
      properties: { next: { $ref: '#/components/schemas/Node', circular: true } },
    });
  });
  it('stops expanding once the operation has used its budget', () => {
    const x = new Expander(root, false, { perOperation: 600, total: 10_000 });
    x.startOperation();
    const both = x.expand([{ $ref: '#/components/schemas/Big' }, { $ref: '#/components/schemas/Big' }]);
    expect(both).toMatchObject([{ type: 'object' }, { $ref: '#/components/schemas/Big', truncated: true }]);
    x.startOperation();
    expect(x.expand({ $ref: '#/components/schemas/Big' })).toMatchObject({ type: 'object' });
  });
});

describe('describeSpecIssue', () => {
  it.each([
    [{ message: 'm', pointer: '/paths/~1a', line: 3 }, 'line 3, /paths/~1a: m'],
    [{ message: 'm', line: 3 }, 'line 3: m'],
    [{ message: 'm', pointer: '' }, 'm'],
  ])('%j -> %s', (issue, text) => {
    expect(describeSpecIssue(issue)).toBe(text);
  });
});
