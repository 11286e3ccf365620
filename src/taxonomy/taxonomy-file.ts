import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../runtime/project-root.js';
import { areaCodeProblem } from './area-code.js';

const name = z.string().trim().min(1).max(200);
const node = z.strictObject({ code: z.string(), nameKo: name, nameEn: name });

/** data/taxonomy.json (its JSON Schema is data/taxonomy.schema.json). */
export const TaxonomyFileSchema = z
  .object({
    areas: z.array(node.extend({ children: z.array(node).default([]) })).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.areas.forEach((root, i) => {
      const check = (code: string, parent: string | null, where: (string | number)[]) => {
        const problem = areaCodeProblem(code, parent);
        if (problem) ctx.addIssue({ code: 'custom', path: where, message: problem });
        if (seen.has(code))
          ctx.addIssue({ code: 'custom', path: where, message: `"${code}" appears twice` });
        seen.add(code);
      };
      check(root.code, null, ['areas', i, 'code']);
      root.children.forEach((c, j) =>
        check(c.code, root.code, ['areas', i, 'children', j, 'code']),
      );
    });
  });

export type TaxonomyFile = z.infer<typeof TaxonomyFileSchema>;

export const DEFAULT_TAXONOMY_FILE = () => path.join(projectRoot(), 'data', 'taxonomy.json');

/** Reads and checks a taxonomy file; every problem is named with its place in the file. */
export async function readTaxonomyFile(file = DEFAULT_TAXONOMY_FILE()): Promise<TaxonomyFile> {
  const parsed = TaxonomyFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path.basename(file)} is invalid: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The file's areas as rows, positions counted among siblings. */
export function taxonomyRows(file: TaxonomyFile) {
  return file.areas.flatMap((root, i) => [
    { code: root.code, parentCode: null, nameKo: root.nameKo, nameEn: root.nameEn, position: i },
    ...root.children.map((c, j) => ({
      code: c.code,
      parentCode: root.code,
      nameKo: c.nameKo,
      nameEn: c.nameEn,
      position: j,
    })),
  ]);
}
