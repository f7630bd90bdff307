export * from './function-asset';
export * from './function-package';
export * from './image-engine';
export * from './zip';
export * from './entry-cache';
export * from './nodejs-bundling';
