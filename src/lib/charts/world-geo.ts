// The world's shapes for maps, from world-atlas TopoJSON, keyed by ISO alpha-3: the same geometry for the
// server's SVG and the browser's live map.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Antarctica is no export destination; it would only take space. */
const ANTARCTICA = '010';

export type WorldTopology = Topology<{ countries: GeometryCollection }>;

/**
 * Rings that cross the 180th meridian (Russia's far east, Fiji) would be drawn as lines across the whole map:
 * move their few western points onto the meridian.
 */
function foldAntimeridian(geometry: { type: string; coordinates: unknown }): void {
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return;
	const polygons = (
		geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
	) as number[][][][];
	for (const polygon of polygons)
		for (const ring of polygon) {
			const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180);
			if (!crosses) continue;
			const east = ring.filter((p) => p[0]! > 0).length >= ring.length / 2;
			for (const p of ring) if (east ? p[0]! < 0 : p[0]! > 0) p[0] = east ? 180 : -180;
		}
}

/** `alpha3ByNumeric` maps world-atlas ids (ISO 3166 numeric) to alpha-3; unmapped shapes keep their id. */
export function worldFeatures(topology: WorldTopology, alpha3ByNumeric: Record<string, string>) {
	const geo = feature(topology, topology.objects.countries);
	geo.features = geo.features.filter((f) => String(f.id) !== ANTARCTICA);
	for (const f of geo.features) {
		f.properties = { name: alpha3ByNumeric[String(f.id)] ?? `N${String(f.id)}` };
		if (f.geometry) foldAntimeridian(f.geometry as { type: string; coordinates: unknown });
	}
	return geo;
}
