// Small edits of an Office Open XML package's bookkeeping parts, for adding chart parts to the files
// exceljs and docx write: content-type overrides and relationships. Text in, text out.

export const REL_TYPES = {
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  package: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package',
};

export const CONTENT_TYPES = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** [Content_Types].xml with an Override for `partName` (e.g. /xl/charts/chart1.xml). */
export function withOverride(types: string, partName: string, contentType: string): string {
  if (types.includes(`PartName="${partName}"`)) return types;
  return types.replace('</Types>', `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`);
}

/** [Content_Types].xml with a Default for files ending in `extension`. */
export function withDefault(types: string, extension: string, contentType: string): string {
  if (types.includes(`Extension="${extension}"`)) return types;
  return types.replace(/<Types[^>]*>/, (open) => `${open}<Default Extension="${extension}" ContentType="${contentType}"/>`);
}

/** A relationships part with one more relationship; answers the part and the id it got. */
export function withRelationship(rels: string | undefined, type: string, target: string): { rels: string; id: string } {
  const base = rels ?? EMPTY_RELS;
  const used = new Set([...base.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rIdJw${n}`)) n++;
  const id = `rIdJw${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  return { rels: base.includes('</Relationships>') ? base.replace('</Relationships>', `${rel}</Relationships>`) : base.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`), id };
}
