/** Types of production-build.mjs for the TypeScript scripts (bench:pages). */
export function productionBuildIsStale(root: string): boolean;
export function buildIfStale(root: string, env: NodeJS.ProcessEnv): boolean;
