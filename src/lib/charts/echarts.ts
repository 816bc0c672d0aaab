// The ECharts modules the atlas uses, registered once; importing echarts/core keeps the client bundle small.
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	LineChart,
	ScatterChart,
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent,
	SVGRenderer
]);

/** Grid lines that read on light and dark backgrounds alike. */
const GRID = { splitLine: { lineStyle: { color: 'rgba(128, 136, 150, 0.25)' } } };
echarts.registerTheme('atlas', { valueAxis: GRID, logAxis: GRID, timeAxis: GRID, categoryAxis: GRID });

export { echarts };
