// The one place chart colours, fonts and axis styling are set: the ECharts theme both renderers use (the
// server's SVG and the browser's live chart), and the dark-mode CSS derived from it. Charts are drawn with
// the light colours; in dark mode the page's CSS repaints every element that carries one of them (a stylesheet
// rule beats an SVG presentation attribute), so one SVG serves both schemes without a flash or a second copy.

/** A colour in light and dark mode; the light value is what ECharts writes into the SVG. */
interface Ink {
	light: string;
	dark: string;
}

/** Neutral inks. The light values are kept distinct from every data colour, so the dark remap touches only them. */
export const INK = {
	/** Titles of charts that leave the page as images. */
	strong: { light: '#1d232c', dark: '#e8ebf0' },
	/** Axis labels, legend text, value labels (the page's --muted). */
	text: { light: '#5b6472', dark: '#a3abb8' },
	/** Axis lines and ticks. */
	axis: { light: '#9aa1ad', dark: '#5d6676' },
	/** Split lines behind the data. */
	grid: { light: '#e4e7ec', dark: '#262c36' },
	/** Dashed lines and labels for dated events drawn over a chart. */
	marker: { light: '#6b7280', dark: '#98a1b0' },
	/** The page background: hollow symbols and country borders are filled or stroked with it. */
	surface: { light: '#ffffff', dark: '#12151b' },
	/** Countries without data on a map. */
	noData: { light: '#d4d8de', dark: '#343b47' }
} as const satisfies Record<string, Ink>;

export type InkName = keyof typeof INK;

/** The light value of an ink, as builders write it into options. */
export const ink = (name: InkName): string => INK[name].light;

/**
 * Series colours, distinguishable for common colour-vision deficiencies (Okabe-Ito order first); the dark value
 * is lighter where the light one would vanish on a dark page.
 */
export const SERIES: readonly Ink[] = [
	{ light: '#0072B2', dark: '#0072B2' },
	{ light: '#E69F00', dark: '#E69F00' },
	{ light: '#009E73', dark: '#1fb68b' },
	{ light: '#CC79A7', dark: '#d98fb8' },
	{ light: '#56B4E9', dark: '#56B4E9' },
	{ light: '#D55E00', dark: '#ec7a2a' },
	{ light: '#F0E442', dark: '#F0E442' },
	{ light: '#7f7f7f', dark: '#a0a0a0' },
	{ light: '#332288', dark: '#8f84e0' },
	{ light: '#88CCEE', dark: '#88CCEE' },
	{ light: '#AA4499', dark: '#cc6bbb' },
	{ light: '#117733', dark: '#3fa862' }
];

export const PALETTE: string[] = SERIES.map((s) => s.light);

/**
 * The colour of one member of a fixed list (categories, funding types): its place in the list, not in the chart,
 * so that a category has the same colour on every page whatever else that page shows.
 */
export function colorIn(list: readonly string[], id: string): string {
	const i = list.indexOf(id);
	if (i < 0) throw new Error(`"${id}" is not in the list it is coloured by`);
	return PALETTE[i % PALETTE.length]!;
}

/** Private pledges are hatched wherever they are drawn as bars, so they never read as public money. */
export const PLEDGE_HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -0.785 };

/**
 * Arial's metrics, which every system has a font for (Arial, Helvetica, Liberation Sans are metric-compatible):
 * the server lays out text without a browser, by those widths, so the same font keeps legends from overlapping.
 */
export const FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', 'Nimbus Sans', sans-serif";

const axisStyle = {
	axisLine: { lineStyle: { color: INK.axis.light } },
	axisTick: { lineStyle: { color: INK.axis.light } },
	axisLabel: { color: INK.text.light },
	nameTextStyle: { color: INK.text.light },
	splitLine: { lineStyle: { color: INK.grid.light } }
};

/** The ECharts theme registered as 'atlas' by both renderers. */
export const ECHARTS_THEME = {
	color: PALETTE,
	backgroundColor: 'transparent',
	textStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: INK.text.light },
	legend: { textStyle: { color: INK.text.light }, pageTextStyle: { color: INK.text.light } },
	categoryAxis: axisStyle,
	valueAxis: axisStyle,
	logAxis: axisStyle,
	timeAxis: axisStyle,
	// HTML, so the page's own variables apply in both schemes.
	tooltip: {
		backgroundColor: 'var(--bg)',
		borderColor: 'var(--line)',
		textStyle: { color: 'var(--fg)', fontFamily: FONT_FAMILY }
	}
};

/** Hex spellings ECharts itself writes for white (hollow symbols), repainted with the surface ink. */
const WHITE_ALIASES = ['#fff', '#ffffff', '#FFF', '#FFFFFF'];

/** The dark-mode rules for charts under `scope`: each light ink and series colour, as fill and as stroke. */
export function darkChartCss(scope = '.echart'): string {
	const pairs: [string, string][] = [
		...Object.values(INK).map((i): [string, string] => [i.light, i.dark]),
		...WHITE_ALIASES.map((w): [string, string] => [w, INK.surface.dark]),
		...SERIES.filter((s) => s.light !== s.dark).map((s): [string, string] => [s.light, s.dark])
	];
	const seen = new Set<string>();
	const rules: string[] = [];
	for (const [light, dark] of pairs) {
		if (seen.has(light)) continue;
		seen.add(light);
		rules.push(`${scope} [fill="${light}"]{fill:${dark}}`, `${scope} [stroke="${light}"]{stroke:${dark}}`);
	}
	return `@media (prefers-color-scheme: dark){${rules.join('')}}`;
}

/** The name both renderers register ECHARTS_THEME under. */
export const THEME_NAME = 'atlas';
