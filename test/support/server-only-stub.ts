// Stand-in for 'server-only' in Vitest: tests run server code outside Next's bundler.
export {};
