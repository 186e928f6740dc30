/**
 * On launch, and with every question of a transfer, the platform learns this customer's payee
 * names for the session, with opaque ids only.
 */
import { startSkill } from '../support/harness';
import { standaloneDigits } from '../support/standalone-digits';

it('sends Alexa a dynamic PAYEE type with the customer\'s payees', async () => {
  const skill = startSkill();
  const reply = await skill.alexa('launch', { token: 'demo-2' });
  const directives = (reply.body.response as { directives?: { type: string; updateBehavior: string; types: { name: string; values: { id: string; name: { value: string; synonyms: string[] } }[] }[] }[] }).directives ?? [];
  const update = directives.find((d) => d.type === 'Dialog.UpdateDynamicEntities');
  expect(update?.updateBehavior).toBe('REPLACE');
  expect(update?.types[0]?.name).toBe('PAYEE');
  expect(update?.types[0]?.values).toEqual([
    { id: 'payee-1', name: { value: 'Sam Rivera', synonyms: ['Sam', 'Rivera'] } },
    { id: 'payee-2', name: { value: 'Priya Patel', synonyms: ['Priya', 'Patel'] } },
  ]);
  expect(JSON.stringify(directives)).not.toMatch(/pay-jordan/);
  expect(JSON.stringify(directives)).not.toMatch(standaloneDigits('6012', '4470'));
});

it('sends Dialogflow a Payee session entity type for the session', async () => {
  const skill = startSkill();
  const reply = await skill.dialogflow('Default Welcome Intent', {}, { token: 'demo-2', session: 'projects/p/agent/sessions/s-9' });
  expect(reply.body.sessionEntityTypes).toEqual([
    {
      name: 'projects/p/agent/sessions/s-9/entityTypes/Payee',
      entityOverrideMode: 'ENTITY_OVERRIDE_MODE_OVERRIDE',
      entities: [
        { value: 'Sam Rivera', synonyms: ['Sam Rivera', 'Sam', 'Rivera'] },
        { value: 'Priya Patel', synonyms: ['Priya Patel', 'Priya', 'Patel'] },
      ],
    },
  ]);
});

it('teaches no payees to an unlinked session', async () => {
  const skill = startSkill();
  const reply = await skill.alexa('launch');
  expect(JSON.stringify(reply.body)).not.toContain('UpdateDynamicEntities');
});

it('teaches the payees with a transfer question in a session that began with the transfer, a shared first name as its own value', async () => {
  const skill = startSkill();
  const reply = await skill.dialogflow('Transfer', { amount: { amount: 50, currency: 'USD' }, payee: 'Anna' }, { token: 'demo', session: 'projects/p/agent/sessions/s-10' });
  expect(reply.body.fulfillmentText).toContain('Anna Schmidt or Anna Lee');
  const [type] = reply.body.sessionEntityTypes as { entities: { value: string; synonyms: string[] }[] }[];
  expect(type?.entities).toEqual(expect.arrayContaining([
    { value: 'Anna Schmidt', synonyms: ['Anna Schmidt', 'Schmidt'] },
    { value: 'Anna Lee', synonyms: ['Anna Lee', 'Lee'] },
    { value: 'Anna', synonyms: ['Anna'] },
  ]));
  expect(JSON.stringify(reply.body)).not.toMatch(/pay-alex/);
  expect(JSON.stringify(reply.body)).not.toMatch(standaloneDigits('3344', '7781'));
});
