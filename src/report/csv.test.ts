import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.js';

describe('csv cells', () => {
  it('quotes every field and doubles quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\r\nbye')).toBe('"say ""hi""\r\nbye"');
  });

  it('defuses anything a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")']) {
      expect(csvCell(s).slice(1, 2)).toBe("'");
    }
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a=b')).toBe('"a=b"');
  });
});
