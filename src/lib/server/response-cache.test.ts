import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';

const entry = (size: number) => ({ status: 200, headers: [], body: new Uint8Array(size) });

describe('ResponseCache', () => {
	it('evicts the least recently used entry beyond its size', () => {
		const cache = new ResponseCache(2, 1000);
		cache.set('a', entry(1));
		cache.set('b', entry(1));
		cache.get('a');
		cache.set('c', entry(1));
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toBeDefined();
		expect(cache.size).toBe(2);
	});
	it('keeps the total bytes under its budget and skips oversized bodies', () => {
		const cache = new ResponseCache(10, 800);
		cache.set('big', entry(200));
		expect(cache.get('big')).toBeUndefined();
		for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) cache.set(k, entry(100));
		expect(cache.size).toBe(8);
		expect(cache.get('a')).toBeUndefined();
	});
});
