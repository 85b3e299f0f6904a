export * from './form';
export * from './layout';
export * from './pagination';
export * from './render';
export * from './table';
export * from './fields';
