// A second `node build` for tests that need a server of their own (load, shutdown, a replaced build).
export { startNodeBuild, type NodeServer } from '../../scripts/node-server';
