import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('gives working defaults for the embedded set-up', () => {
    const env = parseEnv({});
    expect(env.DATA_DIR).toBe('.data');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SIGN_IN_MAX_FAILURES).toBe(5);
  });

  it('treats an empty DATABASE_URL as not set', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('names each malformed setting in one message', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short', SIGN_IN_MAX_FAILURES: 'lots' })).toThrowError(
      /DATABASE_URL: must start with postgres:\/\/[\s\S]*AUTH_SECRET: must be at least 32 characters[\s\S]*SIGN_IN_MAX_FAILURES/,
    );
  });

  it('rejects an endpoint that is not a URL', () => {
    expect(() => parseEnv({ SPAPI_ENDPOINT: 'localhost:4010' })).toThrowError(/SPAPI_ENDPOINT/);
  });
});
