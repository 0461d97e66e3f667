// Customers (search, profile, tickets, erasure) and logins (roles, enabled) as admins manage them.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';
import { adminKeys, customerKeys } from '@/api/keys';

export type Customer = Schemas['CustomerView'];
export type Login = Schemas['UserView'];
export type LoginRole = 'admin' | 'agent' | 'customer';

export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: adminKeys.customers(q),
    queryFn: () => unwrap(api.GET('/api/v1/customers', { params: { query: { q: q || undefined, limit: 50 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCustomer(id: string) {
  return useQuery({
    queryKey: adminKeys.customer(id),
    queryFn: () => unwrap(api.GET('/api/v1/customers/{id}', { params: { path: { id } } })),
  });
}

/** The customer's tickets, newest change first. */
export function useCustomerTickets(id: string) {
  return useQuery({
    queryKey: adminKeys.customerTickets(id),
    queryFn: () => unwrap(api.GET('/api/v1/tickets', { params: { query: { requesterId: id, sort: '-updatedAt', limit: 50 } } })),
  });
}

export function useRegisterCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['RegisterCustomerRequest']) => unwrap(api.POST('/api/v1/customers', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...adminKeys.all, 'customers'] }),
  });
}

export function useEraseCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/customers/{id}/erasure', { params: { path: { id } } })),
    onSuccess: (_erasure, id) => Promise.all([
      queryClient.invalidateQueries({ queryKey: adminKeys.all }),
      queryClient.invalidateQueries({ queryKey: customerKeys.detail(id) }),
    ]),
  });
}

export function useLogins(role: LoginRole | '') {
  return useQuery({
    queryKey: adminKeys.users(role),
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { role: role || undefined, limit: 200 } } })),
  });
}

export function useChangeLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & Schemas['ChangeUserRequest']) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...adminKeys.all, 'users'] }),
  });
}

export function useCreateLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateUserRequest']) => unwrap(api.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...adminKeys.all, 'users'] }),
  });
}
