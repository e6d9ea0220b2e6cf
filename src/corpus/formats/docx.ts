/**
 * .docx (Word 2007+) through mammoth's raw-text conversion: one paragraph per Word paragraph. Title,
 * date and organisation come from the document properties (docProps/core.xml and app.xml).
 */
import { isoDay, metaText, UnreadableDocument, type ExtractedText } from '../document.js';

/** Unpacked, the text parts of an article-sized document are a few megabytes; more is a zip bomb. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const DAMAGED = 'not a readable Word document (the file is damaged or is not a .docx; an old .doc must be saved as .docx)';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : (ENTITIES[e] ?? all),
  );

/** The text of the first <prefix:name> element in a small, flat XML part. */
function xmlField(xml: string | undefined, name: string): string | undefined {
  const m = xml && new RegExp(`<(?:\\w+:)?${name}(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?${name}>`).exec(xml);
  return m ? metaText(decodeXml(m[1]!)) : undefined;
}

export async function readDocx(bytes: Uint8Array): Promise<ExtractedText> {
  const [{ default: JSZip }, { default: mammoth }] = await Promise.all([import('jszip'), import('mammoth')]);
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UnreadableDocument(DAMAGED);
  }
  if (!zip.file('word/document.xml')) throw new UnreadableDocument(DAMAGED);
  // Sizes as the zip's directory declares them (JSZip keeps them on an internal field).
  const unpacked = Object.values(zip.files).reduce((sum, f) => sum + (((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize) ?? 0), 0);
  if (unpacked > MAX_UNPACKED_BYTES) throw new UnreadableDocument('the Word document unpacks to more than 64 MB, too large for an article');
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new UnreadableDocument(DAMAGED);
  }
  const [core, app] = await Promise.all(['docProps/core.xml', 'docProps/app.xml'].map((p) => zip.file(p)?.async('string').catch(() => undefined)));
  return {
    text: text.replace(/\n{3,}/g, '\n\n').trim(),
    title: xmlField(core, 'title'),
    date: isoDay(xmlField(core, 'created')),
    publisher: xmlField(app, 'Company'),
  };
}
