// 3. Server throughput: `node build` rendering a filtered page against a static node:http server that sends
// the same HTML bytes, both loaded by autocannon (a child process) with 50 connections on loopback.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fmt, ms, runChild, type Row } from './util';

const CONNECTIONS = 50;
const DURATION_S = 10;
const WARMUP_S = 2;
const SINGLE_S = 3;

interface Load {
	rps: number;
	p50: number;
	p99: number;
	errors: number;
	non2xx: number;
	bytes: number;
}

async function autocannon(
	root: string,
	url: string,
	seconds: number,
	connections = CONNECTIONS
): Promise<Load> {
	const bin = join(root, 'node_modules', 'autocannon', 'autocannon.js');
	if (!existsSync(bin)) throw new Error('autocannon is not installed (npm i -E -D autocannon@8)');
	const result = await runChild(
		process.execPath,
		[bin, '-c', String(connections), '-d', String(seconds), '-j', url],
		{ cwd: root, timeoutMs: (seconds + 30) * 1000 }
	);
	if (result.code !== 0) throw new Error(`autocannon exited ${result.code}: ${result.stderr.slice(-300)}`);
	const report = JSON.parse(result.stdout) as {
		requests: { average: number };
		latency: { p50: number; p99: number };
		errors: number;
		timeouts: number;
		non2xx: number;
		throughput: { total: number };
	};
	return {
		rps: report.requests.average,
		p50: report.latency.p50,
		p99: report.latency.p99,
		errors: report.errors + report.timeouts,
		non2xx: report.non2xx,
		bytes: report.throughput.total
	};
}

export async function benchThroughput(
	root: string,
	appBase: string,
	route: string,
	log: (line: string) => void
): Promise<{ rows: Row[]; notes: string[] }> {
	const page = await fetch(`${appBase}${route}`);
	const html = Buffer.from(await page.arrayBuffer());
	const headers = {
		'content-type': page.headers.get('content-type') ?? 'text/html',
		'content-length': html.length
	};
	const server = createServer((_req, res) => {
		res.writeHead(200, headers);
		res.end(html);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const staticUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${route}`;
	try {
		log(`throughput: node build ${route}`);
		await autocannon(root, `${appBase}${route}`, WARMUP_S);
		const app = await autocannon(root, `${appBase}${route}`, DURATION_S);
		// One connection: the server's time per request without queueing.
		const single = await autocannon(root, `${appBase}${route}`, SINGLE_S, 1);
		log('throughput: static server, same bytes');
		await autocannon(root, staticUrl, WARMUP_S);
		const bare = await autocannon(root, staticUrl, DURATION_S);
		const notes = [
			`throughput: ${html.length} B of HTML per response; node build p50 ${ms(app.p50)}, static p50 ${ms(bare.p50)}; ` +
				`${CONNECTIONS} connections / ${fmt(app.rps, 0)} req/s = ${ms((CONNECTIONS / app.rps) * 1000)} mean wait (Little's law); ` +
				`one connection: ${fmt(single.rps, 0)} req/s, p50 ${ms(single.p50)}; ` +
				`errors ${app.errors}/${bare.errors}, non-2xx ${app.non2xx}/${bare.non2xx}`
		];
		const rpsRatio = app.rps / bare.rps;
		return {
			rows: [
				{
					section: '3 Server',
					figure: `req/s, ${route}, ${CONNECTIONS} conn, ${DURATION_S} s`,
					measured: `${fmt(app.rps, 0)} req/s`,
					baseline: `${fmt(bare.rps, 0)} req/s (static server)`,
					ratio: rpsRatio,
					// Issue 16: pages now carry their charts' SVG; the floor for that is a third of a static file server.
					target: '>= 0.35x',
					pass: rpsRatio >= 0.35 && app.errors === 0 && app.non2xx === 0
				},
				{
					section: '3 Server',
					figure: 'p99 latency',
					measured: ms(app.p99),
					baseline: `${ms(bare.p99)} (static server)`,
					ratio: app.p99 / bare.p99,
					target: '< 50 ms',
					pass: app.p99 < 50
				}
			],
			notes
		};
	} finally {
		await new Promise((resolve) => server.close(resolve));
	}
}
