// The ECharts core every chart needs, registered once; chart types and cartesian components are registered
// per chart by modules.ts, so that a page loads only what its charts draw (the map page needs no bar chart).
import { AriaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([AriaComponent, TooltipComponent, SVGRenderer]);

/** Grid lines that read on light and dark backgrounds alike. */
const GRID = { splitLine: { lineStyle: { color: 'rgba(128, 136, 150, 0.25)' } } };
echarts.registerTheme('atlas', { valueAxis: GRID, logAxis: GRID, timeAxis: GRID, categoryAxis: GRID });

export { echarts };
