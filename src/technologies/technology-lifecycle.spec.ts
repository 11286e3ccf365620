import { describe, it, expect } from '@jest/globals';
import { allowedActions, nextStatus, publishBlockers } from './technology-lifecycle.js';

describe('technology lifecycle', () => {
  it.each([
    ['draft', 'publish', 'published'],
    ['published', 'unpublish', 'draft'],
    ['draft', 'archive', 'archived'],
    ['published', 'archive', 'archived'],
    ['archived', 'restore', 'draft'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each([
    ['published', 'publish'],
    ['archived', 'publish'],
    ['draft', 'unpublish'],
    ['archived', 'unpublish'],
    ['archived', 'archive'],
    ['draft', 'restore'],
    ['published', 'restore'],
  ] as const)('refuses %s --%s', (from, action) => {
    expect(nextStatus(from, action)).toBeNull();
  });

  it('lists the allowed actions per status', () => {
    expect(allowedActions('draft')).toEqual(['publish', 'archive']);
    expect(allowedActions('published')).toEqual(['unpublish', 'archive']);
    expect(allowedActions('archived')).toEqual(['restore']);
  });

  const complete = {
    titleKo: '제목',
    titleEn: 'Title',
    summaryKo: '요약',
    summaryEn: 'Summary',
    trl: 4,
    stage: 'preclinical',
    licenseTypes: ['exclusive'],
    areaCodes: ['diagnostics.biomarkers'],
  };

  it('lets a complete listing publish', () => {
    expect(publishBlockers(complete)).toEqual([]);
  });

  it('names every missing field of an incomplete listing', () => {
    const blockers = publishBlockers({
      ...complete,
      titleEn: '  ',
      summaryKo: null,
      areaCodes: [],
      trl: null,
    });
    expect(blockers.map((b) => b.field)).toEqual(['titleEn', 'summaryKo', 'areaCodes', 'trl']);
  });
});
