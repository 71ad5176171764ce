import { describe, expect, it } from 'vitest';
import { type Cell, csvStream, type ExportTable, xlsxStream } from './export-writers';

/** A download closed half way stops the export: no more batches are read for a reader who left. */
function endless(): { table: ExportTable; read: () => number; closed: () => boolean } {
  let read = 0;
  let closed = false;
  async function* batches(): AsyncGenerator<Cell[][]> {
    try {
      for (;;) {
        read++;
        yield Array.from({ length: 500 }, (_, i) => [`row ${read}-${i}`, 'æøå "x", y', i]);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      closed = true;
    }
  }
  const table = { head: ['a', 'b', 'c'], batches: batches(), locale: 'en', timeZone: 'UTC', sheetName: 'x' };
  return { table, read: () => read, closed: () => closed };
}

describe('a closed download', () => {
  for (const [name, make] of [
    ['csv', csvStream],
    ['xlsx', xlsxStream],
  ] as const) {
    it(`stops reading batches (${name})`, async () => {
      const source = endless();
      const stream = make(source.table);
      await new Promise<void>((resolve) => stream.once('data', () => resolve()));
      stream.destroy();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const after = source.read();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(source.read()).toBe(after);
      expect(source.closed()).toBe(true);
    });
  }
});
