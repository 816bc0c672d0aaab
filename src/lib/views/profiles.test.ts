import { describe, expect, it } from 'vitest';
import type { Measure, MeasureEvent, MeasureTarget } from '../datasets/export-controls/schema';
import { shareRow } from '../../../tests/factories/market-share';
import { combinedShareSeries, rankIn, treatmentHistory } from './profiles';

const share = (vendor: string, period: string, share_pct: number, source_id = 'old', market = 'WLD') =>
	shareRow({
		segment: 'dram',
		period,
		vendor,
		market,
		share_pct,
		source_id,
		year: Number(period.slice(0, 4))
	});
const published: Record<string, string> = { old: '2024-01-01', new: '2025-01-01' };

describe('combinedShareSeries', () => {
	const korea = new Set(['samsung', 'sk-hynix']);
	const rows = [
		share('samsung', '2024', 40),
		share('sk-hynix', '2024', 30),
		share('micron', '2024', 20),
		share('samsung', '2024', 42, 'new'),
		share('sk-hynix', '2024', 31, 'new'),
		share('micron', '2024', 19, 'new'),
		share('samsung', '2023', 50, 'old', 'CHN'),
		share('samsung', '2023', 41),
		share('sk-hynix', '2023', 29),
		share('micron', '2023', 22),
		// a newer source naming only one vendor (43% of the market) must not define 2023
		share('samsung', '2023', 43, 'new')
	];
	it('adds up one country\u2019s vendors within the newest complete source, worldwide only', () => {
		const [series] = combinedShareSeries(rows, korea, (id) => published[id]!);
		expect(series!.points).toEqual([
			{ period: '2023', date: '2023-07-01', share: 70, source_id: 'old' },
			{ period: '2024', date: '2024-07-01', share: 73, source_id: 'new' }
		]);
	});
	it('has no point for a period only a partial source covers, however new', () => {
		const partialOnly = rows.filter((r) => r.period === '2024' || r.source_id === 'new');
		const [series] = combinedShareSeries(partialOnly, korea, (id) => published[id]!);
		expect(series!.points.map((p) => p.period)).toEqual(['2024']);
	});
	it('needs a source naming 90% of the market for a combined share: the rest could hide its firms', () => {
		const thin = [share('samsung', '2025', 60, 'new'), share('micron', '2025', 25, 'new')];
		const [series] = combinedShareSeries([...rows, ...thin], korea, (id) => published[id]!);
		// 85% named is enough for a line, not for "Korea holds 60%".
		expect(series!.points.map((p) => p.period)).toEqual(['2023', '2024']);
	});
	it('keeps annual and quarterly figures apart: one frequency per segment', () => {
		const quarters = ['2024-Q1', '2024-Q2'].flatMap((q) => [
			share('samsung', q, 45, 'new'),
			share('sk-hynix', q, 35, 'new'),
			share('micron', q, 20, 'new')
		]);
		const [series] = combinedShareSeries([...rows, ...quarters], korea, (id) => published[id]!);
		// Two usable periods each: quarters win the tie, and no year joins their line.
		expect(series!.frequency).toBe('quarterly');
		expect(series!.points.map((p) => p.period)).toEqual(['2024-Q1', '2024-Q2']);
	});
});

describe('treatmentHistory', () => {
	const m = {
		id: 'diffusion',
		title: 'AI diffusion',
		authority: 'USA',
		effective: '2025-01-13',
		first_date: '2025-01-13',
		status: 'rescinded'
	} as Measure;
	const targets: MeasureTarget[] = [
		{ measure_id: 'diffusion', target: 'NLD', treatment: 'tier-1', notes: null }
	];
	const events = [
		{ measure_id: 'diffusion', date: '2025-01-15', status: 'in-force' },
		{ measure_id: 'diffusion', date: '2025-05-13', status: 'rescinded' }
	] as MeasureEvent[];
	it('gives the spell from entry into force to rescission', () => {
		expect(treatmentHistory(new Set(['NLD']), [m], targets, events, '2026-11-28')).toEqual([
			{
				measure_id: 'diffusion',
				title: 'AI diffusion',
				authority: 'USA',
				treatment: 'tier-1',
				worldwide: false,
				from: '2025-01-15',
				until: '2025-05-13',
				status: 'rescinded'
			}
		]);
		expect(treatmentHistory(new Set(['NLD']), [m], targets, events, '2025-03-01')[0]!.until).toBeNull();
	});
	it('includes the row for every destination while it applied, unless the place is named or issued it', () => {
		const all = [
			...targets,
			{ measure_id: 'diffusion', target: 'WLD', treatment: 'tier-2', notes: null } as const
		];
		const india = treatmentHistory(new Set(['IND']), [m], all, events, '2026-11-28');
		expect(india).toMatchObject([
			{ treatment: 'tier-2', worldwide: true, from: '2025-01-15', until: '2025-05-13' }
		]);
		expect(treatmentHistory(new Set(['NLD']), [m], all, events, '2026-11-28')).toMatchObject([
			{ treatment: 'tier-1', worldwide: false }
		]);
		expect(treatmentHistory(new Set(['USA']), [m], all, events, '2026-11-28')).toEqual([]);
	});
	it('ends a spell at a suspension: what is suspended today does not "still apply"', () => {
		const suspended = [
			{ measure_id: 'diffusion', date: '2025-01-15', status: 'in-force' },
			{ measure_id: 'diffusion', date: '2025-11-19', status: 'suspended', until: null }
		] as MeasureEvent[];
		expect(treatmentHistory(new Set(['NLD']), [m], targets, suspended, '2026-11-28')).toMatchObject([
			{ from: '2025-01-15', until: '2025-11-19', status: 'suspended' }
		]);
	});
});

describe('rankIn', () => {
	it('ranks by share, largest first', () => {
		const rows = [share('micron', '2024', 20), share('samsung', '2024', 40), share('sk-hynix', '2024', 30)];
		expect(rankIn(rows, 'sk-hynix')).toBe(2);
		expect(rankIn(rows, 'kioxia')).toBeNull();
	});
});
