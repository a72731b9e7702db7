import { Paper } from '@mantine/core';
import { reportTexts as t } from './texts.ts';

/** The report's own HTML (the same page that is printed to PDF), isolated in a frame without scripts. */
export function ReportPreview({ html }: { html: string }) {
  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <iframe
        title={t.previewTitle}
        srcDoc={html}
        sandbox=""
        style={{ width: '100%', height: '75vh', border: 0, background: '#fff', display: 'block' }}
        data-testid="report-preview"
      />
    </Paper>
  );
}
