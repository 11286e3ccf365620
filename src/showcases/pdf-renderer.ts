import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import PDFDocument from 'pdfkit';
import type { TechnologyDto } from '../technologies/technology.dto.js';
import {
  formatDate,
  JURISDICTION_LABELS,
  type Lang,
  LICENSE_TYPE_LABELS,
  PATENT_STATUS_LABELS,
  PATENT_TYPE_LABELS,
  STAGE_LABELS,
  UI,
} from '../web/web-i18n.js';
import { QrCodeRenderer } from './qr-code-renderer.js';

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];
/** The listing text in one language, or both side by side. */
export const TEXT_LANGUAGES = ['ko', 'en', 'both'] as const;
export type TextLanguages = (typeof TEXT_LANGUAGES)[number];

export interface PdfOptions {
  /** The language of the labels (and of the text, unless `text` is `both`). */
  lang: Lang;
  text: TextLanguages;
  paper: Paper;
}

/** A listing on paper, with the address its QR code opens. */
export interface PdfListing {
  technology: TechnologyDto;
  qrUrl: string;
}

export interface PdfBooklet {
  /** Identifies the booklet's content for the cache: the showcase and every listing's version. */
  cacheKey: string;
  title: Record<Lang, string>;
  intro: Record<Lang, string | null>;
  event: { name: string; date: string; place: string | null; organizer: string | null } | null;
  qrUrl: string;
  listings: PdfListing[];
}

export interface OfficeContact {
  name: Record<Lang, string>;
  email: string | undefined;
}

const require = createRequire(import.meta.url);
/** Pretendard (SIL OFL 1.1, from npm): Hangul and Latin in one family; subset into each PDF. */
const FONT_FILES = {
  regular: require.resolve('pretendard/dist/public/static/Pretendard-Regular.otf'),
  bold: require.resolve('pretendard/dist/public/static/Pretendard-Bold.otf'),
};
const SIZES: Record<Paper, string> = { a4: 'A4', letter: 'LETTER' };
const MARGIN = 48;
const INK = '#1b1f24';
const MUTED = '#58606b';
const ACCENT = '#0b5cad';
const RULE = '#c9d1da';
const QR_SIZE = 92;
const MAX_PATENT_ROWS = 8;

const LABELS = {
  en: {
    summary: 'Summary',
    advantages: 'Key advantages',
    applications: 'Applications',
    patents: 'Patent family',
    office: 'Office',
    number: 'Number',
    type: 'Type',
    status: 'Status',
    filed: 'Filed',
    granted: 'Granted',
    morePatents: (n: number) => `and ${n} more`,
    noPatents: 'No patent records yet.',
    licenses: 'Available for',
    contact: 'Contact',
    scan: 'Scan to open the listing and ask about it',
    scanShowcase: 'Scan to open this collection online',
    technologies: 'Technologies',
    page: (n: number) => `page ${n}`,
    reference: 'Ref.',
    organizer: 'Organised by',
  },
  ko: {
    summary: '요약',
    advantages: '주요 장점',
    applications: '활용 분야',
    patents: '특허 패밀리',
    office: '특허청',
    number: '번호',
    type: '구분',
    status: '상태',
    filed: '출원일',
    granted: '등록일',
    morePatents: (n: number) => `외 ${n}건`,
    noPatents: '등록된 특허 정보가 없습니다.',
    licenses: '계약 형태',
    contact: '문의',
    scan: '스캔하면 기술 페이지에서 바로 문의할 수 있습니다',
    scanShowcase: '스캔하면 온라인 소개 페이지가 열립니다',
    technologies: '소개 기술',
    page: (n: number) => `${n}쪽`,
    reference: '관리번호',
    organizer: '주최',
  },
} as const;

type Doc = InstanceType<typeof PDFDocument>;
type Box = { x: number; y: number; width: number };

/**
 * The one-pager of a listing and the booklet of a showcase (a cover, then one page per listing),
 * A4 or US Letter, with the font embedded and subset. Cached by content: the key holds each
 * listing's version, so a changed listing gives a new PDF.
 */
@Injectable()
export class PdfRenderer {
  private readonly fonts = {
    regular: readFileSync(FONT_FILES.regular),
    bold: readFileSync(FONT_FILES.bold),
  };
  private readonly cache = new LRUCache<string, Buffer>({
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (pdf) => pdf.length,
  });

  constructor(private readonly qr: QrCodeRenderer) {}

