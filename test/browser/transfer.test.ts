/**
 * The must-show journey in headless Chromium: type "transfer 50 dollars to Anna", choose the
 * Anna and the account, confirm the amount and the read-back, approve in the bank-app panel,
 * and hear the new balance. The skill runs with app approval as its step-up, as a bank with
 * decoupled approval would.
 */
import { money } from '../../fulfillment/kit/money';
import { formatMoney } from '../../fulfillment/speech/money';
import { describeInSimulator, say } from '../support/browser';

describeInSimulator(
  'a voice transfer in the web simulator',
  (current) => {
    it('moves 50 dollars to the chosen Anna once the bank app approves, and the balance shows it', async () => {
      const { runtime, page } = current();
      const books = runtime.sandbox?.control.books('demo');
      const checking = books?.accounts.find((a) => a.kind === 'checking');
      const annas = books?.payees.filter((p) => p.name.startsWith('Anna')) ?? [];
      const [chosen, other] = annas;
      if (!checking || !chosen || !other) throw new Error('the demo customer needs a checking account and two Annas');
      const startMinor = checking.balance.minor;
      const checkingNow = () => runtime.sandbox?.control.books('demo')?.accounts.find((a) => a.kind === 'checking')?.balance.minor;
      const expected = formatMoney(money(startMinor - 5000, 'USD'), 'en-US');

      const question = await say(page, 'transfer 50 dollars to Anna');
      expect(question).toContain(chosen.name);
      expect(question).toContain(other.name);

      expect(await say(page, chosen.name)).toContain('From which account');
      // Fifty and fifteen sound alike, so the skill spells the amount out before the read-back.
      expect(await say(page, 'checking')).toContain('$50.00');

      const readBack = await say(page, 'yes');
      expect(readBack).toContain('$50.00');
      expect(readBack).toContain(chosen.name);
      expect(readBack).toContain('Shall I send it?');

      const approveInApp = await say(page, 'yes');
      expect(approveInApp).toContain("your bank's app");
      expect(checkingNow()).toBe(startMinor); // nothing moves until the app approves

      const waiting = page.locator('#approvals li', { hasText: chosen.name });
      await waiting.waitFor();
      await waiting.locator('button', { hasText: 'Approve' }).click();
      await page.locator('#approvals li.empty').waitFor();

      expect(await say(page, 'continue')).toContain(chosen.name);
      expect(checkingNow()).toBe(startMinor - 5000);
      expect(await say(page, 'what is my balance')).toContain(`Your checking account has ${expected}`);
      await page.locator('#balances li', { hasText: expected }).waitFor();
      await page.screenshot({ path: `${__dirname}/../../.screenshots/simulator-transfer.png`, fullPage: true });
    });
  },
  { env: { TRANSFER_STEP_UP: 'app' } },
);
