// The app:// scheme: registered as privileged before the app is ready, served from the built renderer.
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin.ts';
import { appProtocolResponse } from './protocol-response.ts';

/** Must run before app 'ready'. Standard + secure gives app:// a real origin and a secure context. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererRoot, request));
}
