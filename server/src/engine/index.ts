/** The Corroborate engine: pure analysis, no editor or protocol types. */
export * from './types';
export * from './text';
export * from './lines';
export * from './segment';
export * from './docdate';
export * from './document';
export * from './findings';
export * from './corpus';
export * from './files';
export * from './lexicon';
export * from './tokens';
export * from './names';
export * from './entities';
