import { latestShareView } from '$lib/charts/market-share';
import { selected, toSearch } from '$lib/filters';
import { FREQUENCIES, frequencyOf, shareCells, trendFrequency } from '$lib/share-cells';
import { label } from '$lib/labels';
import { rows } from '$lib/server/datasets';
import { filterState } from '$lib/server/filter-state';
import { countryNames, sourceLabels, vendorLegendNames } from '$lib/server/names';
import { marketShareExplorer } from '$lib/server/explorers';
import { chartMarket, chartMetric, sortForTable } from '$lib/views/market-share';
import { segmentEvents } from '$lib/views/segment-events';

const segments = rows('segments');
const allShares = rows('market-share');
const published = new Map(rows('sources').map((s) => [s.id, s.published ?? '']));
const vendors = rows('vendors');
const spec = marketShareExplorer.spec;
const legendNames = vendorLegendNames();
const vendorName = new Map([...vendors.map((v) => [v.slug, v.name] as const), ['others', 'Others'] as const]);

export function load({ url }) {
	const state = filterState(url, spec, [
		{
			key: 'segment',
			label: 'Segment',
			options: segments
				.filter((s) => spec.lists.segment!.includes(s.id))
				.map((s) => ({ id: s.id, label: s.name }))
		},
		{ key: 'metric', label: 'Metric', options: spec.lists.metric!.map((m) => ({ id: m, label: label(m) })) },
		{
			key: 'frequency',
			label: 'Frequency',
			options: spec.lists.frequency!.map((f) => ({ id: f, label: label(f) }))
		},
		{
			key: 'vendor',
			label: 'Vendor',
			options: spec.lists.vendor!.map((v) => ({ id: v, label: vendorName.get(v) ?? v }))
		}
	]);
	// The vendor list offers the vendors with figures in the segments shown (no AWS under foundry), and keeps
	// any the reader chose.
	const shownSegments = new Set(selected(state.filters, spec, 'segment'));
	const present = new Set(allShares.filter((r) => shownSegments.has(r.segment)).map((r) => r.vendor));
	const vendorControl = state.controls.find((c) => c.key === 'vendor');
	if (vendorControl)
		vendorControl.options = vendorControl.options.filter(
			(o) => present.has(o.id) || (state.filters.lists.vendor ?? []).includes(o.id)
		);
	const filtered = marketShareExplorer.filter(state.filters);
	// Charts judge a source's coverage on all its vendors: a vendor filter picks the lines, not the market.
	const forCharts = marketShareExplorer.filter({
		...state.filters,
		lists: { ...state.filters.lists, vendor: undefined }
	});
	const chosenVendors = state.filters.lists.vendor ?? null;
	const countries = countryNames();
	const measures = rows('export-controls');
	const panels = selected(state.filters, spec, 'segment').map((id) => {
		const segment = segments.find((s) => s.id === id)!;
		const metric = chartMetric(filtered, id, selected(state.filters, spec, 'metric'));
		const market = metric ? chartMarket(filtered, id, metric) : undefined;
		const inView = forCharts.filter((r) => r.segment === id && r.metric === metric && r.market === market);
		const frequency = trendFrequency(shareCells(inView));
		// Other frequencies the data holds for this chart, one click away (a line never mixes them).
		const otherFrequencies = FREQUENCIES.filter(
			(f) =>
				f !== frequency &&
				allShares.some(
					(r) =>
						r.segment === id &&
						r.metric === metric &&
						r.market === market &&
						r.share_pct !== null &&
						frequencyOf(r.period) === f
				)
		).map((f) => ({
			id: f,
			href: `/market-share${toSearch({ ...state.filters, lists: { ...state.filters.lists, frequency: [f] } }, spec)}`
		}));
		return {
			chartRows: inView,
			frequency,
			otherFrequencies,
			segment,
			metric: metric ?? null,
			market: market ?? null,
			marketName: market === 'WLD' ? 'worldwide' : `${countries[market ?? ''] ?? market} market only`,
			view: metric ? (latestShareView(inView, id, (s) => published.get(s) ?? '') ?? null) : null,
			events: segmentEvents(measures, id, (c) => countries[c] ?? c)
		};
	});
	const concentration = rows('concentration').filter(
		(c) =>
			panels.some((p) => p.segment.id === c.segment) &&
			selected(state.filters, spec, 'metric').includes(c.metric)
	);
	const charted = panels.flatMap((p) => p.chartRows);
	const used = new Set(
		[...filtered, ...charted].map((r) => r.source_id).concat(concentration.map((c) => c.source_id))
	);
	const named = new Set(
		[...filtered, ...charted].map((r) => r.vendor).concat(concentration.map((c) => c.top_vendor))
	);
	const labels = sourceLabels();
	return {
		state,
		panels,
		rows: sortForTable(filtered),
		chosenVendors,
		concentration,
		names: {
			vendors: Object.fromEntries([...named].map((v) => [v, vendorName.get(v) ?? v])),
			legend: Object.fromEntries([...named].map((v) => [v, legendNames[v] ?? vendorName.get(v) ?? v])),
			hq: Object.fromEntries(vendors.map((v) => [v.slug, v.hq_country])),
			countries,
			sources: Object.fromEntries(
				[...used].map((id) => [id, { ...labels[id]!, published: published.get(id) ?? '' }])
			)
		}
	};
}
