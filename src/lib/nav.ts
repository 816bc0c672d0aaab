// The main sections, in the order the header lists them; tests and the bench walk the same list.
export const NAV = [
	{ href: '/market-share', label: 'Market share' },
	{ href: '/export-controls', label: 'Export controls' },
	{ href: '/sovereign-compute', label: 'Sovereign compute' },
	{ href: '/chips', label: 'Chips' },
	{ href: '/countries', label: 'Countries' },
	{ href: '/vendors', label: 'Vendors' },
	{ href: '/data', label: 'Data' }
] as const;

/** The home page and every section. */
export const MAIN_ROUTES = ['/', ...NAV.map((n) => n.href)] as const;
export type MainRoute = (typeof MAIN_ROUTES)[number];
