export * from './enums';
export * from './errors';
export * from './locale';
export * from './labels';
export * from './validators/field-issue';
export * from './validators/text';
export * from './validators/client';
export * from './validators/address';
