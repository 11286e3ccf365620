import { Injectable } from '@nestjs/common';
import QRCode from 'qrcode';

const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** QR codes for slides, posters and the PDFs: SVG (scales for print) and PNG. */
@Injectable()
export class QrCodeRenderer {
  svg(url: string): Promise<string> {
    return QRCode.toString(url, { ...OPTIONS, type: 'svg' });
  }

  /** A PNG of 10 pixels per module: sharp on a slide, enough for a poster from a phone's camera. */
  png(url: string, pixelsPerModule = 10): Promise<Buffer> {
    return QRCode.toBuffer(url, { ...OPTIONS, type: 'png', scale: pixelsPerModule });
  }
}