  async onePager(listing: PdfListing, office: OfficeContact, options: PdfOptions): Promise<Buffer> {
    const key = this.key(
      'one',
      listing.technology.id,
      listing.technology.version,
      listing.qrUrl,
      options,
    );
    return this.cached(key, async () => {
      const doc = this.document(
        options,
        listing.technology.titleEn ?? listing.technology.referenceCode,
      );
      await this.listingPage(doc, listing, office, options);
      return doc;
    });
  }

  async booklet(booklet: PdfBooklet, office: OfficeContact, options: PdfOptions): Promise<Buffer> {
    return this.cached(
      this.key('booklet', booklet.cacheKey, 0, booklet.qrUrl, options),
      async () => {
        const doc = this.document(options, booklet.title.en);
        await this.cover(doc, booklet, office, options);
        for (const listing of booklet.listings) {
          doc.addPage();
          await this.listingPage(doc, listing, office, options);
        }
        return doc;
      },
    );
  }

  private key(kind: string, id: string, version: number, url: string, o: PdfOptions): string {
    const digest = createHash('sha256').update(url).digest('hex').slice(0, 16);
    return `${kind}:${id}:${version}:${digest}:${o.lang}:${o.text}:${o.paper}`;
  }

  private async cached(key: string, draw: () => Promise<Doc>): Promise<Buffer> {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const doc = await draw();
    const pdf = await finish(doc);
    this.cache.set(key, pdf);
    return pdf;
  }

  private document(options: PdfOptions, title: string): Doc {
    const doc = new PDFDocument({
      size: SIZES[options.paper],
      margin: MARGIN,
      lang: options.text === 'ko' ? 'ko-KR' : 'en-US',
      displayTitle: true,
      info: { Title: title, Creator: UI[options.lang].siteName, Producer: 'PDFKit' },
    });
    doc.registerFont('regular', this.fonts.regular);
    doc.registerFont('bold', this.fonts.bold);
    return doc.font('regular').fillColor(INK);
  }

  private async cover(doc: Doc, booklet: PdfBooklet, office: OfficeContact, options: PdfOptions) {
    const t = LABELS[options.lang];
    const langs = textLangs(options);
    const full = fullWidth(doc);
    this.header(doc, office, options, '');
    let y = MARGIN + 40;
    for (const l of langs) {
      y += text(doc, booklet.title[l], { ...full, y }, { size: 24, bold: true, maxLines: 3 }) + 6;
    }
    if (booklet.event) {
      const e = booklet.event;
      const when = formatDate(e.date, options.lang);
      const lines = [e.name, [when, e.place].filter(Boolean).join(' · ')];
      if (e.organizer) lines.push(`${t.organizer}: ${e.organizer}`);
      y += 6;
      for (const line of lines) {
        y += text(doc, line, { ...full, y }, { size: 12, color: ACCENT, maxLines: 2 }) + 2;
      }
    }
    y += 14;
    const columns = splitColumns(full, langs.length);
    y += Math.max(
      ...langs.map((l, i) =>
        text(doc, booklet.intro[l] ?? '', { ...columns[i], y }, { size: 11, maxLines: 12 }),
      ),
    );
    y += 22;
    text(doc, t.technologies, { ...full, y }, { size: 13, bold: true });
    y += 22;
    const bottom = doc.page.height - MARGIN - QR_SIZE - 16;
    booklet.listings.forEach((listing, index) => {
      if (y > bottom - 16) return;
      const title = listingTitle(listing.technology, options.lang);
      const line = `${index + 1}. ${title}`;
      const pageNo = t.page(index + 2);
      doc.font('regular').fontSize(10.5).fillColor(MUTED);
      const pageWidth = doc.widthOfString(pageNo);
      text(
        doc,
        line,
        { x: full.x, y, width: full.width - pageWidth - 12 },
        { size: 10.5, maxLines: 1 },
      );
      doc.fillColor(MUTED).text(pageNo, full.x + full.width - pageWidth, y, { lineBreak: false });
      y += 18;
    });
    await this.footer(doc, office, options, booklet.qrUrl, t.scanShowcase);
  }

