// The page CSS charts need, made from the theme and the drawing widths, so it cannot drift from what the
// renderers draw: served as a stylesheet by the Vite plugin in vite.config.ts (virtual:chart-css).
import { staticChartCss } from './spec.ts';
import { darkChartCss } from './theme.ts';

export const CHART_CSS_MODULE = 'virtual:chart-css';

export function chartCss(): string {
	return `${staticChartCss()}${darkChartCss()}`;
}
