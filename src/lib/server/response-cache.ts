// Pages depend only on their URL and the release's data, which never changes while the server runs: rendered
// responses can be kept and served again. A small LRU bounds the memory.
import type { Encoding } from './compress';

export interface CachedResponse {
	status: number;
	headers: [string, string][];
	body: Uint8Array;
	/** The body compressed once, per content-coding, for clients that accept it. */
	encoded?: Partial<Record<Encoding, Uint8Array>>;
}

const sizeOf = (r: CachedResponse) =>
	r.body.byteLength + Object.values(r.encoded ?? {}).reduce((sum, b) => sum + b.byteLength, 0);

export class ResponseCache {
	private entries = new Map<string, CachedResponse>();
	private bytes = 0;

	constructor(
		private readonly maxEntries = 300,
		private readonly maxBytes = 64 * 1024 * 1024
	) {}

	get(key: string): CachedResponse | undefined {
		const hit = this.entries.get(key);
		if (!hit) return undefined;
		// Re-insert so the map's order is least recently used first.
		this.entries.delete(key);
		this.entries.set(key, hit);
		return hit;
	}

	set(key: string, value: CachedResponse): void {
		if (sizeOf(value) > this.maxBytes / 8) return;
		const previous = this.entries.get(key);
		if (previous) {
			this.bytes -= sizeOf(previous);
			this.entries.delete(key);
		}
		this.entries.set(key, value);
		this.bytes += sizeOf(value);
		while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
			const [oldest, entry] = this.entries.entries().next().value as [string, CachedResponse];
			this.entries.delete(oldest);
			this.bytes -= sizeOf(entry);
		}
	}

	get size(): number {
		return this.entries.size;
	}
}
