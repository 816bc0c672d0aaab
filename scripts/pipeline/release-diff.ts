// Row-level differences between these outputs and the last release, so a reviewer sees what a data edit does.
import { createHash } from 'node:crypto';
import type { RegisteredDef, DatasetId } from '../../src/lib/registry';
import type { Published } from './derive';
import type { AnyRow } from './relations';
import { releaseKey, type ReleaseHistory } from '../../src/lib/datasets/release';

export interface Manifest {
	cutoff: string;
	/** Per dataset: primary key -> short hash of the published row. */
	datasets: Partial<Record<DatasetId, Record<string, string>>>;
}

export interface DatasetDiff {
	id: DatasetId;
	added: string[];
	removed: string[];
	changed: string[];
}

const keyOf = (def: RegisteredDef, row: AnyRow) => releaseKey(def.primaryKey, row);
const hashOf = (row: AnyRow) =>
	createHash('sha256').update(JSON.stringify(row)).digest('base64url').slice(0, 12);

export function buildManifest(
	defs: readonly RegisteredDef[],
	published: Published,
	cutoff: string
): Manifest {
	const datasets: Manifest['datasets'] = {};
	for (const def of defs)
		datasets[def.id] = Object.fromEntries(
			(published.get(def.id) ?? []).map((r) => [keyOf(def, r), hashOf(r)])
		);
	return { cutoff, datasets };
}

export function diffManifests(before: Manifest, after: Manifest): DatasetDiff[] {
	const ids = [
		...new Set([...Object.keys(before.datasets), ...Object.keys(after.datasets)])
	].sort() as DatasetId[];
	return ids.map((id) => {
		const a = before.datasets[id] ?? {};
		const b = after.datasets[id] ?? {};
		return {
			id,
			added: Object.keys(b).filter((k) => !(k in a)),
			removed: Object.keys(a).filter((k) => !(k in b)),
			changed: Object.keys(b).filter((k) => k in a && a[k] !== b[k])
		};
	});
}

export function formatDiff(diffs: DatasetDiff[], since: string): string {
	const changedSets = diffs.filter((d) => d.added.length + d.removed.length + d.changed.length > 0);
	if (changedSets.length === 0) return `no row changes since the release of ${since}`;
	const lines = [`changes since the release of ${since}:`];
	for (const d of changedSets) {
		lines.push(
			`  ${d.id}: +${d.added.length} added, -${d.removed.length} removed, ~${d.changed.length} changed`
		);
		for (const [sign, keys] of [
			['+', d.added],
			['-', d.removed],
			['~', d.changed]
		] as const)
			for (const k of keys.slice(0, 5)) lines.push(`      ${sign} ${k}`);
	}
	return lines.join('\n');
}

/** A release as the history records it: its day, its cut-off and only the datasets it changed. */
export function releaseRecord(
	diffs: DatasetDiff[],
	cutoff: string,
	released: string
): ReleaseHistory[number] {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(released)) throw new Error(`--date must be YYYY-MM-DD, not "${released}"`);
	return {
		released,
		cutoff,
		changes: diffs
			.filter((d) => d.added.length + d.removed.length + d.changed.length > 0)
			.map((d) => ({ dataset: d.id, added: d.added, changed: d.changed, removed: d.removed }))
	};
}
