import { describe, expect, it } from 'vitest';
import { event } from '../../tests/factories/export-controls';
import type { MeasureEvent } from './datasets/export-controls/schema';
import { applyingSpans, appliesOn, statusAt } from './status';

const at = (date: string, status: MeasureEvent['status'], until: string | null = null) =>
	event('m', date, status, until);

describe('statusAt', () => {
	it('takes the last event on or before the date', () => {
		const events = [at('2025-01-15', 'in-force'), at('2025-05-13', 'rescinded'), at('2027-01-01', 'amended')];
		expect(statusAt(events, '2026-01-01')).toEqual({
			status: 'rescinded',
			status_date: '2025-05-13',
			status_basis: 'reported'
		});
	});
	it('returns a suspension that has ended to in force, and expires a fixed term, as scheduled: no source says so', () => {
		expect(statusAt([at('2025-11-10', 'suspended', '2026-11-10')], '2026-11-28')).toEqual({
			status: 'in-force',
			status_date: '2026-11-10',
			status_basis: 'scheduled'
		});
		expect(statusAt([at('2025-11-10', 'suspended', '2026-11-10')], '2026-06-01')?.status).toBe('suspended');
		expect(statusAt([at('2025-11-07', 'in-force', '2026-11-10')], '2026-11-28')?.status).toBe('expired');
	});
	it('carries a scheduled event’s basis', () => {
		const scheduled = { ...at('2025-12-31', 'in-force'), basis: 'scheduled' as const };
		expect(statusAt([scheduled], '2026-01-01')?.status_basis).toBe('scheduled');
	});
	it('is undefined when nothing happened before the date', () => {
		expect(statusAt([at('2027-01-01', 'in-force')], '2026-01-01')).toBeUndefined();
	});
});

describe('applyingSpans', () => {
	it('ends a span at a suspension and opens another when the suspension runs out', () => {
		const history = [
			event('m', '2025-10-09', 'in-force'),
			event('m', '2025-11-10', 'suspended', '2026-11-10')
		];
		expect(applyingSpans(history, '2026-06-01')).toEqual([{ from: '2025-10-09', until: '2025-11-10' }]);
		expect(applyingSpans(history, '2026-11-28')).toEqual([
			{ from: '2025-10-09', until: '2025-11-10' },
			{ from: '2026-11-10', until: null }
		]);
	});
	it('lets a later event overtake a suspension’s end', () => {
		const history = [
			event('m', '2025-01-15', 'in-force'),
			event('m', '2025-03-01', 'suspended', '2025-12-31'),
			event('m', '2025-06-01', 'rescinded')
		];
		expect(applyingSpans(history, '2026-11-28')).toEqual([{ from: '2025-01-15', until: '2025-03-01' }]);
	});
});

describe('appliesOn', () => {
	it('says a measure applies while it is in force or amended, not while suspended or not enforced', () => {
		const applies = appliesOn([
			event('m', '2024-01-01', 'in-force'),
			event('m', '2024-06-01', 'not-enforced'),
			event('n', '2024-01-01', 'suspended', '2024-03-01')
		]);
		expect(applies('m', '2023-12-31')).toBe(false);
		expect(applies('m', '2024-02-01')).toBe(true);
		expect(applies('m', '2024-06-01')).toBe(false);
		expect(applies('n', '2024-02-01')).toBe(false);
		// A suspension with a stated end reverts to in force then (scheduled).
		expect(applies('n', '2024-03-01')).toBe(true);
		expect(applies('unknown', '2024-02-01')).toBe(false);
	});
});
