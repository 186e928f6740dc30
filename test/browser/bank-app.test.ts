/**
 * The simulator's bank-app panel in headless Chromium: an approval waiting in the sandbox bank
 * appears with its amount and payee, and the Approve button grants it.
 */
import { money } from '../../fulfillment/money';
import { describeInSimulator } from '../support/browser';

describeInSimulator('the bank-app panel', (current) => {
  it('shows a waiting approval with amount and payee, and approves it in the bank', async () => {
    const { runtime, page } = current();
    const books = runtime.sandbox?.control.books('demo');
    const [checking, payee] = [books?.accounts.find((a) => a.kind === 'checking'), books?.payees[0]];
    if (!books || !checking || !payee || !runtime.bank.approvals) throw new Error('the demo customer needs a checking account, a payee and approvals');
    const started = await runtime.bank.approvals.start(
      { customer: { id: books.customerId, firstName: books.firstName }, accessToken: 'demo' },
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
    const status = await runtime.bank.approvals.status({ customer: { id: books.customerId, firstName: books.firstName }, accessToken: 'demo' }, started.value.approvalId);
    expect(status.ok && status.value.status).toBe('approved');
  });
});
