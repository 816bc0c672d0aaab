import { describe, expect, it } from 'vitest';
import { whole } from './format';

describe('whole', () => {
	it('rounds and separates thousands, and leaves missing values blank', () => {
		expect(whole(12435.6)).toBe('12,436');
		expect(whole(-1500.4)).toBe('-1,500');
		expect(whole(null)).toBe('');
		expect(whole(undefined)).toBe('');
	});
});
