// The fake API now lives in src/test, shared by every feature's tests.
export * from '@/test/fakeApi';
