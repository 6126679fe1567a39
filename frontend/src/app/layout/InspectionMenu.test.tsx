import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, weinan } from '../../test/fixtures';
import { json, stubFetch } from '../../test/http';
import { pcDx01, pcSchool01 } from '../../test/inspectionFixtures';
import { renderApp, signIn } from '../../test/render';

function menuLabels(): string[] {
  return [...document.querySelectorAll('.ant-layout-sider .ant-menu-title-content')].map(
    (e) => e.textContent ?? '',
  );
}

async function menuOf(me: { displayName: string; roles: string[] }) {
  signIn();
  stubFetch({ 'GET /api/v1/me': () => json(me), 'GET /api/v1/inbox': () => json(page([])) });
  renderApp('/');
  await screen.findByText(`您好，${me.displayName}`);
  return menuLabels();
}

describe('inspection menu entries by role', () => {
  it('gives an office every inspection entry, indicator systems included', async () => {
    const labels = await menuOf(weinan);
    for (const l of ['督导报告', '问题台账', '我的整改', '整改验收', '指标体系']) {
      expect(labels).toContain(l);
    }
  });

  it('gives a 责任督学 reports, the ledger and verification, but no indicator systems', async () => {
    const labels = await menuOf(pcDx01);
    expect(labels).toEqual(expect.arrayContaining(['督导报告', '问题台账', '整改验收']));
    expect(labels).not.toContain('指标体系');
  });

  it('gives a school its reports and 我的整改, and nothing to verify', async () => {
    const labels = await menuOf(pcSchool01);
    expect(labels).toEqual(expect.arrayContaining(['督导报告', '问题台账', '我的整改']));
    expect(labels).not.toContain('整改验收');
    expect(labels).not.toContain('指标体系');
  });

  it('gives a read-only viewer no 我的整改', async () => {
    const labels = await menuOf({ ...weinan, roles: ['VIEWER'] });
    expect(labels).toContain('问题台账');
    expect(labels).not.toContain('我的整改');
    expect(labels).not.toContain('整改验收');
  });
});
