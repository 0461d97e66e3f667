// Rendering helpers now live in src/test, shared by every feature's tests.
export * from '@/test/render';
