import { importDocument } from '../settings/import-document.ts';

/** The demo school ships with the UI (public/demo/) and goes in through the ordinary import. */
export async function loadDemo() {
  const response = await fetch('demo/provincial-small.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return importDocument(await response.json());
}
