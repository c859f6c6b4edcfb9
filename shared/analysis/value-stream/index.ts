export * from './units';
export * from './totals';
