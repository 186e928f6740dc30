// Tests run with the test environment and quiet logs unless a test captures them.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
