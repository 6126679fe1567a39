import { describe, expect, it } from 'vitest';
import { ALL_ROLES, canManageUsers, grantableRoles } from './enums';
import en from './i18n/en';
import zhCN from './i18n/zh-CN';

describe('grantableRoles', () => {
  it('gives ADMIN every role but the separated administrators, and SECURITY_ADMIN every role but ADMIN', () => {
    expect(grantableRoles(['ADMIN'])).toEqual(
      ALL_ROLES.filter((r) => !['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'].includes(r)),
    );
    expect(grantableRoles(['SECURITY_ADMIN'])).not.toContain('ADMIN');
    expect(grantableRoles(['SECURITY_ADMIN'])).toContain('AUDIT_ADMIN');
  });
  it('lets an office grant only the office levels below its own, and never an administrator role', () => {
    expect(grantableRoles(['CITY_OFFICE'])).not.toContain('ADMIN');
    expect(grantableRoles(['CITY_OFFICE'])).toContain('COUNTY_OFFICE');
    expect(grantableRoles(['CITY_OFFICE'])).not.toContain('CITY_OFFICE');
    expect(grantableRoles(['PROVINCE_OFFICE'])).toContain('CITY_OFFICE');
    expect(grantableRoles(['COUNTY_OFFICE'])).toEqual([
      'SUPERVISOR',
      'EXPERT',
      'SCHOOL',
      'DEPARTMENT',
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
