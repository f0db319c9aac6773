/**
 * Both languages: every label, help text, picklist value, relationship, object name, validation
 * message, layout section, tab and the app has a Finnish translation in force-app, and no
 * translation names something that does not exist (the deploy would reject it). The Finnish is
 * written from the source texts' own words, a sample of which is checked here.
 */
import { ACCOUNT, ACCOUNT_ASSESSED, ACCOUNT_COMPUTED, APP, PROFITABILITY, VISION } from '../../src/schema/fields.js';
import { loadForceApp, type ObjectTranslation, type SObject } from './helpers/force-app.js';
import { children, text } from './helpers/xml.js';

const LANGUAGE = 'fi';
const app = loadForceApp();
const objects = [...app.objects.values()];

function translationOf(object: SObject): ObjectTranslation {
  const t = app.translations.get(`${object.name}-${LANGUAGE}`);
  if (!t) throw new Error(`no ${LANGUAGE} translation for ${object.name}`);
  return t;
}

const nonEmpty = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

describe(`Finnish (${LANGUAGE}) translations`, () => {
  it('exist for every object, and only for objects of the package', () => {
    expect([...app.translations.keys()].sort()).toEqual(objects.map((o) => `${o.name}-${LANGUAGE}`).sort());
  });

  it.each(objects.map((o) => [o.name, o] as const))(
    '%s: every field has a Finnish label and help text',
    (_name, object) => {
      const t = translationOf(object);
      expect([...t.fields.keys()].sort()).toEqual([...object.fields.keys()].sort());
      const incomplete = [...object.fields.values()].filter((f) => {
        const ft = t.fields.get(f.name);
        return !ft || !nonEmpty(text(ft, 'label')) || !nonEmpty(text(ft, 'help')) || text(ft, 'name') !== f.name;
      });
      expect(incomplete.map((f) => f.name)).toEqual([]);
    }
  );

  it.each(objects.map((o) => [o.name, o] as const))(
    '%s: every picklist value and relationship is translated',
    (_name, object) => {
      const t = translationOf(object);
      for (const field of object.fields.values()) {
        const ft = t.fields.get(field.name);
        if (!ft) throw new Error(`${field.name} has no translation`);
        const translated = children(ft, 'picklistValues')
          .filter((p) => nonEmpty(text(p, 'translation')))
          .map((p) => text(p, 'masterLabel'));
        expect({ field: field.name, values: translated }).toEqual({ field: field.name, values: field.values });
        if (field.relationshipLabel)
          expect({ field: field.name, relationship: nonEmpty(text(ft, 'relationshipLabel')) }).toEqual({
            field: field.name,
            relationship: true,
          });
      }
    }
  );

  it.each(objects.map((o) => [o.name, o] as const))('%s: every validation message is translated', (_name, object) => {
    const t = translationOf(object);
    const translated = children(t.xml, 'validationRules')
      .filter((r) => nonEmpty(text(r, 'errorMessage')))
      .map((r) => text(r, 'name'));
    expect(translated.sort()).toEqual([...object.rules.keys()].sort());
  });

  it.each(objects.filter((o) => o.xml).map((o) => [o.name, o] as const))(
    '%s: the object name, its plural (the tab) and its name field',
    (_name, object) => {
      const t = translationOf(object);
      const cases = children(t.xml, 'caseValues').map((c) => [text(c, 'plural'), text(c, 'value')]);
      expect(
        cases
          .filter(([, value]) => nonEmpty(value))
          .map(([plural]) => plural)
          .sort()
      ).toEqual(['false', 'true']);
      expect(nonEmpty(text(t.xml, 'nameFieldLabel'))).toBe(true);
    }
  );

  it('every layout section is translated', () => {
    const missing: string[] = [];
    for (const [layoutName, layout] of app.layouts) {
      const [objectName, name] = [
        layoutName.slice(0, layoutName.indexOf('-')),
        layoutName.slice(layoutName.indexOf('-') + 1),
      ];
      const t = app.translations.get(`${objectName}-${LANGUAGE}`);
      const translated = new Map(
        children(t?.xml ?? {}, 'layouts')
          .filter((l) => text(l, 'layout') === name)
          .flatMap((l) => children(l, 'sections'))
          .map((s) => [text(s, 'section'), text(s, 'label')])
      );
      for (const section of children(layout, 'layoutSections')) {
        const label = text(section, 'label');
        if (label && !nonEmpty(translated.get(label))) missing.push(`${layoutName}: ${label}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the app is translated, every object tab gets its label from the translated object, and page tabs are translated', () => {
    const translations = app.globalTranslations.get(LANGUAGE);
    expect(translations).toBeDefined();
    const apps = new Map(
      children(translations ?? {}, 'customApplications').map((a) => [text(a, 'name'), text(a, 'label')])
    );
    expect(apps.get(APP)).toBe('Asiakkuuksien arvo');
    const pageTabs = new Map(
      children(translations ?? {}, 'customTabs').map((t) => [text(t, 'name'), text(t, 'label')])
    );
    for (const [tab, tabXml] of app.tabs) {
      if (text(tabXml, 'flexiPage')) {
        expect(nonEmpty(pageTabs.get(tab))).toBe(true);
        continue;
      }
      const object = app.objects.get(tab);
      expect(
        object && children(translationOf(object).xml, 'caseValues').some((c) => text(c, 'plural') === 'true')
      ).toBe(true);
    }
  });

  it('translations are Finnish, not copies of the English', () => {
    const same: string[] = [];
    for (const object of objects) {
      for (const field of object.fields.values()) {
        const ft = translationOf(object).fields.get(field.name);
        if (ft && text(ft, 'help') === field.help) same.push(`${object.name}.${field.name}`);
      }
    }
    expect(same).toEqual([]);
  });

  it('use the domain words of the source texts', () => {
    const label = (object: string, field: string): string | undefined => {
      const o = app.objects.get(object);
      return o ? text(translationOf(o).fields.get(field) ?? {}, 'label') : undefined;
    };
    const picklist = (object: string, field: string): string[] => {
      const o = app.objects.get(object);
      return o
        ? children(translationOf(o).fields.get(field) ?? {}, 'picklistValues').map((p) => text(p, 'translation') ?? '')
        : [];
    };
    expect({
      loyalty: label(ACCOUNT, ACCOUNT_ASSESSED.loyalty),
      potential: label(ACCOUNT, ACCOUNT_ASSESSED.potential),
      reference: label(ACCOUNT, ACCOUNT_ASSESSED.reference),
      learning: label(ACCOUNT, ACCOUNT_ASSESSED.learning),
      contact: label(ACCOUNT, ACCOUNT_ASSESSED.contact),
      emotional: label(ACCOUNT, ACCOUNT_ASSESSED.emotional),
      commitment: label(ACCOUNT, ACCOUNT_ASSESSED.commitment),
      binding: label(ACCOUNT, ACCOUNT_ASSESSED.binding),
      salesMargin: label(PROFITABILITY.object, PROFITABILITY.salesMargin),
      customerMargin: label(PROFITABILITY.object, PROFITABILITY.customerMargin),
      currentState: label(VISION.object, VISION.currentState),
      developmentPlan: label(VISION.object, VISION.developmentPlan),
      sharedVision: label(VISION.object, VISION.sharedVision),
      followUp: label(VISION.object, VISION.followUp),
    }).toEqual({
      loyalty: 'Asiakkuuden lujuus',
      potential: 'Tuleva potentiaali',
      reference: 'Referenssiarvo',
      learning: 'Oppimisarvo',
      contact: 'Kontaktiarvo',
      emotional: 'Emotionaalinen arvo',
      commitment: 'Sitoutuminen',
      binding: 'Sitouttaminen',
      salesMargin: 'Myyntikate',
      customerMargin: 'Asiakkuuden kate',
      currentState: 'Nykytila',
      developmentPlan: 'Kehityssuunnitelma',
      sharedVision: 'Yhteinen visio ja missio',
      followUp: 'Seuranta',
    });
    expect(picklist(ACCOUNT, ACCOUNT_COMPUTED.quadrant)).toEqual(['Vanki', 'Ideaali', 'Riski', 'Tunnelujuus']);
    const vision = app.objects.get(VISION.object);
    expect(vision && children(translationOf(vision).xml, 'caseValues').map((c) => text(c, 'value'))).toEqual([
      'Asiakkuusvisio',
      'Asiakkuusvisiot',
    ]);
  });
});
