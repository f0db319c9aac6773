/** StaticResource: the elements the Metadata API requires and allows, the resource's name, and the lengths of its texts. */
import { text } from '../helpers/xml.js';
import { developerNameProblem, maxLength, maxNameLength, oneOf, violation } from './checks.js';
import { DOCS } from './docs.js';
import { ofType, xml, type Rule, type Sample } from './rule.js';

const resource = (body: string, name = 'R'): Sample => ({
  [`staticresources/${name}.resource-meta.xml`]: xml('StaticResource', body),
});

export const rules: readonly Rule[] = [
  oneOf({
    id: 'static-resource-cache-control',
    type: 'StaticResource',
    element: 'cacheControl',
    values: ['Private', 'Public'],
    doc: DOCS.staticResource,
    sample: (v) => resource(`<cacheControl>${v}</cacheControl><contentType>text/plain</contentType>`),
  }),
  {
    id: 'static-resource-required',
    summary: 'StaticResource: cacheControl and contentType are required',
    doc: DOCS.staticResource,
    check: (app) =>
      ofType(app, 'StaticResource').flatMap((r) =>
        (['cacheControl', 'contentType'] as const)
          .filter((e) => !text(r.xml, e))
          .map((e) => violation(r, e, 'is missing; the Metadata API requires it'))
      ),
    fails: [resource('<cacheControl>Public</cacheControl>')],
    passes: [resource('<cacheControl>Public</cacheControl><contentType>text/plain</contentType>')],
  },
  {
    id: 'static-resource-name',
    summary:
      'StaticResource name: letters, digits and underscores, begins with a letter, no two underscores in a row, no trailing underscore',
    doc: DOCS.staticResource,
    check: (app) =>
      ofType(app, 'StaticResource').flatMap((r) => {
        const problem = developerNameProblem(r.name);
        return problem ? [violation(r, 'fullName', problem)] : [];
      }),
    fails: [resource('<cacheControl>Public</cacheControl><contentType>text/plain</contentType>', 'excel-js')],
    passes: [resource('<cacheControl>Public</cacheControl><contentType>text/plain</contentType>', 'excelJs')],
  },
  maxLength({
    id: 'static-resource-description-length',
    type: 'StaticResource',
    element: 'description',
    max: 255,
    doc: DOCS.staticResourceFields,
    sample: (v) =>
      resource(
        `<cacheControl>Public</cacheControl><contentType>text/plain</contentType><description>${v}</description>`
      ),
  }),
  maxLength({
    id: 'static-resource-content-type-length',
    type: 'StaticResource',
    element: 'contentType',
    max: 120,
    doc: DOCS.staticResourceFields,
    sample: (v) => resource(`<cacheControl>Public</cacheControl><contentType>${v}</contentType>`),
  }),
  maxNameLength({
    id: 'static-resource-name-length',
    type: 'StaticResource',
    max: 255,
    doc: DOCS.staticResourceFields,
    sample: (name) => resource('<cacheControl>Public</cacheControl><contentType>text/plain</contentType>', name),
  }),
];
