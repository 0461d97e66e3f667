// Moved to src/test (shared by every feature's tests); kept here for the ticket feature's imports.
export * from '@/test/render';
