// Shared with every feature's tests: see src/test/render.tsx.
export * from '@/test/render';
