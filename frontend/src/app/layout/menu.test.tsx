import { isValidElement } from 'react';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import i18n from '../../lib/i18n';
import { menuGroups, selectedMenuKey } from './menu';

const t = i18n.t.bind(i18n) as TFunction;

const iconName = (icon: unknown) =>
  isValidElement(icon) ? ((icon.type as { displayName?: string }).displayName ?? '') : '';

describe('the side menu', () => {
  it('groups an office’s entries under the eight headings, in order', () => {
    const groups = menuGroups(t, ['COUNTY_OFFICE']);
    expect(groups.map((g) => g.label)).toEqual([
      '工作台',
      '计划任务',
      '督导检查',
      '责任督学',
      '两个创建',
      '质量监测',
      '问责',
      '系统管理',
    ]);
    expect(groups.find((g) => g.label === '计划任务')?.children.map((c) => c.label)).toEqual([
      '工作要点',
      '任务',
      '我的任务',
    ]);
    expect(groups.find((g) => g.label === '问责')?.children.map((c) => c.key)).toEqual([
      '/accountability',
      '/accountability-scenarios',
      '/public/decisions',
    ]);
  });

  it('gives every group and every entry an icon of its own', () => {
    const groups = menuGroups(t, ['ADMIN']);
    const icons = [...groups, ...groups.flatMap((g) => g.children)].map((e) => iconName(e.icon));
    expect(icons.every((name) => name !== '')).toBe(true);
    expect(new Set(icons).size).toBe(icons.length);
  });

  it('leaves out the groups a role has nothing in', () => {
    const school = menuGroups(t, ['SCHOOL']).map((g) => g.label);
    expect(school).not.toContain('责任督学');
    expect(school).not.toContain('两个创建');
    expect(school).toContain('督导检查');
    const supervisor = menuGroups(t, ['SUPERVISOR']);
    expect(supervisor.find((g) => g.label === '责任督学')?.children.map((c) => c.label)).toEqual([
      '我的督导记录',
      '整改验收',
      '督导覆盖',
    ]);
  });
});

describe('the highlighted entry', () => {
  const keys = menuGroups(t, ['ADMIN']).flatMap((g) => g.children.map((c) => c.key));

  it('follows the section of a detail page', () => {
    expect(selectedMenuKey(keys, '/tasks/7', '')).toBe('/tasks');
    expect(selectedMenuKey(keys, '/', '')).toBe('/');
    expect(selectedMenuKey(keys, '/public/decisions', '?page=2')).toBe('/public/decisions');
  });

  it('prefers the filtered entry the location matches', () => {
    expect(selectedMenuKey(keys, '/inspection-reports', '?mine=true&page=2')).toBe(
      '/inspection-reports?mine=true',
    );
    expect(selectedMenuKey(keys, '/inspection-reports', '?type=SPECIAL')).toBe(
      '/inspection-reports',
    );
  });
});
