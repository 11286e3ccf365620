type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * @nestjs/swagger writes OpenAPI 3.0's `nullable: true`; OpenAPI 3.1 schemas are JSON Schema
 * 2020-12, where null is a type. This rewrites every nullable schema in place, so the document
 * really is 3.1 (generators then type those fields `T | null`).
 */
export function toOpenApi31Schemas(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) toOpenApi31Schemas(item);
    return;
  }
  if (!isObject(node)) return;
  for (const value of Object.values(node)) toOpenApi31Schemas(value);
  if (node.nullable !== true) {
    delete node.nullable;
    return;
  }
  delete node.nullable;
  if (typeof node.type === 'string') {
    node.type = [node.type, 'null'];
    const values: unknown = node.enum;
    if (Array.isArray(values) && !values.includes(null))
      node.enum = [...(values as unknown[]), null];
    return;
  }
  // A reference or composition: allow null beside it, keeping annotations where they were.
  const inner: Json = {};
  for (const key of ['$ref', 'allOf', 'oneOf', 'anyOf', 'enum', 'items', 'properties']) {
    if (key in node) {
      inner[key] = node[key];
      delete node[key];
    }
  }
  node.anyOf = [inner, { type: 'null' }];
}
