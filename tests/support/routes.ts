// The pages tests walk: the main sections from the app's own navigation, with what each must show, and a few
// detail pages. A section added to the navigation fails here until its expectations are written.
import { MAIN_ROUTES, type MainRoute } from '../../src/lib/nav';

const EXPECTED: Record<MainRoute, { heading: string; chart: boolean; table: boolean }> = {
	'/': { heading: 'AI Compute Atlas', chart: false, table: false },
	'/market-share': { heading: 'Who makes the chips', chart: true, table: true },
	'/export-controls': { heading: 'Who restricts the trade', chart: true, table: true },
	'/sovereign-compute': { heading: 'Who buys national capacity', chart: true, table: true },
	'/chips': { heading: 'Which chips the rules catch', chart: true, table: true },
	'/countries': { heading: 'Countries and blocs', chart: false, table: true },
	'/vendors': { heading: 'Vendors', chart: false, table: true },
	'/data': { heading: 'Download the data', chart: false, table: false }
};

export const MAIN_PAGES = MAIN_ROUTES.map((path) => ({ path, ...EXPECTED[path] }));

/** One page of each kind below the sections. */
export const DETAIL_PAGES = [
	'/export-controls/usa-bis-2025-01-ai-diffusion-framework',
	'/countries/KOR',
	'/vendors/nvidia',
	'/compare?country=USA,CHN',
	'/data/sources?dataset=market-share',
	'/chips/h20',
	'/sovereign-compute/ind-2024-indiaai-mission'
];

/** Pages with charts, default and filtered: each must arrive with its charts drawn. */
export const CHART_PAGES = [
	'/market-share',
	'/market-share?segment=hbm&vendor=micron',
	'/export-controls',
	'/export-controls?authority=CHN',
	'/sovereign-compute',
	'/sovereign-compute?region=europe',
	'/countries',
	'/countries/CHN',
	'/vendors/nvidia',
	'/compare?country=USA,CHN',
	'/chips',
	'/chips?vintage=usa-bis-2022-10-advanced-computing-semiconductor-ifr'
];
