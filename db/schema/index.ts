export * from './workspaces';
export * from './users';
export * from './audit';
export * from './accounts';
