import { describe, expect, it } from 'vitest';
import { ALL_ROLES, canManageUsers, grantableRoles } from './enums';
import en from './i18n/en';
import zhCN from './i18n/zh-CN';

describe('grantableRoles', () => {
  it('gives ADMIN every role', () => {
    expect(grantableRoles(['ADMIN'])).toEqual([...ALL_ROLES]);
  });
  it('never lets an office grant ADMIN', () => {
    expect(grantableRoles(['CITY_OFFICE'])).not.toContain('ADMIN');
    expect(grantableRoles(['COUNTY_OFFICE'])).toEqual([
      'CITY_OFFICE',
      'COUNTY_OFFICE',
      'SUPERVISOR',
      'SCHOOL',
      'VIEWER',
    ]);
  });
  it('gives other roles nothing to grant', () => {
    expect(grantableRoles(['SUPERVISOR', 'VIEWER'])).toEqual([]);
    expect(canManageUsers(['SCHOOL'])).toBe(false);
  });
});

describe('translations', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  it('have the same keys in both languages and no empty label', () => {
    expect(keys(en)).toEqual(keys(zhCN));
    for (const k of keys(en)) expect(k).not.toBe('');
  });
  it('label every role in both languages', () => {
    for (const r of ALL_ROLES) {
      expect(zhCN.enum.role[r]).toBeTruthy();
      expect(en.enum.role[r]).toBeTruthy();
    }
  });
});
