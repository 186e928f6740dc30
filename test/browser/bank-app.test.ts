/**
 * The simulator's bank-app panel in headless Chromium: an approval waiting in the sandbox bank
 * appears with its amount and payee, and the Approve button grants it.
 */
import { money } from '../../fulfillment/kit/money';
import { formatMoney } from '../../fulfillment/speech/money';
import { describeInSimulator, say } from '../support/browser';

describeInSimulator('the bank-app panel', (current) => {
  it('shows a waiting approval with amount and payee, and approves it in the bank', async () => {
    const { runtime, page } = current();
    const books = runtime.sandbox?.control.books('demo');
    const [checking, payee] = [books?.accounts.find((a) => a.kind === 'checking'), books?.payees[0]];
    if (!books || !checking || !payee || !runtime.bank.approvals) throw new Error('the demo customer needs a checking account, a payee and approvals');
    const started = await runtime.bank.approvals.start(
      { customer: { id: books.customerId, firstName: books.firstName }, credentials: { token: 'demo' } },
      { from: checking.id, to: { kind: 'payee', payeeId: payee.id }, amount: money(5000, 'USD') },
    );
    if (!started.ok) throw new Error('the sandbox refused to start an approval');
    await page.reload();
    const waiting = page.locator('#approvals li', { hasText: payee.name });
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('$50.00');
    await page.screenshot({ path: `${__dirname}/../../.screenshots/bank-app-approval.png`, fullPage: true });
    await waiting.locator('button', { hasText: 'Approve' }).click();
    await page.locator('#approvals li.empty').waitFor();
    expect(runtime.sandbox?.control.pendingApprovals()).toEqual([]);
    const status = await runtime.bank.approvals.status({ customer: { id: books.customerId, firstName: books.firstName }, credentials: { token: 'demo' } }, started.value.approvalId);
    expect(status.ok && status.value.status).toBe('approved');
  });
});

describeInSimulator('the bank-app inbox', (current) => {
  it('shows what discreet mode left unspoken', async () => {
    const { runtime, page } = current();
    const checking = runtime.sandbox?.control.books('demo')?.accounts.find((a) => a.kind === 'checking');
    if (!checking) throw new Error('the demo customer needs a checking account');
    const amount = formatMoney(checking.balance, 'en-US');
    expect(await say(page, 'turn on discreet mode')).toMatch(/Discreet mode is now on/);
    const quiet = await say(page, 'what is my balance');
    expect(quiet).toContain("sent the details to your bank's app");
    expect(quiet).not.toContain(amount);
    const message = page.locator('#inbox li', { hasText: amount });
    await message.waitFor();
    expect(await message.textContent()).not.toContain('anything else');
    await page.screenshot({ path: `${__dirname}/../../.screenshots/bank-app-inbox.png`, fullPage: true });
  });
});
