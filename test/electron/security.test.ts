// The shell's security decisions, as pure functions, checked in Node without the Electron binary.
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/app-origin.ts';
import { resolveAppPath, isClientRoute } from '../../electron/main/security/app-path.ts';
import { externalLinkAction, isAllowedNavigation } from '../../electron/main/security/navigation.ts';
import { isPermissionGranted } from '../../electron/main/security/permissions.ts';
import { appResponseHeaders } from '../../electron/main/security/response-headers.ts';
import { isTrustedSender } from '../../electron/main/security/sender.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/web/csp.ts';

const root = resolve('/srv/jiaowu/out/renderer');

describe('app origin', () => {
  it('accepts only app://jiaowu URLs', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://jiaowu/classes/3?x=1#y')).toBe(true);
    for (const url of [
      'app://other/index.html',
      'app://jiaowu.evil.example/index.html',
      'app://user:pw@jiaowu/index.html',
      'http://jiaowu/index.html',
      'file:///etc/passwd',
      'https://example.org/',
      'javascript:alert(1)',
      'not a url',
      '',
    ])
      expect(isAppUrl(url), url).toBe(false);
  });
});

describe('navigation', () => {
  it('allows in-app navigation only', () => {
    expect(isAllowedNavigation('app://jiaowu/index.html#/classes')).toBe(true);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('file:///C:/Windows/')).toBe(false);
    expect(isAllowedNavigation('data:text/html,<script>1</script>')).toBe(false);
    expect(isAllowedNavigation('about:blank')).toBe(false);
  });

  it('offers to open only plain https links outside the app, after confirmation', () => {
    expect(externalLinkAction('https://www.gov.cn/zhengce/')).toBe('confirm-and-open');
    for (const url of [
      'http://www.gov.cn/',
      'file:///etc/passwd',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      'https://user:pass@example.org/',
      'app://jiaowu/index.html',
      'garbage',
    ])
      expect(externalLinkAction(url), url).toBe('deny');
  });
});

describe('IPC sender check', () => {
  const ok = { frameUrl: 'app://jiaowu/index.html', isMainFrame: true, webContentsId: 7 };
  it('trusts the main frame of our window on our origin', () => {
    expect(isTrustedSender(ok, 7)).toBe(true);
  });
  it('refuses other windows, subframes, foreign origins, destroyed frames, and no window', () => {
    expect(isTrustedSender({ ...ok, webContentsId: 8 }, 7)).toBe(false);
    expect(isTrustedSender({ ...ok, isMainFrame: false }, 7)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'https://evil.example/' }, 7)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'file:///tmp/x.html' }, 7)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: null }, 7)).toBe(false);
    expect(isTrustedSender(ok, null)).toBe(false);
  });
});

describe('app:// path resolution', () => {
  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://jiaowu/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://jiaowu/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://jiaowu/assets/index-abc.js?v=1')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://jiaowu/assets/%E5%AD%97.woff2')).toBe(join(root, 'assets', '字.woff2'));
  });

  it('refuses traversal, other hosts and schemes, and malformed paths', () => {
    for (const url of [
      'app://jiaowu/../../etc/passwd',
      'app://jiaowu/%2e%2e/%2e%2e/etc/passwd',
      'app://jiaowu/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://jiaowu/..%5c..%5cwindows%5cwin.ini',
      'app://jiaowu/%2fetc%2fpasswd',
      'app://jiaowu/x%00.js',
      'app://jiaowu/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'https://jiaowu/index.html',
    ]) {
      const file = resolveAppPath(root, url);
      if (file !== null) expect(file.startsWith(root + sep), `${url} -> ${file}`).toBe(true);
    }
    expect(resolveAppPath(root, 'app://jiaowu/assets/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://jiaowu/..%5c..%5cwindows%5cwin.ini')).toBeNull();
    expect(resolveAppPath(root, 'app://jiaowu/x%00.js')).toBeNull();
    expect(resolveAppPath(root, 'app://jiaowu/%E0%A4%A')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
  });

  it('tells client routes from files', () => {
    expect(isClientRoute(join(root, 'classes', '12'))).toBe(true);
    expect(isClientRoute(join(root, 'assets', 'a.js'))).toBe(false);
  });
});

describe('permissions', () => {
  it('grants only clipboard writes, and only to our page', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://jiaowu/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'midiSysex', 'openExternal', 'clipboard-read', 'hid', 'serial', 'fullscreen'])
      expect(isPermissionGranted(permission, 'app://jiaowu/index.html'), permission).toBe(false);
  });
});

describe('response headers', () => {
  it('carry the shared CSP and a content type on every app:// response', () => {
    const headers = appResponseHeaders(join(root, 'assets', 'a.js'));
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(appResponseHeaders(null)['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});
