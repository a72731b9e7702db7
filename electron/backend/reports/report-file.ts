// The file an in-process caller (the CLI) has `reports.export` write the report to, in place of an
// answer carrying the file as base64: a large school's register is 25 MB as PDF, and 34 MB more of
// base64 (and its decoding) went over the memory budget. Transports pass only JSON, so nothing outside
// the process can name a file.
export class ReportFile {
  readonly path: string;
  constructor(path: string) {
    this.path = path;
  }
}
