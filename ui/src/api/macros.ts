// Macros the caller may use (their own and the shared ones), read by the ticket view's picker and the macro screens.
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from './client';
import { macroKeys } from './keys';

export type Macro = Schemas['Macro'];
export type MacroActions = Schemas['MacroActions'];
export type RenderedMacro = Schemas['RenderedMacro'];

/** The request header that names a macro as the cause of a ticket change. */
export const MACRO_HEADER = 'X-AutoCRM-Macro';
/** The request header that ties the commands of one macro application together, so it counts as one use. */
export const CORRELATION_HEADER = 'X-Correlation-Id';

export async function fetchMacros(): Promise<Macro[]> {
  const list = await unwrap(api.GET('/api/v1/macros'));
  return list.items ?? [];
}

export function useMacros(enabled = true) {
  return useQuery({ queryKey: macroKeys.list(), queryFn: fetchMacros, enabled, staleTime: 60_000 });
}
