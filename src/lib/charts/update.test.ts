import { describe, expect, it } from 'vitest';
import { replacing, REPLACED } from './update';

describe('replacing', () => {
	it('replaces data-bearing components, removes those the new option lacks, and keeps the tooltip', () => {
		const [option, opts] = replacing({ tooltip: { trigger: 'axis' }, series: [{ type: 'bar', data: [1] }] });
		expect(opts.replaceMerge).toEqual([...REPLACED]);
		expect(option.series).toEqual([{ type: 'bar', data: [1] }]);
		expect(option.legend).toEqual([]);
		expect(option.xAxis).toEqual([]);
		expect(option.tooltip).toEqual({ trigger: 'axis' });
		expect(option.animation).toBe(false);
		expect(opts.notMerge).toBeUndefined();
	});
});
