/** How entity kinds show in outlines and symbol pickers. */
import { SymbolKind } from 'vscode-languageserver';
import type { EntityKind } from './engine';

export const ENTITY_SYMBOL: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Struct,
  place: SymbolKind.Module,
  other: SymbolKind.Key,
};
