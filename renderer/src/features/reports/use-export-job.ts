// One report export at a time on 报表: start the job, poll its progress, cancel it; when it is done the
// browser downloads the file at once, the desktop app offers its save dialog and then the folder.
import { useCallback, useEffect, useRef, useState } from 'react';
import { desktopShell } from '../../../../shared/api/desktop-shell.ts';
import type { ReportFormat, ReportProgress, ReportRequest } from '../../../../shared/api/methods/reports.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/api-error.ts';
import { downloadBase64 } from '../../components/download.ts';

/** How often the progress is asked for while a report is made. */
const POLL_MS = 300;

export interface ExportJob {
  format: ReportFormat;
  progress: ReportProgress | null;
  /** A failure of starting, polling, fetching or saving (the job's own failure is in progress.error). */
  error: string | null;
  /** Where the desktop app saved the file. */
  savedPath: string | null;
  downloaded: boolean;
}

export function useExportJob() {
  const [job, setJob] = useState<ExportJob | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const current = useRef<string | null>(null);
  const update = (patch: Partial<ExportJob>) => setJob((j) => (j ? { ...j, ...patch } : j));

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const download = useCallback(async (id: string) => {
    try {
      const file = await api.call('reports.result', { job: id });
      downloadBase64(file.fileName, file.base64, file.mimeType);
      update({ downloaded: true });
    } catch (error) {
      update({ error: errorMessage(error) });
    }
  }, []);

  const poll = useCallback(
    async (id: string) => {
      if (current.current !== id) return;
      try {
        const progress = await api.call('reports.progress', { job: id });
        if (current.current !== id) return;
        update({ progress });
        if (progress.state === 'running') timer.current = setTimeout(() => void poll(id), POLL_MS);
        else if (progress.state === 'done' && !desktopShell()) await download(id);
      } catch (error) {
        update({ error: errorMessage(error) });
      }
    },
    [download],
  );

  const start = useCallback(
    async (request: ReportRequest, format: ReportFormat) => {
      if (timer.current) clearTimeout(timer.current);
      current.current = null;
      setJob({ format, progress: null, error: null, savedPath: null, downloaded: false });
      try {
        const progress = await api.call('reports.start', { request, format });
        current.current = progress.job;
        update({ progress });
        timer.current = setTimeout(() => void poll(progress.job), POLL_MS);
      } catch (error) {
        update({ error: errorMessage(error) });
      }
    },
    [poll],
  );

  const cancel = useCallback(async () => {
    const id = current.current;
    if (!id) return;
    if (timer.current) clearTimeout(timer.current);
    try {
      update({ progress: await api.call('reports.cancel', { job: id }) });
    } catch (error) {
      update({ error: errorMessage(error) });
    }
  }, []);

  const save = useCallback(async () => {
    const shell = desktopShell();
    const id = current.current;
    if (!shell || !id) return;
    const result = await shell.saveReport(id);
    if (!result.ok) update({ error: result.error.message });
    else if (result.value) update({ savedPath: result.value.path, error: null });
  }, []);

  const showFolder = useCallback(async (path: string) => {
    const result = await desktopShell()?.showInFolder(path);
    if (result && !result.ok) update({ error: result.error.message });
  }, []);

  const running = job !== null && job.error === null && (job.progress === null || job.progress.state === 'running');
  return { job, running, start, cancel, save, showFolder, download: () => current.current && download(current.current), dismiss: () => setJob(null) };
}
