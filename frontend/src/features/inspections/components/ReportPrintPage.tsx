import { Button, Skeleton, Space } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DetailLoadError } from '../../../components/DetailHeader';
import { useNavigate, useParams } from 'react-router';
import type { Finding, IndicatorSystem, InspectionReport } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useIndicatorSystem } from '../api/indicatorSystems';
import { useReport, useReportFindings } from '../api/reports';
import { flattenIndicators } from '../scoring';
import './print.css';

/** The report on A4 pages: the browser's print dialog makes paper or PDF of it. */
export function ReportPrintPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const report = useReport(Number.isFinite(id) ? id : undefined);
  const findings = useReportFindings(report.data?.id);
  const system = useIndicatorSystem(report.data?.indicatorSystemId);
  if (report.isPending) return <Skeleton active style={{ padding: 24 }} />;
  if (report.isError)
    return (
      <DetailLoadError
        error={report.error}
        back="/inspection-reports"
        backLabel={t('nav.reports')}
      />
    );
  const loading =
    findings.isPending || (report.data.indicatorSystemId !== undefined && system.isPending);
  return (
    <div className="print-root">
      <PrintToolbar reportId={report.data.id} ready={!loading} />
      {loading ? (
        <Skeleton active />
      ) : (
        <PrintDocument
          report={report.data}
          findings={findings.data?.items ?? []}
          system={system.data}
        />
      )}
    </div>
  );
}

function PrintToolbar({ reportId, ready }: { reportId: number; ready: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Space className="print-toolbar no-print">
      <Button
        icon={<ArrowLeftOutlined />}
        onClick={() => void navigate(`/inspection-reports/${reportId}`)}
      >
        {t('common.back')}
      </Button>
      <Button
        type="primary"
        icon={<PrinterOutlined />}
        disabled={!ready}
        onClick={() => globalThis.print()}
      >
        {t('report.print')}
      </Button>
    </Space>
  );
}

function PrintDocument({
  report,
  findings,
  system,
}: {
  report: InspectionReport;
  findings: readonly Finding[];
  system: IndicatorSystem | undefined;
}) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormat();
  const scores = new Map(report.scores.map((s) => [s.indicatorCode, s]));
  const visit = report.visitStart
    ? report.visitEnd && report.visitEnd !== report.visitStart
      ? `${date(report.visitStart)} — ${date(report.visitEnd)}`
      : date(report.visitStart)
    : '—';
  return (
    <article className="a4-page" data-testid="print-document">
      <header className="print-header">
        <div className="print-org">{report.inspectingOrgName}</div>
        <h1>{report.title}</h1>
        <div className="print-kind">
          {t('report.printTitle')} · {enumLabel(t, 'inspectionType', report.type)}
        </div>
      </header>
      <table className="print-meta">
        <tbody>
          <tr>
            <th>{t('report.target')}</th>
            <td>{report.targetOrgName}</td>
            <th>{t('report.inspecting')}</th>
            <td>{report.inspectingOrgName}</td>
          </tr>
          <tr>
            <th>{t('report.visit')}</th>
            <td>{visit}</td>
            <th>{t('report.topic')}</th>
            <td>{report.topic ?? '—'}</td>
          </tr>
          <tr>
            <th>{t('report.system')}</th>
            <td>
              {report.indicatorSystemName
                ? `${report.indicatorSystemName}（${t('report.systemVersion', { version: report.indicatorSystemVersion })}）`
                : t('report.noSystem')}
            </td>
            <th>{t('report.grade')}</th>
            <td>
              {report.totalScore !== undefined &&
                `${report.totalScore}${report.maxTotalScore !== undefined ? ` / ${report.maxTotalScore}` : ''} `}
              {report.grade ?? '—'}
            </td>
          </tr>
        </tbody>
      </table>

      {report.summary && (
        <section>
          <h2>一、{t('report.summary')}</h2>
          <p className="print-summary">{report.summary}</p>
        </section>
      )}

      {system && (
        <section>
          <h2>二、{t('report.scores')}</h2>
          <table className="print-table">
            <thead>
              <tr>
                <th style={{ width: '10%' }}>{t('indicator.code')}</th>
                <th>{t('report.indicator')}</th>
                <th style={{ width: '14%' }}>
                  {system.kind === 'SCORED' ? t('report.score') : t('report.passed')}
                </th>
                <th style={{ width: '30%' }}>{t('report.remark')}</th>
              </tr>
            </thead>
            <tbody>
              {flattenIndicators(system.indicators).map((n) => {
                const s = scores.get(n.code);
                const leaf = !n.children?.length;
                return (
                  <tr key={n.code} className={leaf ? undefined : 'group'}>
                    <td>{n.code}</td>
                    <td style={{ paddingLeft: 6 + (n.depth - 1) * 14 }}>{n.name}</td>
                    <td>
                      {system.kind === 'SCORED'
                        ? leaf
                          ? `${s?.score ?? '—'} / ${n.maxScore ?? ''}`
                          : n.maxScore
                        : leaf && s
                          ? `${s.score !== undefined ? `${s.score} ` : ''}${s.passed ? t('report.pass') : t('report.fail')}`
                          : ''}
                    </td>
                    <td>{s?.remark ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      <section>
        <h2>
          {system ? '三' : '二'}、{t('report.findings')}
        </h2>
        {findings.length === 0 ? (
          <p>{t('report.noFindings')}</p>
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th style={{ width: '6%' }}>#</th>
                <th>{t('finding.description')}</th>
                <th>{t('finding.requirement')}</th>
                <th style={{ width: '13%' }}>{t('finding.owner')}</th>
                <th style={{ width: '14%' }}>{t('finding.dueDate')}</th>
                <th style={{ width: '9%' }}>{t('finding.status')}</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((f, i) => (
                <tr key={f.id}>
                  <td>{i + 1}</td>
                  <td>
                    【{enumLabel(t, 'severity', f.severity)}】{f.description}
                  </td>
                  <td>{f.requirement}</td>
                  <td>{f.ownerOrgName}</td>
                  <td>{date(f.dueDate)}</td>
                  <td>{enumLabel(t, 'findingStatus', f.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <footer className="print-footer">
        <div>
          {report.inspectingOrgName}
          {report.publishedAt && ` · ${date(report.publishedAt)}`}
        </div>
        <div className="print-stamp">{t('report.printedAt', { date: dateTime(new Date()) })}</div>
      </footer>
    </article>
  );
}
