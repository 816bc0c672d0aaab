import { describe, expect, it } from 'vitest';
import { pageWindow, sourcesColumn } from './table';

describe('pageWindow', () => {
	it('cuts the rows into pages and ends the last page at the last row', () => {
		expect(pageWindow(135, 25, 0)).toEqual({ start: 0, end: 25, page: 0, pages: 6 });
		expect(pageWindow(135, 25, 5)).toEqual({ start: 125, end: 135, page: 5, pages: 6 });
	});
	it('clamps a page past either end (e.g. after a filter shortened the rows)', () => {
		expect(pageWindow(30, 25, 9)).toEqual({ start: 25, end: 30, page: 1, pages: 2 });
		expect(pageWindow(30, 25, -3)).toMatchObject({ start: 0, page: 0 });
		expect(pageWindow(0, 25, 2)).toEqual({ start: 0, end: 0, page: 0, pages: 1 });
	});
	it('shows every row when the page size is 0 (no paging)', () => {
		expect(pageWindow(135, 0, 3)).toEqual({ start: 0, end: 135, page: 0, pages: 1 });
	});
});

describe('sourcesColumn', () => {
	it('links each cited source from the current source map, skipping ids it lacks', () => {
		let sources: Record<string, { label: string; url: string }> = { a: { label: 'A', url: 'https://a' } };
		const column = sourcesColumn<{ source_ids: string[] }>(() => sources);
		const row = { source_ids: ['a', 'b'] };
		expect(column.links!(row)).toEqual([{ label: 'A', url: 'https://a' }]);
		sources = { b: { label: 'B', url: 'https://b' } };
		expect(column.links!(row)).toEqual([{ label: 'B', url: 'https://b' }]);
		expect(column.value(row)).toBe(2);
	});
});
