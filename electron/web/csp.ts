/** The UI's Content Security Policy, the same in the desktop app and in browser mode. */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
];

/** Sent as a response header on every page and asset (app:// and browser mode's HTTP). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The same policy for the built index.html's <meta> tag, a second line of defence should a page ever be
 * loaded without the header. Browsers ignore frame-ancestors in <meta> (and warn), so it is left out.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
