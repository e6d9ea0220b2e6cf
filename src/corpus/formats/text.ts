/**
 * .txt and .md: UTF-8 text. An optional front-matter block at the top ("---", "key: value" lines,
 * "---") carries title, date, publisher and url; saved links are written that way (see link.ts).
 */
import { isoDay, metaText, UnreadableDocument, type ExtractedText } from '../document.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const FRONT_MATTER = /^---\r?\n((?:[A-Za-z_][\w-]*:[^\n]*\r?\n){1,30})---[ \t]*(?:\r?\n|$)/;

/** Decodes strict UTF-8 (without a byte-order mark), rejecting what is not a text file. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new UnreadableDocument('binary content (NUL bytes), not a text file');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UnreadableDocument('not valid UTF-8 text (save it as UTF-8)');
  }
  text = text.replace(/^\uFEFF/, '');
  const controls = (text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  if (controls > text.length * 0.01) throw new UnreadableDocument('binary content (control characters), not a text file');
  return text;
}

/** Splits a leading front-matter block off the text; keys other than the known ones are ignored. */
export function splitFrontMatter(text: string): { meta: Omit<ExtractedText, 'text'>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { meta: {}, body: text };
  const fields = new Map<string, string>();
  for (const line of m[1]!.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) fields.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  const url = fields.get('url');
  return {
    meta: {
      title: metaText(fields.get('title')),
      date: isoDay(fields.get('date')),
      publisher: metaText(fields.get('publisher')),
      url: url && /^https?:\/\/\S+$/i.test(url) ? url : undefined,
    },
    body: text.slice(m[0].length),
  };
}

/** Front matter values are single lines: line breaks inside a value would end the block. */
export function frontMatter(fields: Record<string, string | undefined>): string {
  const lines = Object.entries(fields)
    .filter((e): e is [string, string] => Boolean(e[1]))
    .map(([k, v]) => `${k}: ${v.replace(/\s+/g, ' ').trim()}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

export function readText(bytes: Uint8Array): ExtractedText {
  const { meta, body } = splitFrontMatter(decodeText(bytes));
  return { ...meta, text: body };
}
