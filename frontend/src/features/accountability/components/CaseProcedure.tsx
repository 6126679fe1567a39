import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountabilityCase } from '../../../api/types';
import { useFormat } from '../../../lib/format';
import { currentIndex, procedureSteps } from '../procedure';

/** 立案 → 调查 → 告知 → 陈述申辩 → 决定 → (复核) → (申诉) → 执行 → 归档 */
export function CaseProcedure({ c }: { c: AccountabilityCase }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const steps = procedureSteps(c);
  return (
    <Steps
      data-testid="case-procedure"
      size="small"
      current={currentIndex(steps)}
      responsive
      items={steps.map((s) => ({
        title: (
          <span data-step={s.key} data-state={s.state}>
            {t(`caseProcedure.${s.key}`)}
          </span>
        ),
        status: s.state,
        content: s.on ? date(s.on) : undefined,
      }))}
    />
  );
}
