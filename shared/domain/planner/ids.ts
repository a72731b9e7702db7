// Ids of sessions made in the planner: random, so that ids made in a draft, a copied class and another
// window never collide, without asking the store first.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  let id = 'S-';
  for (const b of bytes) id += ALPHABET[b % 32];
  return id;
}
