// Permission requests from web content. The app needs none of camera, microphone, geolocation,
// notifications, MIDI, HID, serial and the rest; only writing text to the clipboard (copying a table)
// is granted, and only to our own page.
import { isAppUrl } from '../app-origin.ts';

const GRANTED_TO_APP = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED_TO_APP.has(permission) && isAppUrl(requestingUrl);
}
