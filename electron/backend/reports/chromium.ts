// Headless Chromium driven over the DevTools protocol on a pipe, for printing reports to PDF. Only the
// few protocol calls printing needs: playwright-core added ~85 MB to the process and kept more with
// every page printed, which put a large school's compliance register over the memory budget.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The page's address: answered from memory, never fetched. */
const PAGE_URL = 'http://report.invalid/';
/** Bytes asked of a printed PDF's stream at a time. */
const READ_CHUNK = 1 << 20;

export interface PrintOptions {
  displayHeaderFooter?: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  printBackground?: boolean;
  /** CSS lengths in millimetres, e.g. '22mm'. */
  margin?: { top: string; bottom: string; left: string; right: string };
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

type Listener = (params: Record<string, unknown>) => void;

/** Millimetres as Chromium's print parameters (inches), converted the way playwright did: 3.78 px a millimetre. */
const inches = (mm: string | undefined): number => (mm ? (Number(mm.replace(/mm$/, '')) * 3.78) / 96 : 0);

export class Chromium {
  readonly #process: ChildProcess;
  readonly #profile: string;
  readonly #input: Writable;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  readonly #listeners = new Map<string, Listener>();
  #buffered: Buffer[] = [];
  #exited: Error | null = null;
  readonly #timeoutMs: number;

  private constructor(process: ChildProcess, profile: string, timeoutMs: number) {
    this.#process = process;
    this.#profile = profile;
    this.#timeoutMs = timeoutMs;
    this.#input = process.stdio[3] as Writable;
    const output = process.stdio[4] as Readable;
    output.on('data', (chunk: Buffer) => this.#receive(chunk));
    process.on('exit', (code, signal) => this.#fail(new Error(`Chromium exited (${signal ?? code})`)));
  }

  /**
   * Starts Chromium with a throw-away profile; rejects when the binary cannot be started. `extraArgs`
   * are for tests (switching off Chromium's own checks to see ours).
   */
  static async launch(executablePath: string, timeoutMs: number, extraArgs: string[] = []): Promise<Chromium> {
    const profile = mkdtempSync(join(tmpdir(), 'jiaowu-chromium-'));
    const child = spawn(executablePath, [...ARGS, ...extraArgs, '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--no-startup-window'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', reject);
      });
      const browser = new Chromium(child, profile, timeoutMs);
      await browser.#send('Browser.getVersion');
      return browser;
    } catch (error) {
      child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * Prints one HTML page (text, or its UTF-8 bytes; served from memory, anything else it asks for is
   * refused) as an A4 PDF, written to the open file `fd` as Chromium hands it over. Returns the bytes written.
   */
  async print(html: string | Uint8Array, options: PrintOptions, fd: number): Promise<number> {
    const { targetId } = (await this.#send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    let sessionId = '';
    try {
      ({ sessionId } = (await this.#send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string });
      const send = (method: string, params?: Record<string, unknown>) => this.#send(method, params, sessionId);
      const body = (typeof html === 'string' ? Buffer.from(html) : Buffer.from(html.buffer, html.byteOffset, html.byteLength)).toString('base64');
      this.#listeners.set(`${sessionId}:Fetch.requestPaused`, (params) => {
        const { requestId, request } = params as { requestId: string; request: { url: string } };
        const answer =
          request.url === PAGE_URL
            ? send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }], body })
            : send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
        answer.catch(() => {});
      });
      const loaded = new Promise<void>((resolve) => this.#listeners.set(`${sessionId}:Page.loadEventFired`, () => resolve()));
      await send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
      await send('Page.enable');
      const navigated = (await send('Page.navigate', { url: PAGE_URL })) as { errorText?: string };
      if (navigated.errorText) throw new Error(navigated.errorText);
      await this.#within(loaded);
      const { margin } = options;
      const { stream } = (await send('Page.printToPDF', {
        transferMode: 'ReturnAsStream',
        displayHeaderFooter: options.displayHeaderFooter ?? false,
        headerTemplate: options.headerTemplate ?? '',
        footerTemplate: options.footerTemplate ?? '',
        printBackground: options.printBackground ?? false,
        paperWidth: 8.27,
        paperHeight: 11.7,
        marginTop: inches(margin?.top),
        marginBottom: inches(margin?.bottom),
        marginLeft: inches(margin?.left),
        marginRight: inches(margin?.right),
        preferCSSPageSize: false,
        generateTaggedPDF: false,
        generateDocumentOutline: false,
      })) as { stream: string };
      let written = 0;
      for (;;) {
        const chunk = (await send('IO.read', { handle: stream, size: READ_CHUNK })) as { data: string; base64Encoded?: boolean; eof: boolean };
        const bytes = Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'latin1');
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
        written += bytes.length;
        if (chunk.eof) break;
      }
      await send('IO.close', { handle: stream });
      return written;
    } finally {
      this.#listeners.delete(`${sessionId}:Fetch.requestPaused`);
      this.#listeners.delete(`${sessionId}:Page.loadEventFired`);
      if (!this.#exited) await this.#send('Target.closeTarget', { targetId }).catch(() => {});
    }
  }

  async close(): Promise<void> {
    if (!this.#exited) {
      const exited = new Promise<void>((resolve) => this.#process.once('exit', () => resolve()));
      this.#send('Browser.close').catch(() => {});
      // a Chromium that does not end on its own is killed
      const timer = setTimeout(() => this.#process.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.#profile, { recursive: true, force: true, maxRetries: 3 });
  }

  #send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.#exited) return Promise.reject(this.#exited);
    const id = this.#nextId++;
    const answer = new Promise<Record<string, unknown>>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    this.#input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return this.#within(answer, method);
  }

  /** Chromium stuck for longer than the timeout fails the print instead of waiting for ever. */
  #within<T>(promise: Promise<T>, what = 'Page.load'): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${this.#timeoutMs / 1000} s`)), this.#timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  /** Messages end with a NUL byte; a chunk may hold several, or part of one. */
  #receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end >= 0; end = chunk.indexOf(0, start)) {
      this.#buffered.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.#buffered).toString('utf8');
      this.#buffered = [];
      start = end + 1;
      this.#dispatch(JSON.parse(text) as Message);
    }
    if (start < chunk.length) this.#buffered.push(chunk.subarray(start));
  }

  #dispatch(message: Message): void {
    if (message.id !== undefined) {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result ?? {});
    } else if (message.method) {
      this.#listeners.get(`${message.sessionId ?? ''}:${message.method}`)?.(message.params ?? {});
    }
  }

  #fail(error: Error): void {
    this.#exited = error;
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
  }
}
