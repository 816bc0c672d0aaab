// Lazily loaded: registers the map chart and the world geometry with the browser's ECharts. The geometry is
// fetched as a JSON asset rather than bundled: it is data, parsed faster as JSON than as script, and cached on
// its own hashed URL.
import { MapChart } from 'echarts/charts';
import worldUrl from 'world-atlas/countries-110m.json?url';
import { echarts } from './echarts';
import { WORLD_MAP } from './world-map';
import { worldFeatures, type WorldTopology } from './world-geo';

/** One fetch and registration per page, however many maps ask (and a retry after a failed fetch). */
let registering: Promise<void> | null = null;

export function registerWorld(alpha3ByNumeric: Record<string, string>): Promise<void> {
	registering ??= register(alpha3ByNumeric).catch((error) => {
		registering = null;
		throw error;
	});
	return registering;
}

async function register(alpha3ByNumeric: Record<string, string>): Promise<void> {
	echarts.use([MapChart]);
	const response = await fetch(worldUrl);
	if (!response.ok) throw new Error(`world map geometry: HTTP ${response.status}`);
	const topology = (await response.json()) as WorldTopology;
	echarts.registerMap(WORLD_MAP, worldFeatures(topology, alpha3ByNumeric) as never);
}
