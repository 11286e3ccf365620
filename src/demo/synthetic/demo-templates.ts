import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../runtime/project-root.js';
import type { GenerateOptions, TemplateListing } from './catalog-generator.js';

/** The demo catalog (data/demo-catalog.json) as the generator's templates and area tree. */
export function demoTemplates(): Pick<GenerateOptions, 'templates' | 'leafAreas'> & {
  /** Every area code of the tree (both levels). */
  areaCodes: string[];
} {
  const demo = JSON.parse(
    readFileSync(path.join(projectRoot(), 'data', 'demo-catalog.json'), 'utf8'),
  ) as { areas: { code: string; parentCode: string | null }[]; technologies: TemplateListing[] };
  return {
    templates: demo.technologies,
    leafAreas: demo.areas.filter((a) => a.parentCode).map((a) => a.code),
    areaCodes: demo.areas.map((a) => a.code),
  };
}
