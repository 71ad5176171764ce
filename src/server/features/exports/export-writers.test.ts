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
        // A note that does not zip away to nothing, as real ones do not.
        const note = () => Math.random().toString(36).repeat(4);
        yield Array.from({ length: 500 }, (_, i) => [`row ${read}-${i}`, 'æøå "x", y', i, note()]);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      closed = true;
    }
  }
  const table = { head: ['a', 'b', 'c', 'd'], batches: batches(), locale: 'en', timeZone: 'UTC', sheetName: 'x' };
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

describe('a reader who does not keep up', () => {
  for (const [name, make] of [
    ['csv', csvStream],
    ['xlsx', xlsxStream],
  ] as const) {
    it(`is waited for: batches are read only as the file is taken (${name})`, async () => {
      const source = endless();
      const stream = make(source.table);
      // Nobody reads: what is written waits in the streams' buffers, a few batches at most (the XLSX
      // writer waited for the file only between batches and read 9 here, its zip a batch behind).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const waiting = source.read();
      expect(waiting).toBeLessThan(6);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(source.read()).toBe(waiting);
      // Reading on asks for more.
      stream.resume();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(source.read()).toBeGreaterThan(waiting);
      stream.destroy();
    });
  }
});
