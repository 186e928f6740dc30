/**
 * The voice PIN lock as a customer meets it: the right PIN passes, three wrong answers lock it
 * for a day whatever is said next, a right answer before the third clears the count, and a
 * stored hash of another scheme or a missing enrolment never lets anyone through, and guesses sent
 * at once are counted before any is compared.
 */
import { customerId } from '../../../fulfillment/kit/ids';
import { hashPin, pinMatches } from '../../../fulfillment/records/pin-hash';
import { fixedPinDirectory } from '../../../fulfillment/records/pin-directory';
import { MemoryStateStore } from '../../../fulfillment/state/memory-store';
import { checkPin, PIN_ATTEMPTS, PIN_LOCK_SECONDS, pinLocked, pinTriesLeft } from '../../../fulfillment/transfers/pin';
import { mutableClock } from '../../support/mutable-clock';
import { standaloneDigits } from '../../support/standalone-digits';

const ANNA = customerId('anna');
const NOBODY = customerId('nobody');

function setUp() {
  const clock = mutableClock('2026-11-20T12:00:00Z');
  const store = new MemoryStateStore(clock);
  const pins = fixedPinDirectory([ANNA], '2468');
  return { clock, store, say: (spoken: string, who = ANNA) => checkPin(store, pins, who, spoken) };
}

describe('the PIN lock', () => {
  it('passes the right PIN and counts down the tries left on wrong ones', async () => {
    const { store, say } = setUp();
    expect(PIN_ATTEMPTS).toBe(3);
    expect(await pinTriesLeft(store, ANNA)).toBe(3);
    expect(await say('2468')).toBe('correct');
    expect(await say('1357')).toBe('wrong');
    expect(await pinTriesLeft(store, ANNA)).toBe(2);
    expect(await say('1357')).toBe('wrong');
    expect(await pinTriesLeft(store, ANNA)).toBe(1);
    expect(await pinLocked(store, ANNA)).toBe(false);
  });

  it('locks on the third wrong answer, and then refuses even the right PIN', async () => {
    const { store, say } = setUp();
    expect(await say('0000')).toBe('wrong');
    expect(await say('0000')).toBe('wrong');
    expect(await say('0000')).toBe('locked');
    expect(await pinLocked(store, ANNA)).toBe(true);
    expect(await pinTriesLeft(store, ANNA)).toBe(0);
    expect(await say('2468')).toBe('locked');
    expect(await pinTriesLeft(store, ANNA)).toBe(0);
  });

  it('clears the count after a right answer, so three more wrong ones are needed', async () => {
    const { store, say } = setUp();
    expect(await say('0000')).toBe('wrong');
    expect(await say('0000')).toBe('wrong');
    expect(await say('2468')).toBe('correct');
    expect(await pinTriesLeft(store, ANNA)).toBe(3);
    expect(await say('0000')).toBe('wrong');
    expect(await say('0000')).toBe('wrong');
    expect(await pinLocked(store, ANNA)).toBe(false);
  });

  it('holds the lock for a day, then lets the customer try again', async () => {
    const { clock, store, say } = setUp();
    for (let i = 0; i < 3; i += 1) await say('0000');
    clock.advance(PIN_LOCK_SECONDS - 60);
    expect(await say('2468')).toBe('locked');
    clock.advance(120);
    expect(await pinLocked(store, ANNA)).toBe(false);
    expect(await say('2468')).toBe('correct');
  });

  it('counts words, too short and too long answers as wrong, even when they hold the PIN', async () => {
    const { say } = setUp();
    expect(await say('two four six eight')).toBe('wrong');
    expect(await say('246')).toBe('wrong');
    expect(await say('24680')).toBe('locked');
  });

  it('compares no more than three of many guesses sent at once, so the right one among them is refused', async () => {
    const { store, say } = setUp();
    const guesses = Array.from({ length: 27 }, (_, i) => String(1000 + i));
    const answers = await Promise.all([...guesses, '2468'].map((g) => say(g)));
    expect(answers.filter((a) => a === 'wrong')).toHaveLength(2);
    expect(answers.at(-1)).toBe('locked');
    expect(answers).not.toContain('correct');
    expect(await pinLocked(store, ANNA)).toBe(true);
    expect(await say('2468')).toBe('locked');
  });

  it('lets the right PIN through when it is among the first three of guesses sent at once', async () => {
    const { say } = setUp();
    const answers = await Promise.all(['2468', '1000', '1001', '1002', '1003'].map((g) => say(g)));
    expect(answers[0]).toBe('correct');
    expect(answers.slice(3)).toEqual(['locked', 'locked']);
  });

  it('says a customer without a PIN is not enrolled, without counting a try', async () => {
    const { store, say } = setUp();
    expect(await say('2468', NOBODY)).toBe('not-enrolled');
    expect(await pinTriesLeft(store, NOBODY)).toBe(3);
  });

  it('accepts a longer PIN of up to eight digits when that is the one enrolled', async () => {
    const store = new MemoryStateStore();
    const pins = fixedPinDirectory([ANNA], '24681357');
    expect(await checkPin(store, pins, ANNA, '24681357')).toBe('correct');
    expect(await checkPin(store, pins, ANNA, '246813579')).toBe('wrong');
  });

  it('does not let a leading or trailing extra pass as the PIN', async () => {
    const store = new MemoryStateStore();
    const pins = { hashFor: async () => hashPin('1234 ') };
    expect(await checkPin(store, pins, ANNA, '1234 ')).toBe('wrong');
    expect(await checkPin(store, { hashFor: async () => hashPin('x1234') }, ANNA, 'x1234')).toBe('wrong');
  });
});

describe('the PIN hash', () => {
  it('stores a salted scrypt hash that matches the PIN and nothing else', async () => {
    const stored = hashPin('2468');
    expect(stored).toMatch(/^scrypt\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toMatch(standaloneDigits('2468'));
    expect(hashPin('2468')).not.toBe(stored);
    expect(await pinMatches('2468', stored)).toBe(true);
    expect(await pinMatches('2469', stored)).toBe(false);
    expect(await pinMatches('', stored)).toBe(false);
  });

  it('gives the same hash for the same salt, so the salt is what keeps them apart', () => {
    const salt = Buffer.alloc(16, 7);
    expect(hashPin('2468', salt)).toBe(hashPin('2468', salt));
    expect(hashPin('2468', salt)).not.toBe(hashPin('2469', salt));
  });

  it('matches nothing against a hash of another scheme or a broken one', async () => {
    const [, salt, hash] = hashPin('2468').split('$');
    expect(await pinMatches('2468', `bcrypt$${salt}$${hash}`)).toBe(false);
    expect(await pinMatches('2468', `scrypt$$${hash}`)).toBe(false);
    expect(await pinMatches('2468', `scrypt$${salt}$`)).toBe(false);
    expect(await pinMatches('2468', `scrypt$${salt}`)).toBe(false);
    expect(await pinMatches('2468', '2468')).toBe(false);
  });
});
