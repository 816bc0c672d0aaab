import { describe, expect, it } from 'vitest';
import { pageWindow } from './table';

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
