import { describe, expect, it } from 'vitest';
import { event, measure, target } from '../../../tests/factories/export-controls';
import {
	exportControlsSpec,
	filterMeasures,
	newestFirst,
	statusOn,
	treatmentsOn,
	worldwideRulesOn
} from './export-controls';

// An AI-diffusion-like rule: tier 1 for one ally, tier 2 for the world, rescinded later.
const measures = [
	measure('diffusion', '2025-01-15', { status: 'rescinded' }),
	measure('chips', '2022-10-07'),
	measure('minerals', '2024-12-03', { authority: 'CHN', category: 'materials' })
];
const targets = [
	target('diffusion', 'NLD', 'tier-1'),
	target('diffusion', 'WLD', 'tier-2'),
	target('chips', 'CHN', 'presumption-of-denial'),
	target('minerals', 'USA', 'ban')
];
const events = [
	event('diffusion', '2025-01-15', 'in-force'),
	event('diffusion', '2025-05-13', 'rescinded'),
	event('chips', '2022-10-07', 'in-force'),
	event('minerals', '2024-12-03', 'in-force'),
	event('minerals', '2025-11-09', 'suspended', '2026-11-27')
];

describe('statusOn', () => {
	it('follows the history to the given date', () => {
		const own = events.filter((e) => e.measure_id === 'minerals');
		expect(statusOn(own, '2025-01-01')).toBe('in-force');
		expect(statusOn(own, '2026-01-01')).toBe('suspended');
		expect(statusOn(own, '2026-11-28')).toBe('in-force');
		expect(statusOn(own, '2024-01-01')).toBeUndefined();
	});
});

describe('treatmentsOn', () => {
	const on = (date: string) =>
		Object.fromEntries(
			treatmentsOn(date, measures, targets, events, ['NLD', 'CHN', 'USA', 'BRA']).map((t) => [
				t.country,
				t.treatment
			])
		);
	it('applies worldwide rows to every country unless the country has its own row', () => {
		expect(on('2025-03-01')).toEqual({
			NLD: 'tier-1',
			CHN: 'presumption-of-denial',
			USA: 'ban',
			BRA: 'tier-2'
		});
	});
	it('does not apply a worldwide row to the issuing country itself', () => {
		const own = treatmentsOn('2025-03-01', measures, targets, events, ['USA', 'BRA']).map((t) => t.country);
		expect(own).toEqual(['BRA', 'USA']);
		const issuer = treatmentsOn('2025-03-01', [measures[0]!], targets, events, ['USA', 'BRA']).map(
			(t) => t.country
		);
		expect(issuer).toEqual(['BRA']);
	});
	it('drops rescinded and suspended measures', () => {
		expect(on('2026-01-01')).toEqual({ CHN: 'presumption-of-denial' });
	});
	it('says when a treatment comes only from a rule for every destination', () => {
		const t = treatmentsOn('2025-03-01', measures, targets, events, ['NLD', 'BRA']);
		expect(t.map((x) => [x.country, x.worldwide])).toEqual([
			['NLD', false],
			['BRA', true]
		]);
		expect(
			worldwideRulesOn('2025-03-01', measures, targets, events).map((w) => [w.measure.id, w.treatment])
		).toEqual([['diffusion', 'tier-2']]);
		expect(worldwideRulesOn('2026-01-01', measures, targets, events)).toEqual([]);
	});
	it('counts entity listings apart: listing firms is not a treatment of their country', () => {
		const listing = measure('list', '2023-01-01', { category: 'entity-listing' });
		const t = treatmentsOn(
			'2026-01-01',
			[...measures, listing],
			[...targets, target('list', 'CHN', 'entity-listed'), target('list', 'RUS', 'entity-listed')],
			[...events, event('list', '2023-01-01', 'in-force')],
			['CHN', 'RUS']
		);
		expect(t).toEqual([
			{
				country: 'CHN',
				treatment: 'presumption-of-denial',
				measures: ['chips'],
				worldwide: false,
				entityListings: ['list'],
				scheduled: false
			},
			{
				country: 'RUS',
				treatment: null,
				measures: [],
				worldwide: false,
				entityListings: ['list'],
				scheduled: false
			}
		]);
	});
	it('marks a treatment that applies only because a suspension ran out as scheduled', () => {
		const scheduled = (date: string) =>
			treatmentsOn(date, measures, targets, events, ['USA']).map((t) => [t.treatment, t.scheduled]);
		expect(scheduled('2025-01-01')).toEqual([['ban', false]]);
		// The minerals ban was suspended until 2026-11-27; nothing reported says it came back.
		expect(scheduled('2026-11-28')).toEqual([['ban', true]]);
	});
	it('keeps a treatment reported by one measure unscheduled when another reaches it by schedule', () => {
		const second = measure('minerals-2', '2024-12-03', { authority: 'CHN', category: 'materials' });
		const t = treatmentsOn(
			'2026-11-28',
			[...measures, second],
			[...targets, target('minerals-2', 'USA', 'ban')],
			[...events, event('minerals-2', '2024-12-03', 'in-force')],
			['USA']
		);
		expect(t.map((x) => [x.measures, x.scheduled])).toEqual([[['minerals', 'minerals-2'], false]]);
	});
});

