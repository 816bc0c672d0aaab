import { describe, expect, it } from 'vitest';
import { nextSort, pageWindow, readSort, sortRows, sourcesColumn, withSort } from './table';

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

describe('table order in the URL', () => {
	const keys = ['name', 'amount'];
	it('reads the order of one table among several, and ignores unknown columns and other tables', () => {
		const params = new URLSearchParams('country=FRA&sort=measures.-date,programs.-amount');
		expect(readSort(params, 'programs', keys)).toEqual({ key: 'amount', ascending: false });
		expect(readSort(params, 'measures', keys)).toBeNull();
		expect(readSort(new URLSearchParams('sort=programs.name'), 'programs', keys)).toEqual({
			key: 'name',
			ascending: true
		});
		for (const bad of ['sort=programs.', 'sort=programs', 'sort=.name', 'sort=programs.toString', 'sort='])
			expect(readSort(new URLSearchParams(bad), 'programs', keys), bad).toBeNull();
	});
	it('writes one order per table, keeping filters and the other tables, in one canonical order', () => {
		const params = new URLSearchParams('country=FRA&sort=programs.name,measures.-date');
		const search = withSort(params, 'programs', { key: 'amount', ascending: false });
		expect(search).toBe('?country=FRA&sort=measures.-date,programs.-amount');
		expect(readSort(new URLSearchParams(search), 'programs', keys)).toEqual({
			key: 'amount',
			ascending: false
		});
	});
	it('picks a column ascending first and flips it when picked again', () => {
		expect(nextSort(null, 'amount')).toEqual({ key: 'amount', ascending: true });
		expect(nextSort({ key: 'amount', ascending: true }, 'amount')).toEqual({
			key: 'amount',
			ascending: false
		});
		expect(nextSort({ key: 'amount', ascending: false }, 'name')).toEqual({ key: 'name', ascending: true });
	});
	it('sorts by the column value with blanks last in both directions', () => {
		const column = { key: 'v', label: 'V', value: (r: { v: number | null }) => r.v };
		const rows = [{ v: 2 }, { v: null }, { v: 3 }, { v: 1 }];
		expect(sortRows(rows, column, true).map((r) => r.v)).toEqual([1, 2, 3, null]);
		expect(sortRows(rows, column, false).map((r) => r.v)).toEqual([3, 2, 1, null]);
		expect(sortRows(rows, undefined, true)).toBe(rows);
	});
});
