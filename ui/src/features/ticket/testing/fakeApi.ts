// Shared with every feature's tests: see src/test/fakeApi.ts.
export * from '@/test/fakeApi';
