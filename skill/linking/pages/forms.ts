/** The bodies of the linking pages: sign-in (sandbox), the bank's consent (Berlin Group), the voice PIN, a message. */
import { html } from './page';
import type { PageText } from './page-text';

/** A labelled input; `hint` is tied to it with aria-describedby. */
function field(name: string, label: string, attributes: string, hint?: string): string {
  const hintId = hint ? `${name}-hint` : '';
  return `<label for="${name}">${html(label)}</label>${hint ? `<p class="hint" id="${hintId}">${html(hint)}</p>` : ''}<input id="${name}" name="${name}" ${attributes}${hint ? ` aria-describedby="${hintId}"` : ''}>`;
}

/** The cancel button, its own small form. */
const cancel = (t: PageText, abort: string) => `<form method="post" action="${html(abort)}"><button class="secondary" type="submit">${html(t.cancel)}</button></form>`;

/** The sandbox bank's sign-in. */
export function signInForm(t: PageText, client: string, action: string, abort: string, userName = ''): string {
  return `<p>${html(t.intro(client))}</p><p class="hint">${html(t.demoHint)}</p><form method="post" action="${html(action)}">${field('username', t.userName, `autocomplete="username" required value="${html(userName)}"${userName ? '' : ' autofocus'}`)}${field('password', t.password, `type="password" autocomplete="current-password" required${userName ? ' autofocus' : ''}`)}<button type="submit">${html(t.signIn)}</button></form>${cancel(t, abort)}`;
}

/** Before a Berlin Group bank: who the customer is at the bank, and what the consent will cover. */
export function bankForm(t: PageText, client: string, action: string, abort: string, days: number): string {
  const access = t.bankAccess.map((a) => `<li>${html(a)}</li>`).join('');
  return `<p>${html(t.intro(client))}</p><p>${html(t.bankIntro(days))}</p><ul>${access}</ul><form method="post" action="${html(action)}">${field('psuId', t.psuId, 'autocomplete="username" required autofocus')}${field('firstName', t.firstName, 'autocomplete="given-name" required maxlength="60"', t.firstNameHint)}<button type="submit">${html(t.toBank)}</button></form>${cancel(t, abort)}`;
}

/** The way to the bank's own page: a plain link, so no form's policy stands between. */
export function toBankLink(t: PageText, href: string, abort: string): string {
  return `<p><a class="button" href="${html(href)}" autofocus>${html(t.continueToBank)}</a></p>${cancel(t, abort)}`;
}

/** The voice PIN: set a new one, or keep the one already enrolled. */
export function pinForm(t: PageText, action: string, abort: string, enrolled: boolean): string {
  const keep = enrolled ? `<form method="post" action="${html(action)}"><input type="hidden" name="keep" value="yes"><button class="secondary" type="submit">${html(t.keepPin)}</button></form>` : '';
  const digits = 'type="password" inputmode="numeric" autocomplete="off" pattern="[0-9]{4}" minlength="4" maxlength="4" required';
  return `<p>${html(t.pinIntro)}</p><form method="post" action="${html(action)}">${field('pin', t.pin, `${digits} autofocus`, t.pinHint)}${field('pinAgain', t.pinAgain, digits)}<button type="submit">${html(t.setPin)}</button></form>${keep}${cancel(t, abort)}`;
}
