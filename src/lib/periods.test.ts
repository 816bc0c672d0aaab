import { describe, expect, it } from 'vitest';
import { comparePeriods, periodEnd, periodMidDate } from './periods';

describe('periods', () => {
	it('orders quarters, halves and years by when they end', () => {
		const sorted = ['2024', '2024-Q4', '2023', '2024-H1', '2024-Q1'].sort(comparePeriods);
		expect(sorted).toEqual(['2023', '2024-Q1', '2024-H1', '2024-Q4', '2024']);
	});
	it('rejects text that is not a period', () => {
		expect(() => periodEnd('2024-Q5')).toThrow();
	});
});

describe('periodMidDate', () => {
	it('places years, halves and quarters at their middle', () => {
		expect(periodMidDate('2024')).toBe('2024-07-01');
		expect(periodMidDate('2024-H1')).toBe('2024-04-01');
		expect(periodMidDate('2024-Q1')).toBe('2024-02-16');
		expect(periodMidDate('2024-Q4')).toBe('2024-11-16');
	});
});
