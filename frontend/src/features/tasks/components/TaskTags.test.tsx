import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { renderWithProviders } from '../../../test/render';
import { LIGHT_COLORS, lightColor } from '../taskStyles';
import { LightLegend, LightTag } from './TaskTags';

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('deadline lights', () => {
  it('map each light to its colour, and anything unknown to grey', () => {
    expect(lightColor('GREEN')).toBe('#52c41a');
    expect(lightColor('YELLOW')).toBe('#faad14');
    expect(lightColor('RED')).toBe('#f5222d');
    expect(lightColor('NONE')).toBe('#bfbfbf');
    expect(lightColor('PURPLE')).toBe('#bfbfbf');
    expect(lightColor(undefined)).toBe('#bfbfbf');
  });

  it('draw a dot of that colour with a translated label', async () => {
    renderWithProviders(<LightTag light="RED" />);
    const dot = screen.getByRole('img', { name: '逾期' });
    expect(dot).toHaveStyle({ backgroundColor: rgb(LIGHT_COLORS.RED) });
    expect(screen.getByText('逾期')).toBeInTheDocument();

    await setLanguage('en');
    renderWithProviders(<LightTag light="YELLOW" />);
    expect(screen.getByRole('img', { name: 'Due soon' })).toHaveStyle({
      backgroundColor: rgb(LIGHT_COLORS.YELLOW),
    });
  });

  it('explain all four lights in the legend', () => {
    renderWithProviders(<LightLegend />);
    const legend = screen.getByTestId('light-legend');
    for (const text of ['正常推进', '3 天内到期', '已逾期', '已结束或无截止日期']) {
      expect(legend).toHaveTextContent(text);
    }
    const dots = legend.querySelectorAll<HTMLElement>('.light-dot');
    expect([...dots].map((d) => d.dataset.light)).toEqual(['GREEN', 'YELLOW', 'RED', 'NONE']);
    expect([...dots].map((d) => d.style.backgroundColor)).toEqual(
      ['GREEN', 'YELLOW', 'RED', 'NONE'].map((l) => rgb(LIGHT_COLORS[l as 'RED'])),
    );
  });
});