  private async listingPage(doc: Doc, listing: PdfListing, office: OfficeContact, o: PdfOptions) {
    const t = LABELS[o.lang];
    const tech = listing.technology;
    const langs = textLangs(o);
    const full = fullWidth(doc);
    this.header(doc, office, o, `${t.reference} ${tech.referenceCode}`);
    let y = MARGIN + 30;
    for (const l of langs) {
      const title =
        (l === 'ko' ? tech.titleKo : tech.titleEn) ?? tech.titleEn ?? tech.titleKo ?? '';
      y += text(
        doc,
        title,
        { ...full, y },
        { size: langs.length > 1 ? 17 : 20, bold: true, maxLines: 3 },
      );
      y += 4;
    }
    const facts = [
      ...tech.areas.map((a) => (o.lang === 'ko' ? a.nameKo : a.nameEn)),
      tech.stage ? STAGE_LABELS[tech.stage][o.lang] : null,
      tech.trl !== null ? `TRL ${tech.trl}` : null,
      tech.modality,
    ].filter((f): f is string => !!f);
    y += 4 + text(doc, facts.join(' · '), { ...full, y }, { size: 10, color: ACCENT, maxLines: 2 });
    y += 12;

    // Everything above the footer is shared out: the summary first, then the lists.
    const bottom = doc.page.height - MARGIN - QR_SIZE - 20;
    const patentRows = Math.min(tech.patents.length, MAX_PATENT_ROWS);
    const patentHeight =
      34 + Math.max(1, patentRows) * 15 + (tech.patents.length > patentRows ? 14 : 0);
    const licenseHeight = tech.licenseTypes.length ? 30 : 0;
    const room = bottom - y - patentHeight - licenseHeight;
    const columns = splitColumns(full, langs.length);
    const section = (label: string, texts: (l: Lang) => string, share: number) => {
      heading(doc, label, full, y);
      y += 18;
      const used = langs.map((l, i) =>
        text(doc, texts(l), { ...columns[i], y }, { size: 10, maxHeight: room * share }),
      );
      y += Math.max(0, ...used) + 12;
    };
    // One language: the other one stands in for a missing text. Side by side: it is already there.
    const fallback = langs.length === 1;
    const pickText = (l: Lang, ko: string | null, en: string | null) =>
      (l === 'ko' ? (ko ?? (fallback ? en : null)) : (en ?? (fallback ? ko : null))) ?? '';
    const pickList = (l: Lang, ko: string[], en: string[]) => {
      const own = l === 'ko' ? ko : en;
      return own.length || !fallback ? own : l === 'ko' ? en : ko;
    };
    const bullets = (items: string[]) => items.map((i) => `•  ${i}`).join('\n');
    section(t.summary, (l) => pickText(l, tech.summaryKo, tech.summaryEn), 0.4);
    if (tech.advantagesKo.length || tech.advantagesEn.length) {
      section(
        t.advantages,
        (l) => bullets(pickList(l, tech.advantagesKo, tech.advantagesEn)),
        0.22,
      );
    }
    if (tech.applicationsKo.length || tech.applicationsEn.length) {
      section(
        t.applications,
        (l) => bullets(pickList(l, tech.applicationsKo, tech.applicationsEn)),
        0.18,
      );
    }
    y = Math.min(y, bottom - patentHeight - licenseHeight);
    y = this.patentTable(doc, tech, o.lang, full, y);
    if (tech.licenseTypes.length) {
      y += 8;
      const types = tech.licenseTypes.map((l) => LICENSE_TYPE_LABELS[l][o.lang]).join(' · ');
      text(doc, `${t.licenses}: ${types}`, { ...full, y }, { size: 10, maxLines: 1 });
    }
    await this.footer(doc, office, o, listing.qrUrl, t.scan);
  }

  private patentTable(doc: Doc, tech: TechnologyDto, lang: Lang, box: Box, top: number): number {
    const t = LABELS[lang];
    heading(doc, t.patents, box, top);
    let y = top + 18;
    if (tech.patents.length === 0) {
      return y + text(doc, t.noPatents, { ...box, y }, { size: 10, color: MUTED });
    }
    const widths = [0.2, 0.26, 0.14, 0.14, 0.13, 0.13].map((w) => w * box.width);
    const cells = (values: string[], bold: boolean, color = INK) => {
      let x = box.x;
      values.forEach((value, i) => {
        doc
          .font(bold ? 'bold' : 'regular')
          .fontSize(9)
          .fillColor(color);
        doc.text(value, x, y, {
          width: widths[i] - 4,
          height: 12,
          ellipsis: true,
          lineBreak: false,
        });
        x += widths[i];
      });
      y += 15;
    };
    cells([t.office, t.number, t.type, t.status, t.filed, t.granted], true, MUTED);
    doc
      .moveTo(box.x, y - 3)
      .lineTo(box.x + box.width, y - 3)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    for (const p of tech.patents.slice(0, MAX_PATENT_ROWS)) {
      cells(
        [
          JURISDICTION_LABELS[p.jurisdiction][lang],
          [p.numberDisplay, p.kindCode].filter(Boolean).join(' '),
          PATENT_TYPE_LABELS[p.type][lang],
          PATENT_STATUS_LABELS[p.status][lang],
          p.filingDate ?? '',
          p.grantDate ?? '',
        ],
        false,
      );
    }
    if (tech.patents.length > MAX_PATENT_ROWS) {
      y += text(
        doc,
        t.morePatents(tech.patents.length - MAX_PATENT_ROWS),
        { ...box, y },
        {
          size: 9,
          color: MUTED,
        },
      );
    }
    return y;
  }

