/**
 * .pdf through unpdf (a serverless build of Mozilla's pdf.js). Lines are rebuilt into paragraphs from
 * their positions, pages are joined with a blank line and their start offsets kept, so a citation can
 * name its page. A PDF without a text layer (a scan) or behind a password is refused with the reason.
 */
import { isoDay, metaText, UnreadableDocument, type ExtractedText } from '../document.js';

interface Item {
  str: string;
  y: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

function linesOf(items: Item[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    current ??= { text: '', y: item.y, height: item.height };
    current.text += item.str;
    current.height = Math.max(current.height, item.height);
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
}

/** Joins a page's lines into paragraphs: a gap clearly wider than the usual line spacing starts a new one. */
function pageText(items: Item[]): string {
  const lines = linesOf(items);
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const paragraphs: string[] = [];
  let para = '';
  lines.forEach((line, i) => {
    const gap = i > 0 ? lines[i - 1]!.y - line.y : 0;
    const newParagraph = i > 0 && (gap > usual * 1.35 || gap < 0 || gap > line.height * 2.5);
    if (newParagraph && para) {
      paragraphs.push(para);
      para = '';
    }
    if (!para) para = line.text;
    // "строи-" + "тельства": a word hyphenated at the line end (a capital after it is a real compound).
    else if (/\p{L}-$/u.test(para) && /^\p{Ll}/u.test(line.text)) para = para.slice(0, -1) + line.text;
    else if (/-$/.test(para)) para += line.text;
    else para += ` ${line.text}`;
  });
  if (para) paragraphs.push(para);
  return paragraphs.join('\n\n');
}

/** A PDF title that is really a file or template name ("Microsoft Word - draft3.doc") says nothing. */
function usefulTitle(title: unknown): string | undefined {
  const t = metaText(title);
  if (!t || /\.(docx?|pdf|odt|rtf|txt)$/i.test(t) || /^(microsoft word|untitled|document\d*$)/i.test(t)) return undefined;
  return t;
}

export async function readPdf(bytes: Uint8Array): Promise<ExtractedText> {
  // pdf.js is large: loaded only when a PDF is actually read.
  const { getDocumentProxy, getMeta, extractTextItems } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes over (detaches) the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    if ((error as Error)?.name === 'PasswordException') throw new UnreadableDocument('the PDF is password-protected (save a copy without a password)');
    throw new UnreadableDocument('not a readable PDF (the file is damaged or is not a PDF)');
  }
  try {
    const [{ info }, { items }] = await Promise.all([getMeta(pdf, { parseDates: false }), extractTextItems(pdf)]);
    const pages: number[] = [];
    let text = '';
    for (const pageItems of items) {
      if (pages.length) text += '\n\n';
      pages.push(text.length);
      text += pageText(pageItems);
    }
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw new UnreadableDocument('the PDF has no text layer (a scanned image?); run it through OCR and send the result');
    }
    return { text, pages, title: usefulTitle(info.Title), date: isoDay(info.CreationDate), publisher: metaText(info.Author) };
  } catch (error) {
    if (error instanceof UnreadableDocument) throw error;
    throw new UnreadableDocument('not a readable PDF (the file is damaged or is not a PDF)');
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
