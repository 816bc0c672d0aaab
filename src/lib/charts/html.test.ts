import { describe, expect, it } from 'vitest';
import { measure } from '../../../tests/factories/export-controls';
import { shareRow } from '../../../tests/factories/market-share';
import { concentration } from '../../../tests/factories/reference';
import { buildConcentrationOption } from './concentration';
import { buildTimelineOption } from './export-controls';
import { escapeHtml, escaped } from './html';
import { buildShareTrendOption } from './share-trend';

const HOSTILE = '<img src=x onerror="alert(1)">';

describe('escaped', () => {
	it('escapes every interpolated value and keeps nested templates as markup', () => {
		expect(escapeHtml(`a & <b> "c" 'd'`)).toBe('a &#38; &#60;b&#62; &#34;c&#34; &#39;d&#39;');
		expect(escaped`<b>${HOSTILE}</b>${escaped`<br/>${'x<y'}`}${null}`.markup).toBe(
			'<b>&#60;img src=x onerror=&#34;alert(1)&#34;&#62;</b><br/>x&#60;y'
		);
	});
});

describe('tooltips show names and source titles as text', () => {
	const hasNoMarkup = (tip: string) => {
		expect(tip).not.toContain('<img');
		expect(tip).toContain('&#60;img');
	};
	it('in the share trend', () => {
		const option = buildShareTrendOption(
			[shareRow({ vendor: 'a', share_pct: 50 })],
			{ segment: 'hbm', market: 'WLD', metric: 'revenue', vendors: null, title: 't' },
			{ vendor: () => HOSTILE, source: () => HOSTILE, published: () => '2025' }
		) as { series: { data: { tip?: string }[] }[] };
		const tips = option.series.flatMap((s) => s.data.flatMap((d) => (d.tip ? [d.tip] : [])));
		expect(tips.length).toBeGreaterThan(0);
		for (const t of tips) hasNoMarkup(t);
	});
	it('in the concentration chart', () => {
		const option = buildConcentrationOption(
			[concentration()],
			{ segment: 'hbm', market: 'WLD', metric: 'revenue', title: 't' },
			{ vendor: () => HOSTILE, country: () => HOSTILE, source: () => HOSTILE }
		) as { series: { data: { tip?: string }[] }[]; tooltip: { formatter?: (p: unknown) => string } };
		const point = option.series[0]!.data[0]!;
		hasNoMarkup(point.tip ?? option.tooltip.formatter!({ data: point, dataIndex: 0 }));
	});
	it('in the export-control timeline', () => {
		const option = buildTimelineOption([measure('m', '2024-01-01', { title: HOSTILE, citation: HOSTILE })], {
			authority: (a: string) => a,
			category: (c: string) => c,
			status: (s: string) => s
		}) as { tooltip: { formatter: (p: unknown) => string }; series: { data: unknown[] }[] };
		hasNoMarkup(option.tooltip.formatter({ data: option.series[0]!.data[0] }));
	});
});