  private header(doc: Doc, office: OfficeContact, o: PdfOptions, right: string) {
    const full = fullWidth(doc);
    doc.font('regular').fontSize(9).fillColor(MUTED);
    doc.text(office.name[o.lang], full.x, MARGIN - 18, {
      width: full.width * 0.7,
      lineBreak: false,
    });
    if (right) {
      const w = doc.widthOfString(right);
      doc.text(right, full.x + full.width - w, MARGIN - 18, { lineBreak: false });
    }
    doc
      .moveTo(full.x, MARGIN - 4)
      .lineTo(full.x + full.width, MARGIN - 4)
      .lineWidth(1)
      .strokeColor(ACCENT)
      .stroke();
  }

  private async footer(
    doc: Doc,
    office: OfficeContact,
    o: PdfOptions,
    url: string,
    caption: string,
  ) {
    const t = LABELS[o.lang];
    const full = fullWidth(doc);
    const top = doc.page.height - MARGIN - QR_SIZE;
    doc
      .moveTo(full.x, top - 10)
      .lineTo(full.x + full.width, top - 10)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    const textWidth = full.width - QR_SIZE - 16;
    let y = top;
    y += text(doc, t.contact, { x: full.x, y, width: textWidth }, { size: 10, bold: true }) + 2;
    for (const line of [office.name[o.lang], office.email].filter((l): l is string => !!l)) {
      y +=
        text(
          doc,
          line,
          { x: full.x, y, width: textWidth },
          { size: 9, color: MUTED, maxLines: 2 },
        ) + 1;
    }
    // The address as a link too, for those who read the PDF on a screen: counted as from the
    // PDF, not as a scan.
    const link = url.replace(/([?&]via=)qr\b/, '$1pdf');
    y +=
      text(
        doc,
        link,
        { x: full.x, y, width: textWidth },
        { size: 9, color: ACCENT, maxLines: 2, link },
      ) + 1;
    text(
      doc,
      caption,
      { x: full.x, y: y + 6, width: textWidth },
      { size: 9, color: ACCENT, maxLines: 2 },
    );
    const png = await this.qr.png(url, 6);
    doc.image(png, full.x + full.width - QR_SIZE, top, { width: QR_SIZE, height: QR_SIZE });
  }
}

function textLangs(o: PdfOptions): Lang[] {
  return o.text === 'both' ? ['ko', 'en'] : [o.text];
}

function fullWidth(doc: Doc): Box {
  return { x: MARGIN, y: MARGIN, width: doc.page.width - 2 * MARGIN };
}

function splitColumns(box: Box, n: number): Box[] {
  const gap = 18;
  const width = (box.width - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: box.x + i * (width + gap), y: box.y, width }));
}

function listingTitle(t: TechnologyDto, lang: Lang): string {
  return (lang === 'ko' ? (t.titleKo ?? t.titleEn) : (t.titleEn ?? t.titleKo)) ?? t.referenceCode;
}

function heading(doc: Doc, label: string, box: Box, y: number) {
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(ACCENT)
    .text(label, box.x, y, { width: box.width, lineBreak: false });
}

/**
 * Writes text in a box and returns the height it took; cut with an ellipsis at `maxLines` or
 * `maxHeight`, so a listing always fits its one page.
 */
function text(
  doc: Doc,
  value: string,
  box: { x: number; y: number; width: number },
  style: {
    size: number;
    bold?: boolean;
    color?: string;
    maxLines?: number;
    maxHeight?: number;
    link?: string;
  },
): number {
  if (!value) return 0;
  doc
    .font(style.bold ? 'bold' : 'regular')
    .fontSize(style.size)
    .fillColor(style.color ?? INK);
  const lineHeight = doc.currentLineHeight(true) * 1.15;
  // Never past the page's bottom margin: PDFKit would continue the text on a new page.
  const limit = Math.max(
    lineHeight,
    Math.min(
      style.maxHeight ?? Infinity,
      (style.maxLines ?? Infinity) * lineHeight,
      doc.page.maxY() - box.y,
    ),
  );
  const options = { width: box.width, lineGap: lineHeight - doc.currentLineHeight(true) };
  const natural = doc.heightOfString(value, options);
  const height = Math.min(natural, limit);
  doc.text(value, box.x, box.y, {
    ...options,
    height: height + 1,
    ellipsis: true,
    ...(style.link ? { link: style.link, underline: true } : {}),
  });
  return height;
}

function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
