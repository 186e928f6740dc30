/**
 * The spending categories the skill speaks about, the words customers use for them per locale
 * (matched against heard slot text and compiled into the interaction model), and their spoken
 * names. Ids are the categories banks report on transactions.
 */
import type { Locale } from '../kit/locale';

/** The categories of spending. */
export const CATEGORY_IDS = ['groceries', 'coffee', 'dining', 'transport', 'shopping', 'utilities', 'subscriptions', 'housing'] as const;

/** A spending category. */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Whether a bank's category (or any text) is one of ours. */
export function isCategoryId(category: string | undefined): category is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(category ?? '');
}

/** Per locale and category: how it is spoken first, then the words customers use. */
export const CATEGORY_WORDS: Readonly<Record<Locale, Readonly<Record<CategoryId, readonly string[]>>>> = {
  'en-US': {
    groceries: ['groceries', 'grocery', 'food shopping', 'supermarket', 'the supermarket', 'food'],
    coffee: ['coffee', 'coffee shops', 'cafes'],
    dining: ['dining', 'eating out', 'restaurants', 'takeout', 'restaurant', 'dining out', 'eating outside', 'eat out', 'take out', 'fast food'],
    transport: ['transportation', 'transport', 'travel', 'gas', 'rides', 'fuel', 'the train', 'trains', 'train'],
    shopping: ['shopping', 'online shopping', 'clothes', 'clothing'],
    utilities: ['utilities', 'bills', 'electricity'],
    subscriptions: ['subscriptions', 'streaming'],
    housing: ['rent', 'housing', 'mortgage'],
  },
  'en-GB': {
    groceries: ['groceries', 'food shopping', 'supermarket', 'the supermarket', 'the food shop', 'food'],
    coffee: ['coffee', 'coffee shops', 'cafes'],
    dining: ['eating out', 'dining', 'restaurants', 'takeaways', 'restaurant', 'dining out', 'eat out', 'takeaway', 'fast food'],
    transport: ['transport', 'travel', 'trains', 'petrol', 'the tube', 'fuel', 'diesel', 'the car', 'the train', 'train'],
    shopping: ['shopping', 'online shopping', 'clothes', 'clothing'],
    utilities: ['bills', 'utilities', 'energy'],
    subscriptions: ['subscriptions', 'streaming'],
    housing: ['rent', 'housing', 'mortgage'],
  },
  'de-DE': {
    groceries: ['Lebensmittel', 'Lebensmitteln', 'Einkaufen', 'Supermarkt', 'den Supermarkt', 'Supermärkte', 'Supermärkten', 'Essen'],
    coffee: ['Kaffee', 'Cafés', 'Café', 'Cafe'],
    dining: ['Restaurants', 'Essen gehen', 'Essengehen', 'auswärts essen', 'Restaurant', 'Restaurantbesuche', 'Restaurantbesuchen'],
    transport: ['Mobilität', 'Verkehr', 'Fahrten', 'Tanken', 'Bahn', 'Sprit', 'Benzin', 'Diesel', 'das Auto', 'Auto'],
    shopping: ['Shopping', 'Einkäufe', 'Online-Shopping', 'Kleidung', 'Klamotten'],
    utilities: ['Nebenkosten', 'Strom', 'Rechnungen'],
    subscriptions: ['Abos', 'Abonnements', 'Streaming', 'Abo', 'Abonnement'],
    housing: ['Miete', 'Wohnen', 'Wohnung'],
  },
};

/** How a category is spoken in a locale. */
export function categoryName(id: CategoryId, locale: Locale): string {
  return CATEGORY_WORDS[locale][id][0] ?? id;
}
