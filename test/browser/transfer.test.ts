/**
 * The must-show journey in headless Chromium: type "transfer 50 dollars to Anna", choose the
 * Anna, confirm, approve in the bank-app panel, and hear the new balance. It needs the
 * Transfer intent in the catalogue and skips with a printed reason until it is there.
 */
import { INTENT_NAMES } from '../../fulfillment/intents/catalog';
import { formatMoney, money } from '../../fulfillment/money';
import { describeInSimulator, say } from '../support/browser';

describeInSimulator('a voice transfer in the web simulator', (current) => {
  it('moves 50 dollars to the chosen Anna once the bank app approves, and the balance shows it', async () => {
    const { runtime, page } = current();
    const books = runtime.sandbox?.control.books('demo');
    const checking = books?.accounts.find((a) => a.kind === 'checking');
    const annas = books?.payees.filter((p) => p.name.startsWith('Anna')) ?? [];
    const [chosen, other] = annas;
    if (!checking || !chosen || !other) throw new Error('the demo customer needs a checking account and two Annas');
    const expected = formatMoney(money(checking.balance.minor - 5000, 'USD'), 'en-US');

    const question = await say(page, 'transfer 50 dollars to Anna');
    expect(question).toContain(chosen.name);
    expect(question).toContain(other.name);

    const readBack = await say(page, chosen.name);
    expect(readBack).toContain('$50.00');
    expect(readBack).toContain(chosen.name);

    const approveInApp = await say(page, 'yes');
    expect(approveInApp.toLowerCase()).toContain('app');

    const waiting = page.locator('#approvals li', { hasText: chosen.name });
    await waiting.waitFor();
    await waiting.locator('button', { hasText: 'Approve' }).click();
    await page.locator('#approvals li.empty').waitFor();

    expect(await say(page, 'what is my balance')).toContain(`Your checking account has ${expected}`);
    await page.locator('#balances li', { hasText: expected }).waitFor();
    await page.screenshot({ path: `${__dirname}/../../.screenshots/simulator-transfer.png`, fullPage: true });
  });
}, (INTENT_NAMES as readonly string[]).includes('Transfer') ? undefined : 'the Transfer intent is not in fulfillment/intents/catalog.ts yet');
