import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filtersSchema } from './filters-schema';
import { parseFilters, searchFromEntries, toSearch, type FilterSpec, type Filters } from './filters';

const spec: FilterSpec = {
	lists: { vendor: ['nvidia', 'amd', 'intel'], segment: ['ai-accelerators', 'hbm', 'dram'] },
	defaults: { segment: ['ai-accelerators'] },
	years: { min: 2020, max: 2026 }
};
const parse = (q: string) => parseFilters(new URLSearchParams(q), spec);

describe('parseFilters', () => {
	it('reads comma lists in the canonical order, without duplicates', () => {
		expect(parse('vendor=intel,nvidia,intel').filters.lists.vendor).toEqual(['nvidia', 'intel']);
	});
	it('drops unknown keys and values and says which', () => {
		const { filters, ignored } = parse('vendor=nvidia,<b>x</b>&colour=red&from=1800');
		expect(filters.lists.vendor).toEqual(['nvidia']);
		expect(filters.from).toBeNull();
		expect(ignored).toEqual([
			{ key: 'vendor', value: '<b>x</b>' },
			{ key: 'colour', value: 'red' },
			{ key: 'from', value: '1800' }
		]);
	});
	it('applies defaults and swaps a reversed year range', () => {
		const { filters } = parse('from=2025&to=2021');
		expect(filters).toEqual({ lists: { segment: ['ai-accelerators'] }, from: 2021, to: 2025 });
	});
	it('never throws on arbitrary query strings', () => {
		fc.assert(
			fc.property(fc.string(), (q) => {
				const { filters } = parseFilters(new URLSearchParams(q), spec);
				expect(filtersSchema(spec).safeParse(filters).success).toBe(true);
			})
		);
	});
});

describe('toSearch', () => {
	it('omits defaults and sorts keys', () => {
		const f: Filters = {
			lists: { segment: ['ai-accelerators'], vendor: ['amd', 'nvidia'] },
			from: 2021,
			to: null
		};
		expect(toSearch(f, spec)).toBe('?from=2021&vendor=nvidia,amd');
	});

	const filtersArb = fc
		.record({
			vendor: fc.subarray(['nvidia', 'amd', 'intel']),
			segment: fc.subarray(['ai-accelerators', 'hbm', 'dram'], { minLength: 1 }),
			years: fc.tuple(
				fc.option(fc.integer({ min: 2020, max: 2026 })),
				fc.option(fc.integer({ min: 2020, max: 2026 }))
			)
		})
		.map(({ vendor, segment, years: [a, b] }): Filters => {
			const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
			return { lists: { segment, ...(vendor.length ? { vendor } : {}) }, from, to };
		});

	it('round-trips: parse(toSearch(f)) equals f', () => {
		fc.assert(
			fc.property(filtersArb, (f) => {
				expect(parse(toSearch(f, spec).slice(1)).filters).toEqual(f);
			})
		);
	});
});

describe('searchFromEntries', () => {
	it('turns checked boxes and selects into the canonical query, dropping empty selects', () => {
		const entries: [string, string][] = [
			['vendor', 'intel'],
			['vendor', 'nvidia'],
			['segment', 'ai-accelerators'],
			['from', ''],
			['to', '2024']
		];
		expect(searchFromEntries(entries, spec)).toBe('?to=2024&vendor=nvidia,intel');
	});
	it('keeps the page’s own keys (scale, sort) after the filters, and alone when no filter is set', () => {
		expect(
			searchFromEntries(
				[
					['vendor', 'intel'],
					['scale', 'log']
				],
				spec
			)
		).toBe('?vendor=intel&scale=log');
		expect(
			searchFromEntries(
				[
					['scale', 'log'],
					['sort', 'share-desc']
				],
				spec
			)
		).toBe('?sort=share-desc&scale=log');
	});
});

describe('date filter', () => {
	const dated: FilterSpec = {
		lists: { category: ['advanced-chips', 'materials'] },
		dates: { min: '2019-01-01', max: '2026-11-28' }
	};
	it('accepts a real date in range, treats the last day as the default, and rejects others', () => {
		expect(parseFilters(new URLSearchParams('date=2025-03-01'), dated).filters.date).toBe('2025-03-01');
		expect(parseFilters(new URLSearchParams('date=2026-11-28'), dated).filters.date).toBeNull();
		const bad = parseFilters(new URLSearchParams('date=2025-02-30&x=1'), dated);
		expect(bad.filters.date).toBeNull();
		expect(bad.ignored.map((i) => i.key)).toEqual(['date', 'x']);
	});
	it('round-trips any date in range', () => {
		const days = fc
			.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2026, 10, 27) })
			.map((t) => new Date(t).toISOString().slice(0, 10));
		fc.assert(
			fc.property(days, (date) => {
				const f: Filters = { lists: {}, from: null, to: null, date };
				expect(parseFilters(new URLSearchParams(toSearch(f, dated).slice(1)), dated).filters).toEqual(f);
			})
		);
	});
});
