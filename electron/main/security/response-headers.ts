// Headers on every app:// response: the same CSP as browser mode, plus no sniffing, framing or caching.
import { contentType } from '../../web/content-type.ts';
import { CONTENT_SECURITY_POLICY } from '../../web/csp.ts';

export function appResponseHeaders(file: string | null): Record<string, string> {
  return {
    ...(file ? { 'content-type': contentType(file) } : {}),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}
