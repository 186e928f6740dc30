/** On launch the platform learns this customer's payee names for the session, with opaque ids only. */
import { startSkill } from '../support/harness';

it('sends Alexa a dynamic PAYEE type with the customer\'s payees', async () => {
  const skill = startSkill();
  const reply = await skill.alexa('launch', { token: 'demo-2' });
  const directives = (reply.body.response as { directives?: { type: string; updateBehavior: string; types: { name: string; values: { id: string; name: { value: string; synonyms: string[] } }[] }[] }[] }).directives ?? [];
  const update = directives.find((d) => d.type === 'Dialog.UpdateDynamicEntities');
  expect(update?.updateBehavior).toBe('REPLACE');
  expect(update?.types[0]?.name).toBe('PAYEE');
  expect(update?.types[0]?.values).toEqual([
    { id: 'payee-1', name: { value: 'Sam Rivera', synonyms: ['Sam'] } },
    { id: 'payee-2', name: { value: 'Priya Patel', synonyms: ['Priya'] } },
  ]);
  expect(JSON.stringify(directives)).not.toMatch(/pay-jordan|6012|4470/);
});

it('sends Dialogflow a Payee session entity type for the session', async () => {
  const skill = startSkill();
  const reply = await skill.dialogflow('Default Welcome Intent', {}, { token: 'demo-2', session: 'projects/p/agent/sessions/s-9' });
  expect(reply.body.sessionEntityTypes).toEqual([
    {
      name: 'projects/p/agent/sessions/s-9/entityTypes/Payee',
      entityOverrideMode: 'ENTITY_OVERRIDE_MODE_OVERRIDE',
      entities: [
        { value: 'Sam Rivera', synonyms: ['Sam Rivera', 'Sam'] },
        { value: 'Priya Patel', synonyms: ['Priya Patel', 'Priya'] },
      ],
    },
  ]);
});

it('teaches no payees to an unlinked session', async () => {
  const skill = startSkill();
  const reply = await skill.alexa('launch');
  expect(JSON.stringify(reply.body)).not.toContain('UpdateDynamicEntities');
});
