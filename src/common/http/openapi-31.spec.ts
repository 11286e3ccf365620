import { describe, it, expect } from '@jest/globals';
import { toOpenApi31Schemas } from './openapi-31.js';

describe('toOpenApi31Schemas', () => {
  it('turns nullable into null types, enums and anyOf, everywhere in the document', () => {
    const doc = {
      components: {
        schemas: {
          A: {
            type: 'object',
            properties: {
              title: { type: 'string', nullable: true, example: 'x' },
              stage: { type: 'string', enum: ['a', 'b'], nullable: true },
              inner: {
                allOf: [{ $ref: '#/components/schemas/B' }],
                nullable: true,
                description: 'd',
              },
              plain: { type: 'integer', nullable: false },
              list: { type: 'array', items: { type: 'number', nullable: true } },
            },
          },
        },
      },
    };
    toOpenApi31Schemas(doc);
    expect(doc.components.schemas.A.properties).toEqual({
      title: { type: ['string', 'null'], example: 'x' },
      stage: { type: ['string', 'null'], enum: ['a', 'b', null] },
      inner: {
        description: 'd',
        anyOf: [{ allOf: [{ $ref: '#/components/schemas/B' }] }, { type: 'null' }],
      },
      plain: { type: 'integer' },
      list: { type: 'array', items: { type: ['number', 'null'] } },
    });
  });
});
