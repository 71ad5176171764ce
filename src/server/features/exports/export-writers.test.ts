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

/** Batches that stop coming after `first` until the test opens the gate. */
function gated(first: number) {
  let read = 0;
  let closed = false;
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  async function* batches(): AsyncGenerator<Cell[][]> {
    try {
      for (;;) {
        if (read === first) await gate;
        read++;
        yield Array.from({ length: 500 }, (_, i) => [`row ${read}-${i}`, Math.random().toString(36).repeat(4), i]);
      }
    } finally {
      closed = true;
    }
  }
  const table = { head: ['a', 'b', 'c'], batches: batches(), locale: 'en', timeZone: 'UTC', sheetName: 'x' };
  return { table, read: () => read, closed: () => closed, open: () => open() };
}

// XLSX only: the CSV stream asks for no batch until someone reads.
describe('a download closed while a batch is being read', () => {
  it('stops the XLSX writer once the batch comes, whatever it was waiting for', async () => {
    const source = gated(2);
    const stream = xlsxStream(source.table);
    // Nobody reads: the file's buffers fill while the writer waits for the third batch.
    await new Promise((resolve) => setTimeout(resolve, 500));
    stream.destroy();
    source.open();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(source.closed()).toBe(true);
    expect(source.read()).toBeLessThanOrEqual(4);
  });
});
