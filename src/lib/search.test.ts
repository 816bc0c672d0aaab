import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, searchEntries, typoDistance, type SearchEntry } from './search';

const entries: SearchEntry[] = [
	{ kind: 'country', label: 'Netherlands', terms: ['NLD', 'Holland'], href: '/countries/NLD', detail: '' },
	{ kind: 'vendor', label: 'ASML Holding', terms: ['ASML'], href: '/vendors/asml', detail: '' },
	{
		kind: 'measure',
		label: 'Netherlands advanced semiconductor equipment regulation',
		terms: [],
		href: '/x',
		detail: ''
	},
	{ kind: 'country', label: 'Türkiye', terms: ['TUR', 'Turkey'], href: '/countries/TUR', detail: '' }
];

describe('searchEntries', () => {
	it('finds by alias and code, exact and prefix matches first', () => {
		expect(searchEntries(entries, 'holland').map((e) => e.label)).toEqual(['Netherlands']);
		expect(searchEntries(entries, 'netherlands').map((e) => e.kind)).toEqual(['country', 'measure']);
		expect(searchEntries(entries, 'asml')[0]!.href).toBe('/vendors/asml');
	});
	it('ignores accents, case and punctuation', () => {
		expect(searchEntries(entries, 'TURKIYE').map((e) => e.label)).toEqual(['Türkiye']);
		expect(normalise('Co., Ltd.')).toBe('co ltd');
	});
	it('never throws and returns nothing for blank queries', () => {
		expect(searchEntries(entries, '  ')).toEqual([]);
		fc.assert(fc.property(fc.string(), (q) => Array.isArray(searchEntries(entries, q))));
	});
	it('forgives a typo in a longer word, and ranks such matches after exact ones', () => {
		const huawei: SearchEntry = {
			kind: 'vendor',
			label: 'Huawei',
			terms: ['huawei'],
			href: '/vendors/huawei',
			detail: ''
		};
		const more = [...entries, huawei];
		expect(searchEntries(more, 'huawie').map((e) => e.label)).toEqual(['Huawei']);
		expect(searchEntries(more, 'netherlnds').map((e) => e.kind)).toEqual(['country', 'measure']);
		// Short words must match as typed: "asm" is not "asml" with a typo, nor "ams".
		expect(searchEntries(more, 'ams')).toEqual([]);
	});
	it('measures the distance with adjacent transpositions as one edit', () => {
		expect(typoDistance('huawie', 'huawei')).toBe(1);
		expect(typoDistance('nvdia', 'nvidia')).toBe(1);
		expect(typoDistance('kitten', 'sitting')).toBe(3);
	});
});
