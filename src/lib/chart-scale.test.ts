import { describe, expect, it } from 'vitest';
import { scaleChoice } from './chart-scale';

describe('scaleChoice', () => {
	it('is linear unless the URL asks for log, and links to the other scale keeping the filters', () => {
		expect(scaleChoice(new URL('http://x/compare?country=USA,CHN'))).toEqual({
			scale: 'linear',
			otherScale: '/compare?country=USA%2CCHN&scale=log'
		});
		expect(scaleChoice(new URL('http://x/compare?country=USA&scale=log'))).toEqual({
			scale: 'log',
			otherScale: '/compare?country=USA'
		});
		expect(scaleChoice(new URL('http://x/sovereign-compute?scale=LOG')).scale).toBe('linear');
	});
});
