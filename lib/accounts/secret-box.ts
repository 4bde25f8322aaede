/** The workspace data key: ENCRYPTION_KEY, or for the embedded default one generated into DATA_DIR (mode 0600). */
import 'server-only';
import { env } from '@/lib/env';
import { readOrCreateLocalSecret } from '@/lib/local-secrets';
import { parseEncryptionKey, SecretBox } from '@/lib/crypto/secret-box';

let box: SecretBox | undefined;

export function secretBox(): SecretBox {
  const { ENCRYPTION_KEY, DATA_DIR } = env();
  box ??= new SecretBox(parseEncryptionKey(ENCRYPTION_KEY ?? readOrCreateLocalSecret(DATA_DIR, 'encryption-key')));
  return box;
}
