// pdfkit ships no types; this declares the small part of its API the PDF renderer uses.
declare module 'pdfkit' {
  export type TextOptions = {
    continued?: boolean;
    width?: number;
    indent?: number;
    paragraphGap?: number;
    lineGap?: number;
  };
  type DocumentOptions = {
    size?: string;
    margin?: number;
    compress?: boolean;
    lang?: string;
    displayTitle?: boolean;
    info?: { Title?: string; Subject?: string; Producer?: string; Creator?: string; CreationDate?: Date };
  };
  class PDFDocument {
    public readonly page: { readonly width: number; readonly height: number };
    public constructor(options?: DocumentOptions);
    /** A font under a name, from a TrueType file's bytes or path. */
    public registerFont(name: string, source: Buffer | string): this;
    public font(name: string): this;
    public fontSize(size: number): this;
    public fillColor(color: string): this;
    public text(text: string, options?: TextOptions): this;
    /** The width of a text in the current font and size, in points. */
    public widthOfString(text: string): number;
    public moveDown(lines?: number): this;
    public addPage(): this;
    public on(event: 'data', listener: (chunk: Buffer) => void): this;
    public on(event: 'end', listener: () => void): this;
    public on(event: 'error', listener: (error: Error) => void): this;
    public end(): void;
  }
  export default PDFDocument;
}
