/**
 * State outlines projected once, at build time: us-atlas (Census cartographic boundaries,
 * 1:10m) → topojson-client → d3-geo `geoAlbersUsa` fitted to 960 × 600, paths rounded to one
 * decimal. Served as the prerendered asset `/geo/states.json`, so no page carries the topology
 * in its JavaScript and the browser downloads the shapes once.
 */
import { geoAlbersUsa, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import states10m from 'us-atlas/states-10m.json';
import type { StateShape } from '$lib/map/geo';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 600;

/** The 50 states and DC (AlbersUsa has no place for the territories). */
export function stateShapes(fipsCodes: readonly string[]): StateShape[] {
	const topology = states10m as unknown as Topology<{
		states: GeometryCollection<{ name: string }>;
	}>;
	const collection = feature(topology, topology.objects.states) as FeatureCollection<
		Geometry,
		{ name: string }
	>;
	const wanted = new Set(fipsCodes);
	const features = collection.features.filter((f) => wanted.has(String(f.id)));
	const projection = geoAlbersUsa().fitSize([MAP_WIDTH, MAP_HEIGHT], {
		type: 'FeatureCollection',
		features
	});
	const path = geoPath(projection).digits(1);
	return features
		.map((f) => {
			const [x, y] = path.centroid(f);
			return {
				fips: String(f.id),
				name: f.properties.name,
				d: path(f) ?? '',
				centroid: [Math.round(x), Math.round(y)] as [number, number]
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}
