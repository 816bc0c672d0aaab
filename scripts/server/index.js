// The atlas's `node build` entry: adapter-node's request handler behind a static-file layer that answers a
// vanished file with a 404 (see static-files.js), plus adapter-node's port, host and graceful shutdown.
// Copied to build/index.js by scripts/finish-build.js; the handler it wraps is in build/app/.
import http from 'node:http';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { indexStaticFiles, serveStatic } from './static-files.js';

// This server speaks plain HTTP. Without ORIGIN or PROTOCOL_HEADER, adapter-node assumes https, so the absolute
// links the atlas writes (feeds, embed snippets, preview images) would name a scheme nobody serves; behind a TLS
// proxy, set ORIGIN (README). The header is set here on every request, so a client cannot choose it.
const OWN_PROTOCOL_HEADER = 'x-atlas-protocol';
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;
const { handler } = await import('./app/handler.js');

const root = join(dirname(fileURLToPath(import.meta.url)), 'app');
const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);
const shutdownTimeout = Number(process.env.SHUTDOWN_TIMEOUT ?? 30);

const files = await indexStaticFiles([join(root, 'client'), join(root, 'prerendered')], '/_app/immutable/');

const server = http.createServer((req, res) => {
	serveStatic(files, req, res)
		.then((served) => {
			if (served) return;
			if (ownProtocol) req.headers[OWN_PROTOCOL_HEADER] = 'http';
			handler(req, res, () => {
				res.statusCode = 404;
				res.end('Not found\n');
			});
		})
		.catch(() => {
			if (res.headersSent) res.destroy();
			else {
				res.statusCode = 500;
				res.end('Internal error\n');
			}
		});
});

server.listen({ host, port }, () => {
	const address = server.address();
	const shown = typeof address === 'object' && address ? address.port : port;
	console.log(`Listening on http://${host}:${shown}`);
});

let shuttingDown = false;
/** Stop accepting connections, finish the requests under way, then exit (as adapter-node does). */
function shutdown() {
	if (shuttingDown) return;
	shuttingDown = true;
	server.closeIdleConnections();
	server.close(() => {
		// @ts-expect-error SvelteKit's own shutdown event for the app's cleanup hooks
		process.emit('sveltekit:shutdown', 'SIGTERM');
		process.exit(0);
	});
	setTimeout(() => server.closeAllConnections(), shutdownTimeout * 1000).unref();
	// Keep-alive connections close as soon as their request ends.
	server.on('request', (_req, res) => res.on('finish', () => server.closeIdleConnections()));
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
