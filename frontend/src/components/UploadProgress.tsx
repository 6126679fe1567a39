import { Progress } from 'antd';

/** How far an upload is (null: none running). */
export function UploadProgress({ percent, width }: { percent: number | null; width: number }) {
  if (percent === null) return null;
  return (
    <Progress
      percent={percent}
      size="small"
      status="active"
      style={{ width, maxWidth: '100%' }}
      data-testid="upload-progress"
    />
  );
}
