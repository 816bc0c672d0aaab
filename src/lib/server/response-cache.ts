// Pages depend only on their URL and the release's data, which never changes while the server runs: rendered
// responses can be kept and served again. A small LRU bounds the memory.
export interface CachedResponse {
	status: number;
	headers: [string, string][];
	body: Uint8Array;
}

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
		if (value.body.byteLength > this.maxBytes / 8) return;
		const previous = this.entries.get(key);
		if (previous) {
			this.bytes -= previous.body.byteLength;
			this.entries.delete(key);
		}
		this.entries.set(key, value);
		this.bytes += value.body.byteLength;
		while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
			const [oldest, entry] = this.entries.entries().next().value as [string, CachedResponse];
			this.entries.delete(oldest);
			this.bytes -= entry.body.byteLength;
		}
	}

	get size(): number {
		return this.entries.size;
	}
}