describe('filterMeasures', () => {
	const spec = exportControlsSpec(measures, targets, ['CHN', 'NLD', 'USA', 'WLD'], '2026-11-28');
	it('finds measures that apply to a country, worldwide ones included', () => {
		const ids = filterMeasures(
			measures,
			targets,
			events,
			{ lists: { country: ['NLD'] }, from: null, to: null },
			spec
		).map((m) => m.id);
		expect(ids).toEqual(['diffusion']);
	});
	it('on a chosen date, lists the measures known by then with their status on that date', () => {
		const f = { lists: {}, from: null, to: null, date: '2025-03-01' };
		const asOf = filterMeasures(measures, targets, events, f, spec);
		expect(asOf.map((m) => [m.id, m.status])).toEqual([
			['diffusion', 'in-force'],
			['chips', 'in-force'],
			['minerals', 'in-force']
		]);
		const before = filterMeasures(measures, targets, events, { ...f, date: '2023-01-01' }, spec);
		expect(before.map((m) => m.id)).toEqual(['chips']);
	});
	it('filters by authority, status and years', () => {
		const f = { lists: { authority: ['USA'], status: ['in-force'] }, from: 2022, to: 2023 };
		expect(filterMeasures(measures, targets, events, f, spec).map((m) => m.id)).toEqual(['chips']);
	});
	it('never offers WLD as a country to filter by', () => {
		expect(spec.lists.country).toEqual(['CHN', 'NLD', 'USA']);
	});
});

describe('newestFirst', () => {
	it('orders measures newest first and breaks date ties by id', () => {
		const list = [
			{ id: 'b', first_date: '2024-01-01' },
			{ id: 'c', first_date: '2025-06-01' },
			{ id: 'a', first_date: '2024-01-01' }
		];
		expect([...list].sort(newestFirst).map((m) => m.id)).toEqual(['c', 'a', 'b']);
	});
});

describe('treatmentsOn with country groups', () => {
	it('colours the members of a group its row names, on the date, below a row naming the country', () => {
		const groupRule = measure('group', '2023-01-01');
		const inD5 = (group: string, country: string, date: string) =>
			group === 'EAR-D5' && country === 'IRN' && date >= '2023-06-01';
		const t = (date: string) =>
			treatmentsOn(
				date,
				[groupRule],
				[target('group', 'EAR-D5', 'presumption-of-denial'), target('group', 'WLD', 'licence-required')],
				[event('group', '2023-01-01', 'in-force')],
				['IRN', 'BRA'],
				inD5
			).map((x) => [x.country, x.treatment, x.worldwide]);
		expect(t('2024-01-01')).toEqual([
			['IRN', 'presumption-of-denial', false],
			['BRA', 'licence-required', true]
		]);
		// Before the country joined, only the worldwide row reaches it.
		expect(t('2023-03-01')).toEqual([
			['IRN', 'licence-required', true],
			['BRA', 'licence-required', true]
		]);
	});
});
