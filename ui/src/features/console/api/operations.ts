// The read models: each processor's progress, a rebuild from the event store, and parked events.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';
import { adminKeys } from '@/api/keys';

export type Progress = Schemas['ProcessorProgress'];

/** Processors' progress, polled every second while any is behind (a rebuild, a backlog), every 10 s otherwise. */
function useProgress(queryKey: readonly string[], load: () => Promise<Progress[]>) {
  return useQuery({
    queryKey,
    queryFn: load,
    refetchInterval: (query) => (query.state.data?.every(upToDate) === false ? 1_000 : 10_000),
    staleTime: 0,
  });
}

/** The read models' processors. */
export function useReadModels() {
  return useProgress(adminKeys.readModels, () => unwrap(api.GET('/api/v1/admin/read-models')));
}

/** The work engine's processors (routing, SLA, triggers and automations, assignment): where each is in the stream. */
export function useProcessManagers() {
  return useProgress(adminKeys.processManagers, () => unwrap(api.GET('/api/v1/admin/process-managers')));
}

export function useDeadLetters() {
  return useQuery({ queryKey: adminKeys.deadLetters, queryFn: () => unwrap(api.GET('/api/v1/admin/read-models/dead-letters')) });
}

export function useRebuild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/admin/read-models/rebuild')),
    onSuccess: (progress) => queryClient.setQueryData(adminKeys.readModels, progress),
  });
}

export function useRetryDeadLetters() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/admin/read-models/dead-letters/retry')),
    onSuccess: (letters) => queryClient.setQueryData(adminKeys.deadLetters, letters),
  });
}

/** Caught up with the newest event, as the server reckons it. */
export function upToDate(progress: Progress): boolean {
  return progress.caughtUp === true && (progress.head === 0 || (progress.position ?? -1) >= (progress.head ?? 0));
}

/**
 * All processors together, as far as the slowest has come: events done of the total (the store's head), its rate,
 * and the longest time left.
 */
export function overall(progress: Progress[]) {
  const total = Math.max(0, ...progress.map((p) => p.head ?? 0));
  const slowest = [...progress].sort((a, b) => (a.position ?? -1) - (b.position ?? -1))[0];
  const done = Math.min(total, slowest?.position ?? 0);
  const lefts = progress.map((p) => p.secondsLeft);
  const secondsLeft = lefts.some((s) => typeof s !== 'number') ? undefined : Math.max(0, ...(lefts as number[]));
  return {
    done,
    total,
    fraction: total === 0 ? 1 : done / total,
    eventsPerSecond: typeof slowest?.eventsPerSecond === 'number' ? slowest.eventsPerSecond : undefined,
    secondsLeft,
    upToDate: progress.length > 0 && progress.every(upToDate),
  };
}

/** "1 h 4 min", "3 min 20 s", "12 s". */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
