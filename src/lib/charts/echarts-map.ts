// Lazily loaded: registers the map chart and the world geometry (world-atlas TopoJSON), keyed by ISO alpha-3.
// The geometry is fetched as a JSON asset rather than bundled: it is data, parsed faster as JSON than as
// script, and cached on its own hashed URL.
import { MapChart } from 'echarts/charts';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import { echarts } from './echarts';
import { WORLD_MAP } from './world-map';
/** One fetch and registration per page, however many maps ask (and a retry after a failed fetch). */
let registering: Promise<void> | null = null;

/** `alpha3ByNumeric` maps world-atlas ids (ISO 3166 numeric) to alpha-3; unmapped shapes keep their id. */
const ANTARCTICA = '010';

/**
 * Rings that cross the 180th meridian (Russia's far east, Fiji) would be drawn as lines across the whole map:
 * move their few western points onto the meridian.
 */
function foldAntimeridian(geometry: { type: string; coordinates: unknown }): void {
	const polygons = (
		geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
	) as number[][][][];
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return;
	for (const polygon of polygons)
		for (const ring of polygon) {
			const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180);
			if (!crosses) continue;
			const east = ring.filter((p) => p[0]! > 0).length >= ring.length / 2;
			for (const p of ring) if (east ? p[0]! < 0 : p[0]! > 0) p[0] = east ? 180 : -180;
		}
}

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
	const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
	const geo = feature(topology, topology.objects.countries);
	// Antarctica is no export destination; it would only take space.
	geo.features = geo.features.filter((f) => String(f.id) !== ANTARCTICA);
	for (const f of geo.features) {
		f.properties = { name: alpha3ByNumeric[String(f.id)] ?? `N${String(f.id)}` };
		if (f.geometry) foldAntimeridian(f.geometry as { type: string; coordinates: unknown });
	}
	echarts.registerMap(WORLD_MAP, geo as never);
}
