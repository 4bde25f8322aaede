/**
 * The first-run setup code. Until the owner exists, the setup page would make an owner of
 * whoever reached the port first; the code proves that person can read the server's console
 * or its data folder. It is made once into DATA_DIR/secrets/setup-code (owner-only
 * permissions), printed to the console, and removed when the owner has been created.
 * Instances that do not share DATA_DIR have codes of their own: do the setup on one of them.
 */
import 'server-only';
import { randomInt, timingSafeEqual } from 'node:crypto';
import { localSecretPath, readOrCreateLocalSecretFile, removeLocalSecret } from '@/lib/local-secrets';

const NAME = 'setup-code';
/** No 0/O, 1/I/L or U: easy to read off a console and type. 30 symbols, 10 of them: about 49 bits. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const LENGTH = 10;

export function setupCodeFile(dataDir: string): string {
  return localSecretPath(dataDir, NAME);
}

function generateSetupCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]!).join('');
  return `${chars.slice(0, LENGTH / 2)}-${chars.slice(LENGTH / 2)}`;
}

/** The code, made (and printed) if there is none yet. */
export function ensureSetupCode(dataDir: string): string {
  const { value, created } = readOrCreateLocalSecretFile(dataDir, NAME, generateSetupCode);
  if (created) printSetupCode(dataDir, value);
  return value;
}

/** At start while no owner exists, so whoever started the server can set it up. */
export function announceSetupCode(dataDir: string): void {
  printSetupCode(dataDir, readOrCreateLocalSecretFile(dataDir, NAME, generateSetupCode).value);
}

function printSetupCode(dataDir: string, code: string): void {
  console.log(
    [
      '[setup] No owner account yet. Open the dashboard and enter this setup code to create it:',
      `[setup]     ${code}`,
      `[setup] (also in ${setupCodeFile(dataDir)}; it stops working once the owner exists)`,
    ].join('\n'),
  );
}

/** Case, spaces and dashes do not matter; the comparison takes the same time whatever matches. */
export function isSetupCode(dataDir: string, typed: string): boolean {
  const normalize = (code: string) => Buffer.from(code.toUpperCase().replace(/[^A-Z0-9]/g, ''));
  const expected = normalize(ensureSetupCode(dataDir));
  const given = normalize(typed);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Once the owner exists the code has done its work. */
export function discardSetupCode(dataDir: string): void {
  removeLocalSecret(dataDir, NAME);
}
