// API keys and the installation's settings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';
import { adminKeys } from '@/api/keys';

export type ApiKey = Schemas['ApiKeyView'];
export const SCOPES = ['tickets:read', 'tickets:write', 'events:read', 'users:read', 'users:write', 'mail:inbound', 'admin'] as const;

export function useApiKeys() {
  return useQuery({ queryKey: adminKeys.apiKeys, queryFn: () => unwrap(api.GET('/api/v1/api-keys')) });
}

export function useIssueApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateApiKeyRequest']) => unwrap(api.POST('/api/v1/api-keys', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.apiKeys }),
  });
}

export function useSettings() {
  return useQuery({ queryKey: adminKeys.settings, queryFn: () => unwrap(api.GET('/api/v1/admin/settings')) });
}

export function useChangeSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['Settings']) => unwrap(api.PATCH('/api/v1/admin/settings', { body })),
    onSuccess: (settings) => queryClient.setQueryData(adminKeys.settings, settings),
  });
}
