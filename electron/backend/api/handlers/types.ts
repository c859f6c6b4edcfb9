import type { Method, Output, ParsedInput } from '../../../../shared/api/contract';
import type { StudioEvent } from '../../../../shared/api/contract';
import type { Library } from '../../library';
import type { ExportRegistry } from '../../files/exports';
import type { SettingsStore } from '../../settings';
import type { PresentationStore } from '../../presentation/store';
import type { BackendOptions } from '../../types';

/** What every handler may use. */
export interface Ctx {
  library: Library;
  exports: ExportRegistry;
  settings: SettingsStore;
  presentation: PresentationStore;
  options: BackendOptions;
  emit(event: StudioEvent): void;
}

export type Handler<K extends Method> = (input: ParsedInput<K>, ctx: Ctx) => Promise<Output<K>> | Output<K>;
export type Handlers = { [K in Method]: Handler<K> };
/** A domain's share of the handlers; `defineHandlers` keeps its keys exact. */
export type HandlerGroup<K extends Method> = { [P in K]: Handler<P> };

export function defineHandlers<K extends Method>(group: HandlerGroup<K>): HandlerGroup<K> {
  return group;
}
