// Serves the build's static files (client assets, prerendered files) so that a file that vanishes while the
// server runs (a build replaced in place) gets a 404, never an unhandled stream error that ends the process.
// adapter-node's own static layer lists files at start-up and then streams them without an error handler.
import { open, readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream';

const TYPES = {
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.html': 'text/html; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2',
	'.map': 'application/json; charset=utf-8'
};

/** Precompressed variants, in the order they are preferred. */
const VARIANTS = /** @type {const} */ ([
	['br', '.br'],
	['gzip', '.gz']
]);

/**
 * @typedef {{ file: string, type: string, immutable: boolean, variants: Partial<Record<'br' | 'gzip', string>> }} Entry
 */

/** @param {string} dir @returns {Promise<string[]>} */
async function walk(dir) {
	const out = [];
	let entries;
	try {
		entries = await readdir(dir, { withFileTypes: true });
	} catch {
		return out;
	}
	for (const e of entries) {
		const path = join(dir, e.name);
		if (e.isDirectory()) out.push(...(await walk(path)));
		else if (e.isFile()) out.push(path);
	}
	return out;
}

/**
 * The URL paths each directory publishes: `a/b.js` as `/a/b.js`, a prerendered `x.html` also as `/x`.
 * @param {string[]} dirs
 * @param {string} immutablePrefix
 * @returns {Promise<Map<string, Entry>>}
 */
export async function indexStaticFiles(dirs, immutablePrefix) {
	/** @type {Map<string, Entry>} */
	const index = new Map();
	for (const dir of dirs) {
		const files = await walk(dir);
		const present = new Set(files);
		for (const file of files) {
			if (file.endsWith('.br') || file.endsWith('.gz')) continue;
			const path = `/${relative(dir, file).split(sep).join('/')}`;
			/** @type {Entry} */
			const entry = {
				file,
				type: TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
				immutable: path.startsWith(immutablePrefix),
				variants: {}
			};
			for (const [encoding, suffix] of VARIANTS)
				if (present.has(file + suffix)) entry.variants[encoding] = file + suffix;
			index.set(path, entry);
			if (path.endsWith('/index.html')) index.set(path.slice(0, -'index.html'.length) || '/', entry);
			else if (path.endsWith('.html')) index.set(path.slice(0, -'.html'.length), entry);
		}
	}
	return index;
}

/** @param {string | undefined} header @param {string} encoding */
function accepts(header, encoding) {
	return (header ?? '')
		.split(',')
		.map((part) => part.trim().split(';'))
		.some(([name, ...params]) => name === encoding && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)));
}

/**
 * Answers a request for a published file and returns true, or returns false for the app to answer. A
 * published file that can no longer be opened is a 404; a read that fails half-way ends that response only.
 * @param {Map<string, Entry>} index
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function serveStatic(index, req, res) {
	if (req.method !== 'GET' && req.method !== 'HEAD') return false;
	let pathname;
	try {
		pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	} catch {
		return false;
	}
	const entry = index.get(pathname);
	if (!entry) return false;

	const candidates = [
		...VARIANTS.filter(
			([encoding]) => entry.variants[encoding] && accepts(req.headers['accept-encoding'], encoding)
		).map(
			([encoding]) => /** @type {const} */ ([encoding, /** @type {string} */ (entry.variants[encoding])])
		),
		/** @type {const} */ ([null, entry.file])
	];
	for (const [encoding, file] of candidates) {
		let handle;
		try {
			handle = await open(file, 'r');
		} catch {
			continue;
		}
		let info;
		try {
			info = await handle.stat();
		} catch {
			await handle.close();
			continue;
		}
		const etag = `W/"${info.size}-${Math.trunc(info.mtimeMs)}${encoding ? `-${encoding}` : ''}"`;
		res.setHeader('content-type', entry.type);
		res.setHeader('etag', etag);
		res.setHeader('x-content-type-options', 'nosniff');
		if (entry.immutable) res.setHeader('cache-control', 'public,max-age=31536000,immutable');
		if (Object.keys(entry.variants).length > 0) res.setHeader('vary', 'Accept-Encoding');
		if (req.headers['if-none-match'] === etag) {
			await handle.close();
			res.statusCode = 304;
			res.end();
			return true;
		}
		if (encoding) res.setHeader('content-encoding', encoding);
		res.setHeader('content-length', info.size);
		if (req.method === 'HEAD') {
			await handle.close();
			res.end();
			return true;
		}
		// pipeline closes the file when the client goes away early, and ends only this response on a read error.
		pipeline(handle.createReadStream(), res, () => {});
		return true;
	}
	// Listed at start-up, gone now: the build was replaced under this process.
	res.statusCode = 404;
	res.setHeader('content-type', 'text/plain; charset=utf-8');
	res.end('Not found\n');
	return true;
}
