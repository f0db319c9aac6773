/**
 * A packaged Translations file may translate only what the package holds: an unlocked package's
 * version is validated against its own metadata (and its dependencies'), so a translation of an app,
 * tab or label that lives outside the package fails `sf package version create`. The Finnish
 * translations name the app, which cannot be packaged with its Account page activation; they are
 * deployed beside it from the unpackaged directory.
 */
import { children, text } from '../helpers/xml.js';
import { PERMISSION_DOCS as DOCS } from './permission-docs.js';
import { violationAt } from './permission-model.js';
import { ofType, xml, type Rule, type Violation } from './rule.js';

const TRANSLATIONS = 'translations/fi.translation-meta.xml';

/** The components a Translations file names, by its element for them and their metadata type. */
const NAMED = [
  { element: 'customApplications', type: 'CustomApplication' },
  { element: 'customTabs', type: 'CustomTab' },
] as const;

export const rules: readonly Rule[] = [
  {
    id: 'packaging-translations-own-components-only',
    summary: 'Packaged Translations: translate only apps, tabs and custom labels of the package itself',
    doc: DOCS.orgDependentUnlockedPackages,
    check: (app): Violation[] => {
      const labels = new Set(
        ofType(app, 'CustomLabels').flatMap((f) => children(f.xml, 'labels').map((l) => text(l, 'fullName') ?? ''))
      );
      return ofType(app, 'Translations').flatMap((file): Violation[] => [
        ...NAMED.flatMap(({ element, type }) => {
          const present = new Set(ofType(app, type).map((f) => f.name));
          return children(file.xml, element)
            .map((x, i) => ({ name: text(x, 'name') ?? '', at: `${element}[${i + 1}]/name` }))
            .filter((n) => !present.has(n.name))
            .map((n) => violationAt(file, n.at, `names ${type} ${n.name}, which is not in the package`));
        }),
        ...children(file.xml, 'customLabels')
          .map((x, i) => ({ name: text(x, 'name') ?? '', at: `customLabels[${i + 1}]/name` }))
          .filter((n) => !labels.has(n.name))
          .map((n) => violationAt(file, n.at, `names custom label ${n.name}, which is not in the package`)),
      ]);
    },
    fails: [
      {
        [TRANSLATIONS]: xml(
          'Translations',
          '<customApplications><label>Sovellus</label><name>Elsewhere</name></customApplications>'
        ),
      },
      {
        [TRANSLATIONS]: xml(
          'Translations',
          '<customLabels><label>Otsikko</label><name>Elsewhere</name></customLabels>'
        ),
      },
    ],
    passes: [
      {
        'labels/CustomLabels.labels-meta.xml': xml(
          'CustomLabels',
          '<labels><fullName>Title</fullName><language>en_US</language><protected>false</protected>' +
            '<shortDescription>Title</shortDescription><value>Title</value></labels>'
        ),
        [TRANSLATIONS]: xml('Translations', '<customLabels><label>Otsikko</label><name>Title</name></customLabels>'),
      },
    ],
  },
];
