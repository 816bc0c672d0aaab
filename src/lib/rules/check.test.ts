import { describe, expect, it } from 'vitest';
import { chip, condition, policy } from '../../../tests/factories/chips';
import { event, measure } from '../../../tests/factories/export-controls';
import { answerSentence, checkChip, parseCheckQuery } from './check';

const known = { chip: (s: string) => s === 'a', country: (c: string) => c === 'CHN' || c === 'FRA' };
const parse = (qs: string) => parseCheckQuery(new URLSearchParams(qs), known);

describe('parseCheckQuery', () => {
	it('reads a chip, a country and a date, and figures of a reader’s own', () => {
		expect(parse('chip=a&country=CHN&date=2024-02-29')).toEqual({
			ok: true,
			query: { chip: 'a', country: 'CHN', date: '2024-02-29' }
		});
		expect(parse('tpp=4800&pd=5.92&country=FRA&datacenter=false')).toEqual({
			ok: true,
			query: { tpp: 4800, pd: 5.92, country: 'FRA', datacenter: 'false' }
		});
		// Empty fields of the GET form count as not given.
		expect(parse('chip=a&country=CHN&tpp=&date=').ok).toBe(true);
	});
	it('names what is wrong: an unknown chip or country, an impossible date, a negative or non-numeric figure', () => {
		const message = (qs: string) => {
			const r = parse(qs);
			return r.ok ? 'ok' : r.message;
		};
		expect(message('chip=zz&country=CHN')).toMatch(/no chip "zz"/);
		expect(message('chip=a&country=USA')).toMatch(/no country "USA"/);
		expect(message('chip=a&country=chn')).toMatch(/alpha-3/);
		expect(message('chip=a&country=CHN&date=2025-02-30')).toMatch(/calendar date/);
		expect(message('tpp=-1&country=CHN')).toMatch(/tpp: expected a number of 0 or more/);
		expect(message('tpp=1e9&country=CHN')).toMatch(/tpp/);
		expect(message('country=CHN')).toMatch(/give a chip/);
		expect(message('chip=a&country=CHN&colour=red')).toMatch(/unknown parameter colour/);
	});
});

describe('checkChip', () => {
	const params = [
		condition('P.a', 1, 'tpp', 'ge', 100, { measure_id: 'm' }),
		condition('P.a', 1, 'pd', 'ge', 2, { measure_id: 'm' })
	];
	const data = {
		chips: [chip('a', { name: 'Chip A', tpp: 150, pd: 3 })],
		params,
		cutoff: '2025-06-30',
		measures: [measure('m', '2023-01-01')],
		events: [event('m', '2023-01-01', 'in-force')],
		targets: [],
		policies: [policy('m', 'CHN')],
		members: [],
		placeName: (c: string) => (c === 'CHN' ? 'China' : c)
	};
	it('answers for a chip in the data on the cut-off by default', () => {
		const r = checkChip({ chip: 'a', country: 'CHN' }, data);
		expect(r.date).toBe('2025-06-30');
		expect(r.licence_required).toBe(true);
		expect(r.review_policy).toBe('presumption-of-denial');
		expect(answerSentence(r, 'China')).toBe(
			'A licence was required for exporting Chip A to China on 2025-06-30, reviewed under presumption of denial.'
		);
	});
	it('lets a reader’s figures replace the chip’s, and says it depends when a figure tested is missing', () => {
		expect(checkChip({ chip: 'a', country: 'CHN', tpp: 50 }, data).licence_required).toBe(false);
		const custom = checkChip({ country: 'CHN', tpp: 150 }, data);
		expect(custom.chip_name).toBe('a chip with the figures given');
		expect(custom.licence_required).toBe(null);
		expect(custom.reasons.join(' ')).toMatch(/do not settle P.a/);
	});
	it('says when the date is past the data’s cut-off', () => {
		expect(checkChip({ chip: 'a', country: 'CHN', date: '2026-01-01' }, data).reasons.join(' ')).toMatch(
			/after the data's cut-off/
		);
	});
});
