// The ECharts core every live chart needs, registered once; chart types and cartesian components are
// registered per chart by modules.ts, so that a page loads only what its charts draw (the map page needs no
// bar chart).
import { AriaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { ECHARTS_THEME, THEME_NAME } from './theme';

echarts.use([AriaComponent, TooltipComponent, SVGRenderer]);
echarts.registerTheme(THEME_NAME, ECHARTS_THEME);

export { echarts };
