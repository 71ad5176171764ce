export * from './workspaces';
export * from './lists';
export * from './customers';
export * from './activities';
export * from './settings';
export * from './audit';
export * from './preferences';
export * from './sharing';
