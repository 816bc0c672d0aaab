// Server-side ECharts: draws a chart spec to an SVG string with the same theme and geometry as the browser's
// live chart. Registered with static-svg.ts by hooks.server.ts.
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TooltipComponent
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import topology from 'world-atlas/countries-110m.json';
import type { ChartSpec } from '$lib/charts/spec';
import { ECHARTS_THEME, THEME_NAME } from '$lib/charts/theme';
import { worldFeatures, type WorldTopology } from '$lib/charts/world-geo';
import { WORLD_MAP } from '$lib/charts/world-map';
import { alpha3ByNumeric } from './geo';

echarts.use([
	BarChart,
	LineChart,
	MapChart,
	ScatterChart,
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TooltipComponent,
	LabelLayout,
	SVGRenderer
]);
echarts.registerTheme(THEME_NAME, ECHARTS_THEME);
echarts.registerMap(
	WORLD_MAP,
	worldFeatures(topology as unknown as WorldTopology, alpha3ByNumeric()) as never
);

export function renderChartSvg(spec: ChartSpec, width: number): string {
	const chart = echarts.init(null, THEME_NAME, { renderer: 'svg', ssr: true, width, height: spec.height });
	try {
		chart.setOption({ ...spec.option, animation: false });
		return chart.renderToSVGString({ useViewBox: true });
	} finally {
		chart.dispose();
	}
}
