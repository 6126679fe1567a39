import { useMemo, useRef } from 'react';
import { Alert, Card, Col, Descriptions, Empty, Flex, Row, Tooltip, Typography } from 'antd';
import { WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportWarning, PlanImportResult } from '../../../api/types';
import { useFormat } from '../../../lib/format';
import { PlanOutline } from './PlanOutline';

/**
 * What the importer made of a document: the source lines on the left (warned ones highlighted;
 * `line` is 1-based into `sourceLines`), the parsed plan and the warnings on the right.
 */
export function ImportPreview({ result }: { result: PlanImportResult }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const sourceRef = useRef<HTMLDivElement>(null);
  const { plan, forwarding, importWarnings, sourceLines } = result;

  const warningsByLine = useMemo(() => {
    const map = new Map<number, ImportWarning[]>();
    for (const w of importWarnings) map.set(w.line, [...(map.get(w.line) ?? []), w]);
    return map;
  }, [importWarnings]);

  const showLine = (line: number) => {
    const el = sourceRef.current?.querySelector<HTMLElement>(`[data-line="${line}"]`);
    if (!el) return;
    el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation
    el.classList.add('flash');
  };

  return (
    <>
      <Alert
        type={importWarnings.length ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 16 }}
        title={t('planImport.createdDraft', { title: plan.title })}
        description={t('planImport.summary', {
          items: plan.items.length,
          warnings: importWarnings.length,
        })}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('planImport.sourceTitle')} styles={{ body: { padding: 0 } }}>
            <div className="source-lines" ref={sourceRef} data-testid="source-lines">
              {sourceLines.map((text, i) => {
                const line = i + 1;
                const warnings = warningsByLine.get(line);
                const row = (
                  <div
                    key={line}
                    className={`source-line${warnings ? ' warned' : ''}`}
                    data-line={line}
                    data-warned={warnings ? 'true' : undefined}
                  >
                    <span className="source-line-no">{line}</span>
                    <span className="source-line-text">{text || '\u00a0'}</span>
                    {warnings && <WarningFilled className="source-line-icon" />}
                  </div>
                );
                return warnings ? (
                  <Tooltip
                    key={line}
                    placement="topLeft"
                    title={warnings.map((w) => w.message).join('；')}
                  >
                    {row}
                  </Tooltip>
                ) : (
                  row
                );
              })}
            </div>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <Card
              title={
                <Flex gap={8} align="center">
                  <WarningFilled style={{ color: importWarnings.length ? '#faad14' : '#bfbfbf' }} />
                  {t('planImport.warnings')}
                </Flex>
              }
              size="small"
            >
              {importWarnings.length === 0 ? (
                <Typography.Text type="secondary">{t('planImport.noWarnings')}</Typography.Text>
              ) : (
                <ul className="import-warnings" data-testid="import-warnings">
                  {importWarnings.map((w, i) => (
                    <li key={`${w.line}-${i}`}>
                      <button
                        type="button"
                        className="import-warning"
                        onClick={() => showLine(w.line)}
                      >
                        <Typography.Text type="warning" strong style={{ whiteSpace: 'nowrap' }}>
                          {t('planImport.line', { line: w.line })}
                        </Typography.Text>
                        <span>{w.message}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {importWarnings.length > 0 && (
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                  {t('planImport.keptHint')}
                </Typography.Paragraph>
              )}
            </Card>
            <Card title={t('planImport.parsedTitle')} data-testid="parsed-plan">
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {plan.title}
              </Typography.Title>
              <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
                <Descriptions.Item label={t('plan.documentNumber')}>
                  {plan.documentNumber || '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('plan.issuedOn')}>
                  {date(plan.issuedOn)}
                </Descriptions.Item>
                <Descriptions.Item label={t('plan.recipients')}>
                  {plan.recipients || '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('plan.items')}>
                  {t('plan.itemCount', { count: plan.items.length })}
                </Descriptions.Item>
                {forwarding && (
                  <Descriptions.Item label={t('plan.forwardedFrom')}>
                    {[
                      forwarding.documentNumber,
                      forwarding.issuingBody,
                      forwarding.issuedOn && date(forwarding.issuedOn),
                    ]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </Descriptions.Item>
                )}
              </Descriptions>
              {plan.items.length ? (
                <PlanOutline items={plan.items} />
              ) : (
                <Empty description={t('plan.noItems')} />
              )}
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
