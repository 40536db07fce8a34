export * from './conditions';
export * from './define';
export * from './engine';
export * from './types';
