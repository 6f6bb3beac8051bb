import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument } from '../../lib/open-data/openapi';

// Checks a real response against what an OpenAPI 3.1 document says of its path, method and
// status: the status is documented, every required header is present, the content type is
// one the document lists, and a JSON body validates (ajv, JSON Schema 2020-12, formats
// checked) against the schema given for that content type. Used by the vitest suite
// (openapi-responses.test.ts) and by e2e/machine-readable.spec.ts on the running server.

// ajv/dist/2020.js with its extension: the e2e runner resolves imports as Node's ESM loader does,
// and ajv's package has no exports map to find the file without it.

type Node = Record<string, unknown>;

const DOCUMENT_ID = 'openapi.json';

function pointerPart(part: string): string {
  return part.replaceAll('~', '~0').replaceAll('/', '~1');
}

export class OpenApiValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    // Not strict: the document is added whole so that #/components/… references resolve, and
    // its other members (paths, parameters…) are not JSON Schema keywords. The component
    // schemas themselves are compiled strictly in lib/open-data/openapi.test.ts.
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(document as unknown as Node, DOCUMENT_ID);
  }

  /** Follows $ref from a JSON pointer of the document; returns the node and where it really is. */
  resolve(pointer: string): { node: Node; pointer: string } {
    let at = pointer;
    for (let hops = 0; hops < 10; hops++) {
      const node = at
        .slice(1)
        .split('/')
        .filter(Boolean)
        .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce<unknown>((n, key) => (n && typeof n === 'object' ? (n as Node)[key] : undefined), this.document);
      if (!node || typeof node !== 'object') throw new Error(`Nothing at ${at} in the document`);
      const ref = (node as Node).$ref;
      if (typeof ref !== 'string') return { node: node as Node, pointer: at };
      if (!ref.startsWith('#/')) throw new Error(`External $ref ${ref} at ${at}`);
      at = ref.slice(1);
    }
    throw new Error(`$ref loop from ${pointer}`);
  }

  /** The validator of the schema at a pointer of the document. */
  validatorAt(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.getSchema(`${DOCUMENT_ID}#${pointer}`);
      if (!validate) throw new Error(`ajv found no schema at ${pointer}`);
      this.compiled.set(pointer, validate);
    }
    return validate;
  }

  /** Problems with a response, as sentences; none when the document describes it exactly. */
  async check(template: string, method: string, response: Response): Promise<string[]> {
    const where = `${method.toUpperCase()} ${template} → ${response.status}`;
    const pathItem = this.document.paths[template];
    if (!pathItem) return [`${where}: the path is not in the document`];
    if (!pathItem[method]) return [`${where}: the method is not in the document`];
    const statusPointer = `/paths/${pointerPart(template)}/${method}/responses/${response.status}`;
    let documented: { node: Node; pointer: string };
    try {
      documented = this.resolve(statusPointer);
    } catch {
      return [`${where}: the status is not documented`];
    }
    const problems: string[] = [];
    const headers = (documented.node.headers ?? {}) as Record<string, unknown>;
    for (const name of Object.keys(headers)) {
      const header = this.resolve(`${documented.pointer}/headers/${pointerPart(name)}`).node;
      if (header.required === true && !response.headers.has(name)) problems.push(`${where}: header ${name} is documented as required but missing`);
    }
    const body = await response.text();
    const content = documented.node.content as Record<string, unknown> | undefined;
    if (!content) {
      if (body !== '') problems.push(`${where}: documented without a body, but has one`);
      return problems;
    }
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (!(mediaType in content)) return [...problems, `${where}: content type ${mediaType} is not among ${Object.keys(content).join(', ')}`];
    if (mediaType !== 'application/json') return problems;
    const schema = this.resolve(`${documented.pointer}/content/${pointerPart(mediaType)}`).pointer;
    const validate = this.validatorAt(`${schema}/schema`);
    if (!validate(JSON.parse(body))) {
      for (const error of validate.errors ?? []) {
        problems.push(`${where}: body${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
      }
    }
    return problems;
  }
}
