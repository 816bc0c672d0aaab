// Modules made by Vite plugins in vite.config.ts.

/** The charts' stylesheet, generated from the chart theme (src/lib/charts/chart-css.ts). */
declare module 'virtual:chart-css' {}
