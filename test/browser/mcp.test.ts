/**
 * An MCP session in the web simulator, in headless Chromium: as an assistant would, the page
 * lists the tools, prepares a transfer, confirms it, has it approved in the bank-app panel and
 * confirms again; each call and its JSON-RPC answer shown beside the conversation.
 */
import type { Page } from 'playwright-core';
import { describeInSimulator } from '../support/browser';
import { TOOLS } from '../../skill/mcp/tools';

/** Calls a tool with the arguments the page filled in (or others) and returns the answer's line. */
async function call(page: Page, tool: string, args?: string): Promise<string> {
  const before = await page.locator('#transcript li.skill, #transcript li.error').count();
  await page.selectOption('#tool', tool);
  if (args !== undefined) await page.fill('#arguments', args);
  await page.click('#mcp button[type=submit]');
  const answer = page.locator('#transcript li.skill, #transcript li.error').nth(before);
  await answer.waitFor();
  return (await answer.textContent()) ?? '';
}

describeInSimulator('an MCP session in the web simulator', (current) => {
  it('prepares, confirms, approves in the app and sends a transfer, showing each JSON-RPC call', async () => {
    const { page, runtime } = current();
    const sent = () => runtime.sandbox?.control.books('demo')?.transfers.size ?? 0;
    const before = sent();
    await page.selectOption('#platform', 'mcp');
    await page.locator('#tool option[value=prepare_transfer]').waitFor({ state: 'attached' });
    expect(await page.locator('#tool option').count()).toBe(TOOLS.length);

    const readBack = await call(page, 'prepare_transfer');
    expect(readBack).toBe("You're sending money to <bank-data>Bob Carter</bank-data>, account ending in 1209, from your checking account ending in 4321. The amount is $42.00. Shall I send it?");
    expect(JSON.parse((await page.textContent('#request-json')) ?? '{}')).toMatchObject({ jsonrpc: '2.0', method: 'tools/call', params: { name: 'prepare_transfer' } });
    expect(JSON.parse((await page.textContent('#response-json')) ?? '{}')).toMatchObject({ result: { structuredContent: { status: 'needs-confirmation' } } });

    expect(await call(page, 'confirm_transfer')).toBe("I've sent this transfer to your bank's app. Approve it there, then say continue.");
    expect(sent()).toBe(before);
    const waiting = page.locator('#approvals li', { hasText: 'Bob Carter' });
    await waiting.waitFor();
    await waiting.locator('button', { hasText: 'Approve' }).click();
    await page.locator('#approvals li.empty').waitFor();

    expect(await call(page, 'confirm_transfer')).toMatch(/^Done\. Your transfer to <bank-data>Bob Carter<\/bank-data> is on its way\./);
    expect(sent()).toBe(before + 1);
    expect(await call(page, 'confirm_transfer')).toBe('That transfer has already been handled.');
    expect(sent()).toBe(before + 1);
    await page.screenshot({ path: `${__dirname}/../../.screenshots/simulator-mcp.png`, fullPage: true });
  });

  it('speaks Dialogflow CX from typed text', async () => {
    const { page } = current();
    await page.selectOption('#platform', 'dialogflow-cx');
    await page.fill('#text', 'what is my savings balance');
    const before = await page.locator('#transcript li.skill, #transcript li.error').count();
    await page.click('#say button[type=submit]');
    const answer = page.locator('#transcript li.skill, #transcript li.error').nth(before);
    await answer.waitFor();
    expect(await answer.textContent()).toMatch(/^Your savings account has \$/);
    expect(JSON.parse((await page.textContent('#request-json')) ?? '{}')).toMatchObject({ fulfillmentInfo: { tag: 'Balance' } });
  });
});
