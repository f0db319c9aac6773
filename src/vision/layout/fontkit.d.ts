// fontkit (the font engine pdfkit itself uses) ships no types; this declares the part the PDF renderer reads.
declare module 'fontkit' {
  export type Font = {
    readonly postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  };
  export function create(buffer: Buffer): Font;
}
